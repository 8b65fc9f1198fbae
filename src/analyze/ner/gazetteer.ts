/**
 * @module analyze/ner/gazetteer
 * Gazetteer features for the NER tagger: per-token labels from the shipped knowledge base (longest match of
 * capitalised token runs, e.g. "B-person", "I-country", "B-demonym") and first-name/surname sets derived from
 * the KB's people. When the KB cannot be loaded, every lookup is empty and the tagger still works on its other
 * features. Deterministic; the KB is loaded once, lazily.
 */

import { type KbEntity, type KnowledgeBase, loadKnowledgeBase, nameKey } from '../kb/index.js';
import { GROUP_WORDS, REGIONS } from './gazetteer.data.js';

/** What the tagger needs from a gazetteer: a type for a surface string, or undefined. */
export interface Gazetteer {
  /** 'person' | 'organisation' | 'country' | 'place' | 'demonym' | 'other' for a known name, else undefined. */
  typeOf(surface: string): string | undefined;
  isFirstName(lower: string): boolean;
  isSurname(lower: string): boolean;
}

/** Names by CoNLL type, for training-data augmentation (see corpus.ts `augmentDocs`). */
export interface NameLists {
  readonly PER: readonly string[];
  readonly ORG: readonly string[];
  readonly LOC: readonly string[];
}

const MAX_SPAN = 5;
const JOINERS = new Set([
  'of',
  'de',
  'the',
  'for',
  'and',
  'al',
  'el',
  'bin',
  'von',
  'van',
  'der',
  'la',
  'du',
  'da',
  '&',
  "'s",
  '-',
]);

/** Our own small lists, consulted before the KB (which lacks continents and misreads "Christian" as a person). */
const OWN = new Map<string, string>([
  ...REGIONS.map((r) => [r, 'place'] as const),
  ...GROUP_WORDS.map((g) => [g, 'demonym'] as const),
]);

const EMPTY: Gazetteer = { typeOf: (s) => OWN.get(s.toLowerCase()), isFirstName: () => false, isSurname: () => false };

/** Nationality-adjective endings ("Kenyan", "Pakistani", "Japanese", "Turkish"), for aliases not marked as such. */
const DEMONYM_END = /(an|ans|ese|ish|i|is|ic|ian|ians)$/;

/** "US", "U.S.", "UK": an abbreviation names the country even where the KB also lists it as an adjective. */
const ABBREVIATION = /^(\p{Lu}\.?){2,3}$/u;

function kbType(e: KbEntity, key: string, surface: string): string {
  if (e.type !== 'country') return e.type;
  if (ABBREVIATION.test(surface)) return 'country';
  if (e.adjectives?.some((a) => nameKey(a) === key)) return 'demonym';
  return key !== nameKey(e.name) && DEMONYM_END.test(key) ? 'demonym' : 'country';
}

function fromKb(kb: KnowledgeBase): Gazetteer {
  const first = new Set<string>();
  const last = new Set<string>();
  for (const e of kb.entities) {
    if (e.type !== 'person') continue;
    const words = e.name
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => /^\p{L}[\p{L}'-]+$/u.test(w));
    if (words.length < 2) continue;
    first.add(words[0] ?? '');
    last.add(words[words.length - 1] ?? '');
  }
  const cache = new Map<string, string | undefined>();
  return {
    typeOf(surface) {
      if (cache.has(surface)) return cache.get(surface);
      const key = nameKey(surface);
      const hit = OWN.get(surface.toLowerCase()) ? undefined : kb.lookup(surface)[0];
      const type = OWN.get(surface.toLowerCase()) ?? (hit ? kbType(hit, key, surface) : undefined);
      if (cache.size > 200_000) cache.clear();
      cache.set(surface, type);
      return type;
    },
    isFirstName: (w) => first.has(w),
    isSurname: (w) => last.has(w),
  };
}

let cached: Gazetteer | undefined;

/** Names of the KB's people (two words or more), organisations, and countries and places, in KB order. */
export function knowledgeBaseNames(): NameLists {
  try {
    const entities = loadKnowledgeBase().entities;
    const of = (types: string[]): string[] => entities.filter((e) => types.includes(e.type)).map((e) => e.name);
    return {
      PER: of(['person']).filter((n) => n.includes(' ')),
      ORG: of(['organisation']),
      LOC: of(['country', 'place']),
    };
  } catch {
    return { PER: [], ORG: [], LOC: [] };
  }
}

/** The KB-backed gazetteer, or an empty one when the knowledge base is unavailable. */
export function defaultGazetteer(): Gazetteer {
  if (cached) return cached;
  try {
    cached = fromKb(loadKnowledgeBase());
  } catch {
    cached = EMPTY;
  }
  return cached;
}

/** A gazetteer that knows nothing (for tests and ablations). */
export const emptyGazetteer: Gazetteer = EMPTY;

const isCap = (w: string): boolean => /^\p{Lu}/u.test(w);

/**
 * Per-word gazetteer labels ("B-person", "I-place", …, or "") by greedy longest match over runs that start and
 * end with a capitalised word (joiners such as "of", "al", "de" may sit inside).
 */
export function gazetteerLabels(words: readonly string[], gaz: Gazetteer): string[] {
  const out = words.map(() => '');
  let i = 0;
  while (i < words.length) {
    const w = words[i] ?? '';
    if (!isCap(w)) {
      i++;
      continue;
    }
    let matched = 0;
    for (let n = Math.min(MAX_SPAN, words.length - i); n >= 1 && matched === 0; n--) {
      const span = words.slice(i, i + n);
      const lastWord = span[n - 1] ?? '';
      if (!isCap(lastWord) || span.some((s) => !isCap(s) && !JOINERS.has(s.toLowerCase()))) continue;
      const type = gaz.typeOf(span.join(' '));
      if (!type) continue;
      for (let k = 0; k < n; k++) out[i + k] = `${k === 0 ? 'B' : 'I'}-${type}`;
      matched = n;
    }
    i += Math.max(1, matched);
  }
  return out;
}
