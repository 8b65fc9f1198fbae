/**
 * @module analyze/claims/subject
 * What a value is about: the subject noun phrase ("the strategy document", "the death toll") and a normalised
 * property key for aligning claims across articles ("length.pages", "deaths", "injured", "percent.voters").
 * Reads only the sentence around the value; offsets are into the sentence string.
 */
import type { Range } from '../../core/types.js';
import { LINKING_VERBS, OUTCOME_PROPERTIES } from './quantities.data.js';
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

/** "the death toll rose to" / "the document is": the noun phrase before a linking verb that ends at `at`. */
export function subjectBefore(s: string, at: number): string | null {
  const window = s.slice(Math.max(0, at - 120), at);
  const tokens = window.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*|[^\s\p{L}\p{N}]/gu) ?? [];
  let i = tokens.length - 1;
  while (i >= 0 && PARTICLES.has((tokens[i] ?? '').toLowerCase())) i--;
  if (i < 0 || !linking.has((tokens[i] ?? '').toLowerCase())) return null;
  i--;
  while (i >= 0 && AUXILIARIES.has((tokens[i] ?? '').toLowerCase())) i--;
  const np: string[] = [];
  for (; i >= 0 && np.length < 5; i--) {
    const w = tokens[i] ?? '';
    const lw = w.toLowerCase();
    if (!/^\p{L}/u.test(w) || NP_STOP.has(lw) || linking.has(lw)) break;
    np.unshift(w);
    if (DETERMINERS.has(lw)) break;
  }
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

/** An outcome word near the value ("people were injured", "killed 12 civilians", "the death toll") → property. */
function outcomeNear(s: string, q: Quantity, base: number, subject?: string): string | undefined {
  const after = s.slice(q.end - base, q.end - base + 40).toLowerCase();
  const before = s.slice(Math.max(0, q.start - base - 30), q.start - base).toLowerCase();
  const words = [
    ...(subject?.toLowerCase().match(/[\p{L}]+/gu) ?? []),
    q.counted ?? '',
    ...(after.match(/[\p{L}]+/gu) ?? []).slice(0, 3),
    ...(before.match(/[\p{L}]+/gu) ?? []).slice(-3),
  ];
  const joined = ` ${words.join(' ')} `;
  if (joined.includes(' death toll ')) return 'deaths';
  for (const w of words) {
    const p = OUTCOME_PROPERTIES[w];
    if (p) return p;
  }
  return undefined;
}

const headOf = (np: string | undefined) =>
  np
    ?.toLowerCase()
    .match(/[\p{L}]+/gu)
    ?.pop();

/** A normalised property key for a quantity. */
export function propertyOf(s: string, q: Quantity, base: number, subject?: string): string {
  switch (q.kind) {
    case 'count': {
      if (q.unit === 'page') return 'length.pages';
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
