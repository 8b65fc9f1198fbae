/**
 * @module analyze/claims/subject
 * What a value is about: the subject noun phrase ("the strategy document", "the death toll") and a normalised
 * property key for aligning claims across articles ("length.pages", "deaths", "injured", "percent.voters").
 * Reads only the sentence around the value; offsets are into the sentence string.
 */
import type { Range } from '../../core/types.js';
import {
  COUNTED_STOP,
  DOCUMENT_NOUNS,
  DOCUMENT_UNITS,
  LINKING_VERBS,
  OUTCOME_FILLERS,
  OUTCOME_PROPERTIES,
  PART_AFTER,
  PART_BEFORE,
} from './quantities.data.js';
import type { Quantity } from './types.js';

const linking = new Set(LINKING_VERBS);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'our', 'these', 'those']);
const NP_STOP = new Set([
  'and',
  'or',
  'but',
  'that',
  'which',
  'who',
  'said',
  'says',
  'when',
  'while',
  'as',
  'if',
  'because',
  'after',
  'before',
  'since',
  'than',
  'to',
  'on',
  'in',
  'at',
  'for',
  'with',
  'by',
  'from',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'there',
  'not',
]);

const PARTICLES = new Set([
  'to',
  'at',
  'by',
  'of',
  'around',
  'some',
  'about',
  'nearly',
  'almost',
  'more',
  'than',
  'over',
  'just',
  'roughly',
  'approximately',
  'least',
]);
const AUXILIARIES = new Set(['has', 'have', 'had', 'been', 'is', 'was']);
/** Prepositions a subject noun phrase may carry ("the death toll from the quake in the north"). */
const PP_WORDS = new Set(['of', 'from', 'in', 'on', 'at', 'for', 'with', 'near', 'along', 'across']);
const RELATIVES = new Set(['that', 'which', 'who']);
/** Heads that measure another noun: "the number of detainees" is about detainees. */
const MEASURE_HEADS = new Set(['number', 'total', 'share', 'proportion', 'percentage', 'majority', 'amount', 'tally']);
const VERB_LIKE = new Set(COUNTED_STOP.filter((w) => !DETERMINERS.has(w)));

const tokenise = (window: string) => window.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*|[^\s\p{L}\p{N}]/gu) ?? [];

/** The words of a noun phrase ending at token `from`, and the index of the token that ended it. */
function chunkBefore(tokens: readonly string[], from: number): { np: string[]; next: number } {
  const np: string[] = [];
  let i = from;
  for (; i >= 0 && np.length < 5; i--) {
    const w = tokens[i] ?? '';
    const lw = w.toLowerCase();
    if (!/^\p{L}/u.test(w) || NP_STOP.has(lw) || PP_WORDS.has(lw) || linking.has(lw)) break;
    np.unshift(w);
    if (DETERMINERS.has(lw)) {
      i--;
      break;
    }
  }
  return { np, next: i };
}

/** A chunk that reads as a clause ("struck northern Estmark"), not a noun phrase. */
const clauseLike = (np: readonly string[]) =>
  np.some((w, k) => VERB_LIKE.has(w.toLowerCase()) || (k > 0 && /\p{Ll}ed$/u.test(w)));

/**
 * "the death toll rose to" / "the document is" / "the accord, which runs to": the noun phrase before a linking
 * verb that ends at `at`. Prepositional phrases and relative clauses after the head are crossed ("the death toll
 * from the earthquake that struck the north has climbed to" → "the death toll").
 */
export function subjectBefore(s: string, at: number): string | null {
  const tokens = tokenise(s.slice(Math.max(0, at - 160), at));
  let i = tokens.length - 1;
  while (i >= 0 && PARTICLES.has((tokens[i] ?? '').toLowerCase())) i--;
  if (i < 0 || !linking.has((tokens[i] ?? '').toLowerCase())) return null;
  i--;
  while (i >= 0 && AUXILIARIES.has((tokens[i] ?? '').toLowerCase())) i--;
  if (RELATIVES.has((tokens[i] ?? '').toLowerCase()) && tokens[i - 1] === ',') i -= 2;
  const chunks: Chunk[] = [];
  while (i >= 0 && chunks.length < 4) {
    const { np, next } = chunkBefore(tokens, i);
    if (np.length === 0) break;
    const joiner = (tokens[next] ?? '').toLowerCase();
    chunks.unshift({ np, joiner });
    const relative = RELATIVES.has(joiner) && !DETERMINERS.has((np[0] ?? '').toLowerCase());
    if (!PP_WORDS.has(joiner) && !relative) break;
    i = next - 1;
  }
  return headPhrase(chunks);
}

interface Chunk {
  readonly np: readonly string[];
  /** The word joining this chunk to the one before it ("from", "of", "that"). */
  readonly joiner: string;
}

/** The head noun phrase of the chunks: the first one unless it reads as a clause; "the number" takes "of …". */
function headPhrase(chunks: readonly Chunk[]): string | null {
  const first = chunks[0];
  const last = chunks[chunks.length - 1];
  if (!first || !last) return null;
  const lead = clauseLike(first.np) ? last : first;
  const np = [...lead.np];
  const after = chunks[chunks.indexOf(lead) + 1];
  if (after?.joiner === 'of' && MEASURE_HEADS.has((np[np.length - 1] ?? '').toLowerCase())) np.push('of', ...after.np);
  if (np.length === 0 || (np.length === 1 && DETERMINERS.has((np[0] ?? '').toLowerCase()))) return null;
  return normaliseNp(np.join(' '));
}

/** Lower-cases a leading determiner and the first word when it is only capitalised by position. */
function normaliseNp(np: string): string {
  const [first = '', ...rest] = np.split(' ');
  const lf = first.toLowerCase();
  if (DETERMINERS.has(lf)) return [lf === 'a' || lf === 'an' ? 'the' : lf, ...rest].join(' ');
  return np;
}

/** The subject of a quantity in sentence `s` (offsets relative to `s`). */
export function subjectOf(s: string, q: Quantity, base: number): string | undefined {
  const local = (r: Range) => ({ start: r.start - base, end: r.end - base });
  if (q.counted && q.countedSpan && (q.kind === 'count' || q.kind === 'quantity' || q.kind === 'rank') && q.unit) {
    const phrase = s.slice(q.countedSpan.start - base, q.countedSpan.end - base);
    return `the ${phrase}`;
  }
  const linked = subjectBefore(s, local(q).start);
  if (linked) return linked;
  if (q.counted && q.countedSpan) return s.slice(q.countedSpan.start - base, q.countedSpan.end - base);
  return undefined;
}

const CLAUSE_BOUNDARY = /[,;:—–()]|\b(?:and|but|that|while|whereas|or|as|who|which)\b/u;
const FILLERS = new Set(OUTCOME_FILLERS);

/** The first content words after a counted noun, up to a clause boundary, skipping auxiliaries ("have been confirmed"). */
function predicateAfter(after: string): string[] {
  const clause = after.split(CLAUSE_BOUNDARY)[0] ?? '';
  return (clause.match(/[\p{L}]+/gu) ?? []).filter((w) => !FILLERS.has(w)).slice(0, 2);
}

/** The last words before a value within its own clause ("has killed an estimated 4,300" → has, killed). */
function predicateBefore(before: string): string[] {
  const label = /([\p{L}]+):\s*$/u.exec(before)?.[1];
  if (label) return [label];
  const parts = before.split(CLAUSE_BOUNDARY);
  return (parts[parts.length - 1]?.match(/[\p{L}]+/gu) ?? []).slice(-3);
}

/** An outcome word near the value ("people were injured", "killed 12 civilians", "the death toll") → property. */
function outcomeNear(s: string, q: Quantity, base: number, subject?: string): string | undefined {
  const after = s.slice(q.end - base, q.end - base + 60).toLowerCase();
  const before = s.slice(Math.max(0, q.start - base - 40), q.start - base).toLowerCase();
  const words = [
    ...(subject?.toLowerCase().match(/[\p{L}]+/gu) ?? []),
    q.counted ?? '',
    ...predicateAfter(after),
    ...predicateBefore(before),
  ];
  if (` ${words.join(' ')} `.includes(' death toll ')) return 'deaths';
  return outcomeIn(words);
}

function outcomeIn(words: readonly string[]): string | undefined {
  for (const w of words) {
    const p = OUTCOME_PROPERTIES[w];
    if (p) return p;
  }
  return undefined;
}

/** "640 injured, 71 of them seriously" / "of whom 71": a part of an earlier count → "<outcome>.part". */
function partOf(s: string, q: Quantity, base: number): string | undefined {
  const before = s.slice(0, q.start - base);
  if (!PART_AFTER.test(s.slice(q.end - base)) && !PART_BEFORE.test(before)) return undefined;
  const words =
    before
      .slice(-100)
      .toLowerCase()
      .match(/[\p{L}]+/gu) ?? [];
  const outcome = outcomeIn([...words].reverse());
  return `${outcome ?? 'count'}.part`;
}

/** "a 29-page report", "the accord consists of 14 articles": a document's length → "length.<units>". */
function documentLength(q: Quantity, subject?: string): string | undefined {
  if (q.unit) return DOCUMENT_UNITS[q.unit] ? `length.${DOCUMENT_UNITS[q.unit]}` : undefined;
  const units = q.counted ? DOCUMENT_UNITS[q.counted] : undefined;
  const head = headOf(subject);
  return units && head && DOCUMENT_SET.has(head) ? `length.${units}` : undefined;
}

const DOCUMENT_SET = new Set(DOCUMENT_NOUNS);

const headOf = (np: string | undefined) =>
  np
    ?.toLowerCase()
    .match(/[\p{L}]+/gu)
    ?.pop();

/** A normalised property key for a quantity. */
export function propertyOf(s: string, q: Quantity, base: number, subject?: string): string {
  switch (q.kind) {
    case 'count': {
      const part = partOf(s, q, base);
      if (part) return part;
      const length = documentLength(q, subject);
      if (length) return length;
      if (q.unit) return `size.${q.unit}`;
      return outcomeNear(s, q, base, subject) ?? (q.counted ? `count.${q.counted}` : 'count');
    }
    case 'fraction':
    case 'percent': {
      const head = q.counted ?? headOf(subject);
      return head ? `percent.${head}` : 'percent';
    }
    case 'money':
      return 'amount';
    case 'quantity':
      return q.dimension ?? 'quantity';
    case 'rank':
      return `rank.${(q.unit ?? '').replace(/\s+/gu, '-')}`;
  }
}
