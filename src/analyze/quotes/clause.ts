/**
 * @module analyze/quotes/clause
 * Where reported content starts and ends: the addressee and adjuncts between a cue and its content ("told
 * reporters on Friday that …"), the end of a reported clause (the sentence end, a semicolon, or the next
 * attribution: ", according to …", ", adding …"), and the quoted fragments inside a clause.
 */
import type { Range } from '../../core/types.js';
import { TRAILING_ADJUNCT_HEADS } from './cues.data.js';
import { type Doc, isPunct, quoteAt, quoteOpeningAt, rangeOf, type TokenRange } from './doc.js';
import { type CueEntry, cueOf } from './lexicon.js';
import type { QuoteSpan } from './marks.js';
import { speakerAfter } from './phrases.js';
import { relayAt } from './relay.js';

const ADJUNCTS = new Set(TRAILING_ADJUNCT_HEADS);
/** "told me he …", "warned us that …": an object pronoun as the addressee. */
const ADDRESSEE_PRONOUNS = new Set(['me', 'us', 'him', 'her', 'them', 'you']);
const MAX_GAP = 14;
const SENTENCE_END = '.!?…';

/** Whether an opening quote mark sits at token `i`; returns its span. */
export function openingQuote(doc: Doc, i: number): QuoteSpan | undefined {
  const t = doc.tokens[i];
  return t ? quoteOpeningAt(doc, t.start) : undefined;
}

/**
 * The token where the content of cue `i` starts: after an addressee ("told reporters") and adjuncts ("on
 * Friday", "in a statement to TASS") when a "that", a colon or a quote follows them; else right after the cue.
 */
export function contentStart(doc: Doc, i: number, entry: CueEntry, s: TokenRange): number {
  const j = i + 1;
  if (j >= s.to) return j;
  const first = doc.lower[j] as string;
  // "said — on Twitter, as it happens — that …": a dashed aside between the cue and its content.
  if (isPunct(doc, j, '—–')) {
    for (let k = j + 1; k < s.to && k - j <= 12; k++) if (isPunct(doc, k, '—–')) return k + 1 < s.to ? k + 1 : j;
  }
  // "replied evenly, “…”": an adverb between the cue and its quotation.
  if (first.length > 4 && first.endsWith('ly') && isPunct(doc, j + 1, ',:') && openingQuote(doc, j + 2)) return j + 1;
  if (first === ',' && !openingQuote(doc, j + 1)) {
    // "said, however, that …" / "said, among other things, that …"
    for (let k = j + 1; k < s.to && k - j <= 7; k++) {
      // "described, in fairly blistering terms, a set of …": a short aside between commas.
      if (isPunct(doc, k, ',')) return doc.lower[k + 1] === 'that' || ASIDE_STARTS.has(first1(doc, j)) ? k + 1 : j;
      if (doc.tokens[k]?.kind !== 'word') return j;
    }
    return j;
  }
  if (entry.verb.object || ADJUNCTS.has(first)) {
    const marker = findMarker(doc, j, s.to);
    if (marker >= 0) return marker;
    if (entry.verb.object) {
      if (ADDRESSEE_PRONOUNS.has(first)) return j + 1;
      const np = speakerAfter(doc, j, s.to);
      return np ? np.outerTo : j;
    }
  }
  return j;
}

const ASIDE_STARTS = new Set([
  'in',
  'on',
  'at',
  'with',
  'without',
  'for',
  'during',
  'after',
  'before',
  'once',
  'again',
]);
const first1 = (doc: Doc, j: number) => doc.lower[j + 1] as string;

/** The first "that", ":" or opening quote within `MAX_GAP` tokens from `j`, not beyond a cue verb. */
export function findMarker(doc: Doc, j: number, to: number): number {
  for (let k = j; k < to && k - j < MAX_GAP; k++) {
    const w = doc.lower[k] as string;
    if (w === 'that' || w === ':') return k;
    if (openingQuote(doc, k)) return k;
    if (k > j && cueOf(w)) return -1;
    if (SENTENCE_END.includes(w)) return -1;
  }
  return -1;
}

/** Token end of a reported clause that starts at `from`: the sentence end or the next attribution. */
export function clauseEnd(doc: Doc, from: number, s: TokenRange): number {
  let k = from;
  for (; k < s.to; k++) {
    const t = doc.tokens[k];
    if (!t) break;
    const q = quoteOpeningAt(doc, t.start);
    if (q && q.level === 0) {
      k = skipQuote(doc, k, q, s);
      continue;
    }
    if (isPunct(doc, k, ';')) break;
    if (k > from && coordinatedCue(doc, k)) break;
    if (isPunct(doc, k, ',') && startsAttribution(doc, k + 1, s)) break;
  }
  let end = k;
  while (end > from && isPunct(doc, end - 1, `${SENTENCE_END},:;—–-`)) end--;
  return end;
}

/** Index of the last token of quote `q` within the sentence (the quote may run on past it). */
function skipQuote(doc: Doc, k: number, q: QuoteSpan, s: TokenRange): number {
  let m = k;
  while (m + 1 < s.to && (doc.tokens[m + 1] as Range).end <= q.end) m++;
  return m;
}

/** "… and argued that …": a conjunction before a second reporting verb ends the first clause. */
function coordinatedCue(doc: Doc, k: number): boolean {
  const w = doc.lower[k];
  if (w !== 'and' && w !== 'but') return false;
  for (const m of [k + 1, k + 2]) {
    const e = cueOf(doc.lower[m] ?? '');
    if (e && e.cls === 'speech' && (e.form === 'past' || e.form === 's')) return true;
  }
  return false;
}

/** Words that open a prepositional aside rather than a speaker phrase after a comma. */
const PREPOSITIONAL_ASIDES = new Set([
  'together',
  'along',
  'alongside',
  'with',
  'in',
  'at',
  'on',
  'for',
  'from',
  'under',
  'including',
  'like',
]);

/** ", according to …", ", adding …", ", as reported by …", ", he said" after a clause. */
export function startsAttribution(doc: Doc, k: number, s: TokenRange): boolean {
  const w = doc.lower[k];
  if (!w) return false;
  if (w === 'according' && doc.lower[k + 1] === 'to') return true;
  if (w === 'as' && (doc.lower[k + 2] === 'by' || cueOf(doc.lower[k + 1] ?? '') !== undefined)) return true;
  if (relayAt(doc, k, s.to)) return true;
  const entry = cueOf(w);
  if (entry && entry.form === 'ing' && entry.cls === 'speech') return true;
  // ", together with partner states, has pledged …": a prepositional aside, not "…, X said".
  if (PREPOSITIONAL_ASIDES.has(w)) return false;
  for (let m = k; m < Math.min(s.to, k + 5); m++) {
    const e = cueOf(doc.lower[m] as string);
    if (e && e.cls === 'speech' && (e.form === 'past' || e.form === 's') && isClauseEndAfter(doc, m + 1, s))
      return true;
  }
  return false;
}

/** Nothing but sentence-end punctuation, a comma or an adjunct follows token `k`. */
export function isClauseEndAfter(doc: Doc, k: number, s: TokenRange): boolean {
  if (k >= s.to) return true;
  const w = doc.lower[k] as string;
  return SENTENCE_END.includes(w) || w === ',' || w === ';' || w === '—' || w === '–' || ADJUNCTS.has(w);
}

/** Content range for tokens [from, to), extended to the end of a quote that opens inside and closes later. */
export function contentRange(doc: Doc, from: number, to: number): Range {
  const r = rangeOf(doc, from, to);
  const last = doc.tokens[to - 1] as Range;
  const q = quoteAt(doc, last.start);
  return q && q.end > r.end && q.start >= r.start ? { start: r.start, end: q.end } : r;
}

/** Top-level quote spans inside a range: the verbatim fragments of a mixed quote. */
export function fragmentsIn(doc: Doc, r: Range): Range[] {
  return doc.quotes
    .filter((q) => q.level === 0 && q.start >= r.start && q.end <= r.end)
    .map((q) => ({ start: q.start, end: q.end }));
}
