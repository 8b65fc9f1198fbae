/**
 * @module analyze/quotes/lexicon
 * Lookups built once from `cues.data.ts`: every inflected form of a reporting verb → its entry and form kind,
 * and lower-cased sets for the other word lists.
 */
import {
  BELIEF_VERBS,
  CUE_PREFIXES,
  type CueVerb,
  DETERMINERS,
  DOCUMENT_NOUNS,
  DOCUMENT_VERBS,
  MEDIA_NOUNS,
  PHRASE_STOPS,
  RELAY_OUTLETS,
  ROLE_NOUNS,
  SPEECH_VERBS,
} from './cues.data.js';

export type CueClass = 'speech' | 'belief' | 'document';
export type CueForm = 'base' | 's' | 'past' | 'ing';

export interface CueEntry {
  readonly verb: CueVerb;
  readonly cls: CueClass;
  readonly form: CueForm;
}

const VOWEL = /[aeiou]/;

/** Regular third-person, past and -ing forms of a lemma. */
export function inflect(lemma: string): { s: string; past: string; ing: string } {
  const last = lemma.slice(-1);
  const prev = lemma.slice(-2, -1);
  const consonantY = last === 'y' && !VOWEL.test(prev);
  const s = /(s|sh|ch|x|z|o)$/.test(lemma) ? `${lemma}es` : consonantY ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
  const past = last === 'e' ? `${lemma}d` : consonantY ? `${lemma.slice(0, -1)}ied` : `${lemma}ed`;
  const ing = lemma.endsWith('ie')
    ? `${lemma.slice(0, -2)}ying`
    : last === 'e' && prev !== 'e'
      ? `${lemma.slice(0, -1)}ing`
      : `${lemma}ing`;
  return { s, past, ing };
}

function buildCues(): Map<string, CueEntry> {
  const out = new Map<string, CueEntry>();
  const add = (verbs: readonly CueVerb[], cls: CueClass) => {
    for (const verb of verbs) {
      const regular = inflect(verb.lemma);
      const put = (form: string, kind: CueForm) => {
        if (!out.has(form)) out.set(form, { verb, cls, form: kind });
      };
      put(verb.lemma, 'base');
      put(regular.s, 's');
      for (const p of (verb.past ?? regular.past).split(' ')) put(p, 'past');
      for (const g of (verb.ing ?? regular.ing).split(' ')) put(g, 'ing');
    }
  };
  add(SPEECH_VERBS, 'speech');
  add(DOCUMENT_VERBS, 'document');
  add(BELIEF_VERBS, 'belief');
  return out;
}

const CUES = buildCues();

/** The cue entry for a lower-cased word form, if it is a reporting verb. */
export function cueOf(lower: string): CueEntry | undefined {
  return CUES.get(lower);
}

export const determiners: ReadonlySet<string> = new Set(DETERMINERS);
export const phraseStops: ReadonlySet<string> = new Set(PHRASE_STOPS);
export const cuePrefixes: ReadonlySet<string> = new Set(CUE_PREFIXES);
export const roleNouns: ReadonlySet<string> = new Set(ROLE_NOUNS);
export const documentNouns: ReadonlySet<string> = new Set(DOCUMENT_NOUNS);
export const mediaNouns: ReadonlySet<string> = new Set(MEDIA_NOUNS);
export const relayOutlets: ReadonlySet<string> = new Set(RELAY_OUTLETS);
