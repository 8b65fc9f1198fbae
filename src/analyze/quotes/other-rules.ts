/**
 * @module analyze/quotes/other-rules
 * Attributions without a reporting verb:
 * - indirect:according-to   According to X, … / …, according to X.
 * - direct:headline-colon   Sanders: Clinton needs to 'get away from …' (a short name, a colon, a clause)
 * - direct:continuation     a sentence that is one quotation right after a quoted speaker's quote
 */
import type { Range } from '../../core/types.js';
import { type Candidate, hull } from './candidate.js';
import { clauseEnd } from './clause.js';
import { COLON_NON_SPEAKERS } from './cues.data.js';
import { type Doc, isCap, isPunct, isWord, quoteAt, quoteOpeningAt, rangeOf, type TokenRange } from './doc.js';
import { cueOf, phraseStops, roleNouns } from './lexicon.js';
import type { QuoteSpan } from './marks.js';
import { classify, type Phrase, speakerBefore, subjectOf } from './phrases.js';

const NON_SPEAKERS = new Set(COLON_NON_SPEAKERS);
const MAX_SOURCE = 24;

/** "according to X" at `i` ("according") inside sentence `s`. */
export function accordingTo(doc: Doc, s: TokenRange, i: number): Candidate | null {
  if (doc.lower[i] !== 'according' || doc.lower[i + 1] !== 'to') return null;
  let to = i + 2;
  while (to < s.to && to - i < MAX_SOURCE && !isPunct(doc, to, ',;.!?:"“”')) to++;
  if (to <= i + 2) return null;
  const kind = classify(doc, i + 2, to) ?? 'role';
  const sp: Phrase = { from: i + 2, to, kind, outerFrom: i + 2, outerTo: to };
  const cue = {
    text: doc.text.slice((doc.tokens[i] as Range).start, (doc.tokens[i + 1] as Range).end),
    range: rangeOf(doc, i, i + 2),
  };
  let content: Range | null = null;
  if (i === s.from || (i === s.from + 1 && isPunct(doc, s.from, '(—'))) {
    if (!isPunct(doc, to, ',')) return null;
    const end = clauseEnd(doc, to + 1, s);
    if (end - (to + 1) >= 3) content = rangeOf(doc, to + 1, end);
  } else if (isPunct(doc, i - 1, ',(—–')) {
    const end = clauseEnd(doc, s.from, { from: s.from, to: i });
    if (end - s.from >= 3) content = rangeOf(doc, s.from, end);
  }
  if (!content) return null;
  const cons = hull(content, rangeOf(doc, i, to));
  return {
    content,
    direct: false,
    cue,
    speaker: sp,
    start: cons.start,
    end: cons.end,
    confidence: 0.75,
    reasons: ['indirect:according-to'],
  };
}

/** "Name: clause" at the start of a sentence. */
export function headlineColon(doc: Doc, s: TokenRange): Candidate | null {
  let k = s.from;
  while (k < s.to && k - s.from < 4 && nameWord(doc, k, s.from)) k++;
  if (k === s.from || !isPunct(doc, k, ':') || s.to - k < 5) return null;
  const name = doc.lower.slice(s.from, k).join(' ');
  if (NON_SPEAKERS.has(name) || NON_SPEAKERS.has(doc.lower[s.from] as string)) return null;
  const end = clauseEnd(doc, k + 1, s);
  if (end - (k + 1) < 3) return null;
  const content = rangeOf(doc, k + 1, end);
  const sp: Phrase = { from: s.from, to: k, kind: 'name', outerFrom: s.from, outerTo: k };
  const cons = hull(content, rangeOf(doc, s.from, k));
  return {
    content,
    direct: false,
    cue: { text: ':', range: rangeOf(doc, k, k + 1) },
    speaker: sp,
    start: cons.start,
    end: cons.end,
    confidence: 0.55,
    reasons: ['indirect:headline-colon'],
  };
}

function nameWord(doc: Doc, k: number, from: number): boolean {
  const w = doc.lower[k] as string;
  return (isCap(doc, k) && !phraseStops.has(w)) || (k > from && roleNouns.has(w));
}

/** A sentence that opens with a quote not yet attributed, continuing `previous` (a direct quote). */
export function continuation(
  doc: Doc,
  s: TokenRange,
  previous: Candidate | null,
  claimed: readonly Range[],
): Candidate | null {
  if (!previous) return null;
  const first = doc.tokens[s.from];
  if (!first) return null;
  const q = quoteAt(doc, first.start);
  if (!q || q.start !== first.start || q.single) return null;
  for (let k = claimed.length - 1; k >= 0 && k >= claimed.length - 24; k--) {
    const r = claimed[k] as Range;
    if (r.start < q.end && q.start < r.end) return null;
  }
  return {
    content: { start: q.start, end: q.end },
    direct: true,
    cue: null,
    speaker: null,
    inherited: previous,
    start: q.start,
    end: q.end,
    confidence: 0.55,
    reasons: ['direct:continuation', 'speaker:inherited'],
  };
}

/** "Jared Potts echoed:" / "The headline reads:" then a quotation, in the sentence or opening the next one. */
export function colonQuote(doc: Doc, s: TokenRange): Candidate | null {
  let k = s.to - 1;
  while (k > s.from && !isPunct(doc, k, ':')) k--;
  if (k <= s.from || !isPunct(doc, k, ':') || !isWord(doc, k - 1) || isCap(doc, k - 1)) return null;
  const verb = doc.lower[k - 1] as string;
  if (!cueOf(verb) && !/ed$/.test(verb)) return null;
  const q = quoteAfter(doc, k, s);
  if (q?.level !== 0 || q.single) return null;
  const sp = speakerBefore(doc, k - 1, s.from) ?? subjectOf(doc, s);
  if (!sp || sp.to > k - 1) return null;
  const content = { start: q.start, end: q.end };
  const cueTok = rangeOf(doc, k - 1, k);
  const cons = hull(content, rangeOf(doc, sp.outerFrom, sp.outerTo), cueTok);
  return {
    content,
    direct: true,
    cue: { text: doc.text.slice(cueTok.start, cueTok.end), range: cueTok },
    speaker: sp,
    start: cons.start,
    end: cons.end,
    confidence: 0.7,
    reasons: ['direct:colon-then-quote'],
  };
}

/** The quotation opening right after the colon at `k`, here or at the start of the next sentence. */
function quoteAfter(doc: Doc, k: number, s: TokenRange): QuoteSpan | undefined {
  const next = doc.tokens[k + 1];
  if (!next) return undefined;
  if (k + 1 < s.to || k + 1 === s.to) return quoteOpeningAt(doc, next.start);
  return undefined;
}
