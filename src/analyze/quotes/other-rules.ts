/**
 * @module analyze/quotes/other-rules
 * Attributions without a reporting verb:
 * - indirect:according-to   According to X, … / …, according to X.
 * - direct:headline-colon   Sanders: Clinton needs to 'get away from …' (a short name, a colon, a clause)
 * - direct:continuation     a sentence that is one quotation right after a quoted speaker's quote
 * - direct:quote-then-verb   “…,” Trump barked. / “…!” beamed Hartley. (a past-tense verb outside the lexicon)
 * - direct:verb-then-quote   Silverman interjected, “…” (the sentence subject, such a verb, a quotation to the end)
 * - direct:colon-then-quote  X shot back: “…” / as X put it: “…” / X released the following statement: “…”
 */
import type { Range } from '../../core/types.js';
import { type Candidate, candidateOf } from './candidate.js';
import { clauseEnd, isClauseEndAfter, startsAttribution } from './clause.js';
import { COLON_NON_SPEAKERS } from './cues.data.js';
import {
  type Doc,
  isCap,
  isPunct,
  isQuoteMark,
  isWord,
  quoteAt,
  quoteClosingAt,
  quoteOpeningAt,
  rangeOf,
  type TokenRange,
  tokenAt,
} from './doc.js';
import { cueOf, phraseStops, roleNouns } from './lexicon.js';
import type { QuoteSpan } from './marks.js';
import { classify, type Phrase, speakerAfter, speakerBefore, subjectOf } from './phrases.js';

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
  const opener =
    i === s.from + 1 && (isPunct(doc, s.from, '(—') || LEADING_CONJUNCTIONS.has(doc.lower[s.from] as string));
  if (i === s.from || opener || (i > s.from && isPunct(doc, i - 1, ':'))) {
    if (!isPunct(doc, to, ',')) return null;
    const end = clauseEnd(doc, to + 1, s);
    if (end - (to + 1) >= 3) content = rangeOf(doc, to + 1, end);
  } else if (isPunct(doc, i - 1, ',(—–')) {
    const end = clauseEnd(doc, s.from, { from: s.from, to: i });
    const resumes =
      isPunct(doc, to, ',') && !startsAttribution(doc, to + 1, s) && !RELATIVE_OPENERS.has(doc.lower[to + 1] as string);
    const after = resumes ? clauseEnd(doc, to + 1, s) : 0;
    if (after - (to + 1) >= 3 && end - s.from >= 3) {
      // "He crossed the border after, according to him, the network censured him": the sentence around it.
      content = rangeOf(doc, s.from, after);
    } else if (end - s.from >= 3 && !shortIntro(doc, s.from, i - 1)) content = rangeOf(doc, s.from, end);
    else if (isPunct(doc, to, ',')) {
      // "In addition, according to the department, nearly nine million …": the clause follows.
      const after = clauseEnd(doc, to + 1, s);
      if (after - (to + 1) >= 3) content = rangeOf(doc, to + 1, after);
    }
  }
  if (!content) return null;
  return candidateOf(
    { content, direct: false, cue, speaker: sp, confidence: 0.75, reasons: ['indirect:according-to'] },
    rangeOf(doc, i, to),
  );
}

/** "In addition," / "But," / "On Tuesday," before "according to": an introductory phrase, not a clause. */
function shortIntro(doc: Doc, from: number, comma: number): boolean {
  if (comma - from > 4) return false;
  for (let k = from; k < comma; k++) if (doc.tokens[k]?.kind !== 'word' && !isPunct(doc, k, '.')) return false;
  return INTRO_HEADS.has(doc.lower[from] as string);
}

const RELATIVE_OPENERS = new Set(['who', 'whom', 'whose', 'which', 'where', 'when', 'that', 'as', 'in', 'on', 'at']);
const LEADING_CONJUNCTIONS = new Set(['but', 'and', 'yet', 'so', 'also', 'still', 'now', 'however']);

const INTRO_HEADS = new Set([
  'in',
  'on',
  'at',
  'but',
  'and',
  'yet',
  'still',
  'also',
  'however',
  'meanwhile',
  'moreover',
  'instead',
  'now',
  'last',
  'this',
  'earlier',
  'later',
  'by',
  'for',
  'since',
  'after',
  'before',
  'overall',
  'nationally',
  'today',
]);

/**
 * "Name: clause" at the start of a sentence, with an optional topic ("Clinton to Planned Parenthood: …", "CNN
 * President On Trump: …") and an optional kicker before a dash ("EXCLUSIVE – Roger Stone: …").
 */
export function headlineColon(doc: Doc, s: TokenRange): Candidate | null {
  let colon = -1;
  for (let k = s.from; k < s.to && k - s.from <= MAX_HEADLINE; k++) {
    if (isPunct(doc, k, ':')) {
      colon = k;
      break;
    }
  }
  if (colon < 0 || s.to - colon < 5) return null;
  let from = s.from;
  for (let k = colon - 1; k > s.from; k--) {
    if (isPunct(doc, k, '-–—')) {
      from = k + 1;
      break;
    }
  }
  let k = from;
  while (k < colon && k - from < 5 && nameWord(doc, k, from)) k++;
  if (k === from || (k < colon && !topicTail(doc, k, colon))) return null;
  const name = doc.lower.slice(from, k).join(' ');
  if (NON_SPEAKERS.has(name) || NON_SPEAKERS.has(doc.lower[from] as string)) return null;
  const end = clauseEnd(doc, colon + 1, s);
  if (end - (colon + 1) < 3) return null;
  const content = rangeOf(doc, colon + 1, end);
  const sp: Phrase = { from, to: k, kind: 'name', outerFrom: from, outerTo: k };
  return candidateOf(
    {
      content,
      direct: false,
      cue: { text: ':', range: rangeOf(doc, colon, colon + 1) },
      speaker: sp,
      confidence: 0.55,
      reasons: ['indirect:headline-colon'],
    },
    rangeOf(doc, from, k),
  );
}

const MAX_HEADLINE = 16;
const TOPIC_PREPS = new Set(['to', 'on', 'at', 'about', 'in', 'for']);

/** " to Planned Parenthood", " On Trump", " at RNC": a short topic or audience after the speaker's name. */
function topicTail(doc: Doc, k: number, colon: number): boolean {
  if (!TOPIC_PREPS.has(doc.lower[k] as string) || colon - k > 9 || colon - k < 2) return false;
  for (let m = k + 1; m < colon; m++) if (!isWord(doc, m) && !isPunct(doc, m, ".-’'")) return false;
  return true;
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
  // "Mr. Smith shot back:", "as Tom Ridge put it:": a particle or "it" after the verb joins the cue.
  const two =
    k - 2 > s.from &&
    ((MANNER_PARTICLES.has(doc.lower[k - 1] as string) && mannerLike(doc.lower[k - 2] as string)) ||
      (doc.lower[k - 1] === 'it' && doc.lower[k - 2] === 'put'));
  let v = two ? k - 2 : k - 1;
  const verb = doc.lower[v] as string;
  const q = quoteAfter(doc, k, s);
  if (q?.level !== 0 || q.single) return null;
  let sp: Phrase | null = null;
  if (two || cueOf(verb) || /ed$/.test(verb)) sp = speakerBefore(doc, v, s.from) ?? subjectOf(doc, s);
  else {
    // "Kelly responded pointedly, with a smile: “…”", "President Clinton released the following statement: “…”":
    // the clause's subject and its verb further left.
    v = verbBefore(doc, s, k);
    if (v < 0) return null;
    sp = speakerBefore(doc, v, s.from);
    if (sp && !(sp.from === s.from || isPunct(doc, sp.from - 1, ','))) sp = null;
    // "The list included the following items: …": a verb outside the lexicon needs a person as its subject.
    if (sp && !cueOf(doc.lower[v] as string) && sp.kind !== 'name' && sp.kind !== 'pronoun') sp = null;
  }
  if (!sp || sp.to > v) return null;
  const content = { start: q.start, end: q.end };
  const cueTok = rangeOf(doc, v, two || v === k - 1 ? k : v + 1);
  return directQuote(doc, content, sp, cueTok, 0.7, 'direct:colon-then-quote');
}

/** The last reporting or past-tense verb before the colon at `k`, within 12 tokens and no other punctuation than commas. */
function verbBefore(doc: Doc, s: TokenRange, k: number): number {
  for (let m = k - 1; m > s.from && k - m <= 12; m--) {
    if (doc.tokens[m]?.kind === 'punct' && !isPunct(doc, m, ',-')) return -1;
    const w = doc.lower[m] as string;
    if (isCap(doc, m)) continue;
    const e = cueOf(w);
    if ((e && (e.form === 'past' || e.form === 's')) || IRREGULAR_MANNER.has(w) || /^[a-z]{3,}ed$/.test(w)) return m;
  }
  return -1;
}

/** The quotation opening right after the colon at `k`, here or at the start of the next sentence. */
function quoteAfter(doc: Doc, k: number, s: TokenRange): QuoteSpan | undefined {
  const next = doc.tokens[k + 1];
  if (!next) return undefined;
  if (k + 1 < s.to || k + 1 === s.to) return quoteOpeningAt(doc, next.start);
  return undefined;
}

/** Irregular past forms that report a manner of speaking after a quotation ("…,” he shot back). */
const IRREGULAR_MANNER = new Set(['shot', 'went', 'began', 'spoke', 'sang', 'swore', 'bit']);
const MANNER_PARTICLES = new Set(['back', 'on', 'out', 'up', 'in']);

function mannerLike(w: string): boolean {
  return IRREGULAR_MANNER.has(w) || (/^[a-z]+ed$/.test(w) && w.length > 4) || !!cueOf(w);
}

/**
 * "Mrs. Clinton … then boomed, “Today, you proved …”", "Silverman interjected, “…”": the sentence subject, a
 * past-tense verb outside the cue lexicon, a comma and a quotation that runs to the sentence end.
 */
export function verbCommaQuote(doc: Doc, s: TokenRange): Candidate | null {
  for (let k = s.from + 2; k < s.to; k++) {
    if (!isPunct(doc, k, ',')) continue;
    const q = quoteOpeningAt(doc, (doc.tokens[k + 1] as Range | undefined)?.start ?? -1);
    if (q?.level !== 0 || q.single) continue;
    const last = doc.tokens[s.to - 1] as Range;
    if (q.end < last.end && tokenAt(doc, q.end) < s.to - 1) return null;
    const v = MANNER_PARTICLES.has(doc.lower[k - 1] as string) ? k - 2 : k - 1;
    const w = doc.lower[v] as string;
    if (isCap(doc, v) || cueOf(w) || !(IRREGULAR_MANNER.has(w) || (/^[a-z]+ed$/.test(w) && w.length > 4))) return null;
    const sp = speakerBefore(doc, v, s.from);
    if (!sp || sp.kind === 'document' || !(sp.from === s.from || isPunct(doc, sp.from - 1, ','))) return null;
    const content = { start: q.start, end: q.end };
    const cueTok = rangeOf(doc, v, k);
    return directQuote(doc, content, sp, cueTok, 0.6, 'direct:verb-then-quote');
  }
  return null;
}

/** A lower-case verb in the past ("barked", "beamed", "shot back") that is no known cue; its end, or -1. */
function mannerVerb(doc: Doc, k: number, s: TokenRange, inverted = false): number {
  const w = doc.lower[k] as string | undefined;
  if (!w || !isWord(doc, k) || isCap(doc, k) || cueOf(w)) return -1;
  if (!(IRREGULAR_MANNER.has(w) || (/^[a-z]+ed$/.test(w) && w.length > 4))) return -1;
  const end = MANNER_PARTICLES.has(doc.lower[k + 1] as string) ? k + 2 : k + 1;
  if (IRREGULAR_MANNER.has(w) && end === k + 1) return -1;
  const next = doc.lower[end];
  if (inverted) return end;
  return end < s.to && !isClauseEndAfter(doc, end, s) && next !== 'and' && next !== 'as' ? -1 : end;
}

function pronounAt(doc: Doc, m: number, hi: number): Phrase | null {
  const w = doc.lower[m] as string;
  if (hi !== m + 1 || !(w === 'he' || w === 'she' || w === 'they' || w === 'i' || w === 'we')) return null;
  return { from: m, to: m + 1, kind: 'pronoun', outerFrom: m, outerTo: m + 1 };
}

/**
 * "“Go back to Univision,” Trump barked." / "“This is fantastic!” beamed Hartley.": a quotation opening the
 * sentence, closed by a comma, "!" or "?", then a speaker and a past-tense verb outside the cue lexicon (or
 * the verb, then a non-pronoun speaker), and nothing but the sentence end or an adjunct after them.
 */
export function quoteThenVerb(doc: Doc, s: TokenRange): Candidate | null {
  const first = doc.tokens[s.from];
  if (!first) return null;
  const open = quoteAt(doc, first.start);
  if (!open || open.single || !open.closed || open.level !== 0) return null;
  const k = tokenAt(doc, open.end) - 1;
  if (k >= s.to || !isQuoteMark(doc, k) || quoteClosingAt(doc, open.end) !== open) return null;
  const inner = doc.text
    .slice(open.innerStart, open.innerEnd)
    .trim()
    .replace(/(?<=[,.!?…])\s*['’‘]+$/, '');
  let m = k + 1;
  if (isPunct(doc, m, ',')) m++;
  else if (!/[,!?—–]$/.test(inner)) return null;
  let sp: Phrase | null = null;
  let verb = -1;
  let verbEnd = mannerVerb(doc, m, s, true);
  if (verbEnd > 0) {
    sp = speakerAfter(doc, verbEnd, s.to);
    if (!sp || sp.kind === 'pronoun' || (sp.outerTo < s.to && !isClauseEndAfter(doc, sp.outerTo, s))) return null;
    verb = m;
  } else {
    for (let v = m + 1; v < s.to && v - m <= 12 && verb < 0; v++) if (mannerVerb(doc, v, s) > 0) verb = v;
    if (verb < 0) return null;
    const hi = isPunct(doc, verb - 1, ',') ? verb - 1 : verb;
    sp = speakerAfter(doc, m, hi) ?? pronounAt(doc, m, hi);
    if (!sp || sp.from !== m || sp.outerTo !== hi) return null;
    verbEnd = mannerVerb(doc, verb, s);
  }
  if (sp.kind === 'document') return null;
  const content = { start: open.start, end: open.end };
  const cueRange = rangeOf(doc, verb, verbEnd);
  return directQuote(doc, content, sp, cueRange, 0.6, 'direct:quote-then-verb');
}

/** A direct quotation attributed by a cue outside the lexicon: content, speaker phrase and cue tokens. */
function directQuote(doc: Doc, content: Range, sp: Phrase, cue: Range, confidence: number, reason: string): Candidate {
  const mark = { text: doc.text.slice(cue.start, cue.end), range: cue };
  const spRange = rangeOf(doc, sp.outerFrom, sp.outerTo);
  return candidateOf({ content, direct: true, cue: mark, speaker: sp, confidence, reasons: [reason] }, spRange, cue);
}
