/**
 * @module analyze/quotes/resolve
 * Speakers within one article: the names it mentions (runs of capitalised words, with the role nouns next to
 * them) and the resolution of a pronoun, a bare surname or a role phrase ("he", "Peskov", "the senator") to
 * the nearest compatible earlier full name. No knowledge base: entity ids are left to a later step.
 */

import { partitionPoint } from '../../core/span.js';
import type { Range } from '../../core/types.js';
import { type Doc, isCap, isPunct, isWord } from './doc.js';
import { determiners, phraseStops, roleNouns } from './lexicon.js';
import type { Phrase } from './phrases.js';
import type { QuoteSpeaker } from './types.js';

/** A name mentioned in the article. */
export interface NameMention extends Range {
  readonly text: string;
  readonly last: string;
  readonly words: number;
  readonly roles: ReadonlySet<string>;
  /** Looks like an organisation rather than a person ("Foreign Ministry", "White House"). */
  readonly org: boolean;
}

const ORG_HEADS = new Set([
  'ministry',
  'department',
  'party',
  'committee',
  'agency',
  'office',
  'commission',
  'council',
  'union',
  'court',
  'company',
  'house',
  'administration',
  'government',
  'campaign',
  'group',
  'association',
  'institute',
  'university',
  'bank',
  'fund',
  'times',
  'post',
  'news',
  'journal',
  'network',
  'foundation',
  'center',
  'centre',
  'service',
  'bureau',
  'board',
  'corporation',
  'inc.',
  'corp.',
  'co.',
  'ltd',
  'organization',
  'organisation',
  'kremlin',
  'pentagon',
  'congress',
  'senate',
  'parliament',
  'army',
  'police',
  'nations',
  'states',
  'federation',
  'republic',
  'press',
  'club',
  'school',
  'college',
  'hospital',
  'church',
  'team',
  'democrats',
  'republicans',
]);

const WINDOW = 400;
/** Possessive determiners that own a reported statement ("his claim that …") → their pronoun. */
const POSSESSIVE_OF: Readonly<Record<string, string>> = { his: 'he', her: 'she', their: 'they', its: 'it' };

/** All names of two or more capitalised words, in text order. */
export function collectNames(doc: Doc): NameMention[] {
  const out: NameMention[] = [];
  for (const s of doc.sentenceTokens) {
    let i = s.from;
    while (i < s.to) {
      if (!isCap(doc, i)) {
        i++;
        continue;
      }
      let j = i;
      while (j < s.to && isCap(doc, j)) j++;
      let from = i;
      while (from < j && (phraseStops.has(doc.lower[from] as string) || determiners.has(doc.lower[from] as string)))
        from++;
      const roles = new Set<string>();
      while (from < j - 1 && roleNouns.has(doc.lower[from] as string)) roles.add(doc.lower[from++] as string);
      if (j - from >= 2) out.push(mention(doc, from, j, s.from, roles));
      i = j;
    }
  }
  return out;
}

function mention(doc: Doc, from: number, to: number, lo: number, roles: Set<string>): NameMention {
  for (let k = from - 1; k >= lo && k >= from - 2 && isWord(doc, k); k--) {
    if (roleNouns.has(doc.lower[k] as string)) roles.add(doc.lower[k] as string);
  }
  if (isPunct(doc, to, ',')) {
    for (let k = to + 1; k < to + 7 && k < doc.tokens.length && !isPunct(doc, k, ',.;'); k++) {
      if (roleNouns.has(doc.lower[k] as string)) roles.add(doc.lower[k] as string);
    }
  }
  const start = (doc.tokens[from] as { start: number }).start;
  const end = (doc.tokens[to - 1] as { end: number }).end;
  const last = doc.lower[to - 1] as string;
  return { start, end, text: doc.text.slice(start, end), last, words: to - from, roles, org: ORG_HEADS.has(last) };
}

/** Resolves speaker phrases against the names seen before them. */
export class SpeakerResolver {
  private readonly names: readonly NameMention[];
  private readonly speakers: { at: number; name: NameMention; org: boolean }[] = [];

  constructor(private readonly doc: Doc) {
    this.names = collectNames(doc);
  }

  /** The speaker record for a phrase; remembers resolved person names as recent speakers. */
  speaker(p: Phrase): QuoteSpeaker {
    if (p.relative !== undefined) {
      const inner = this.speaker({ ...p, relative: undefined });
      const who = this.doc.tokens[p.relative] as Range;
      const resolvedFrom = inner.resolvedFrom ?? inner.range;
      return { text: inner.text, range: { start: who.start, end: who.end }, resolvedFrom, kind: inner.kind };
    }
    const range = this.range(p);
    const text = this.doc.text.slice(range.start, range.end);
    const base: QuoteSpeaker = { text, range, kind: p.kind };
    const found = this.resolve(p, text, range);
    const name = found ?? this.before(range.end).findLast((n) => n.start >= range.start);
    if (name) this.speakers.push({ at: range.start, name, org: name.org });
    if (!found) return base;
    return { text: found.text, range, resolvedFrom: { start: found.start, end: found.end }, kind: p.kind };
  }

  private range(p: Phrase): Range {
    const a = this.doc.tokens[p.from] as Range;
    const b = this.doc.tokens[p.to - 1] as Range;
    return { start: a.start, end: b.end };
  }

  private resolve(p: Phrase, text: string, range: Range): NameMention | undefined {
    const lower = text.toLowerCase();
    if (p.kind === 'pronoun') return this.pronoun(POSSESSIVE_OF[lower] ?? lower, range.start);
    if (p.kind === 'name' && p.to - p.from === 1) return this.surname(lower, range.start);
    if (p.kind === 'role' && lower.startsWith('the ')) return this.role(lower.split(' ').pop() ?? '', range.start);
    return undefined;
  }

  /** Names ending before `at`, nearest last; at most `WINDOW` of them (bounded work per quote). */
  private before(at: number): NameMention[] {
    const lo = partitionPoint(this.names.length, (i) => (this.names[i] as NameMention).end <= at);
    return this.names.slice(Math.max(0, lo - WINDOW), lo);
  }

  private pronoun(word: string, at: number): NameMention | undefined {
    const person = word === 'he' || word === 'she';
    const group = word === 'they' || word === 'it';
    if (!person && !group) return undefined;
    for (let k = this.speakers.length - 1; k >= 0 && k >= this.speakers.length - WINDOW; k--) {
      const s = this.speakers[k];
      if (s && s.at < at && s.org === group) return s.name;
    }
    const earlier = this.before(at).filter((n) => n.org === group);
    return earlier[earlier.length - 1];
  }

  private surname(word: string, at: number): NameMention | undefined {
    const earlier = this.before(at).filter((n) => n.last === word && n.words >= 2 && !n.org);
    return earlier[earlier.length - 1];
  }

  private role(head: string, at: number): NameMention | undefined {
    if (!roleNouns.has(head)) return undefined;
    const earlier = this.before(at).filter((n) => n.roles.has(head));
    return earlier[earlier.length - 1];
  }
}
