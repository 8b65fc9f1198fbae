/**
 * @module analyze/quotes/rules
 * The cue-verb rules. Given a reporting verb at token `i` of a sentence:
 * - direct:quote-then-cue   "…," Peskov said / "…," said Peskov, the Kremlin spokesman
 * - indirect:clause-then-cue  The talks stalled, Peskov said.
 * - indirect:parenthetical-cue  The talks, Peskov said, stalled. (content: the whole sentence around it)
 * - direct:cue-then-quote   Peskov said: "…" / Peskov said, "…"
 * - mixed:cue-then-clause   Peskov said the plan "corresponds in many ways" with …
 * - indirect:cue-then-clause  Peskov said (that) … / told reporters that … / described … as …
 * - *:participle            …, adding that … (speaker of the main clause)
 */
import type { Range } from '../../core/types.js';
import { type Candidate, hull } from './candidate.js';
import {
  clauseEnd,
  contentRange,
  contentStart,
  findMarker,
  fragmentsIn,
  isClauseEndAfter,
  openingQuote,
  startsAttribution,
} from './clause.js';
import { type Doc, isPunct, isQuoteMark, quoteClosingAt, rangeOf, type TokenRange, tokenAt, tokText } from './doc.js';
import type { CueEntry } from './lexicon.js';
import { type Phrase, speakerAfter, speakerBefore } from './phrases.js';

const QUESTION_WORDS = new Set(['whether', 'if', 'why', 'how', 'what', 'when', 'who', 'where', 'about']);

interface CueCtx {
  readonly doc: Doc;
  readonly s: TokenRange;
  readonly i: number;
  readonly entry: CueEntry;
  readonly lo: number;
}

const tokRange = (doc: Doc, from: number, to = from + 1): Range => rangeOf(doc, from, to);

function cueMark(c: CueCtx) {
  return { text: tokText(c.doc, c.i), range: tokRange(c.doc, c.i) };
}

function baseConfidence(c: CueCtx, sp: Phrase | null): number {
  let v = c.entry.verb.lemma === 'say' || c.entry.verb.lemma === 'tell' ? 0.85 : 0.75;
  if (c.entry.cls !== 'speech') v -= 0.1;
  if (!sp) v -= 0.2;
  else if (sp.kind === 'role' || sp.kind === 'group') v -= 0.05;
  return v;
}

/** "…," X said — the token before the speaker (or before an inverted cue) closes a quote or a clause. */
export function quoteOrClauseThenCue(c: CueCtx): Candidate | null {
  const { doc, s, i } = c;
  let sp = speakerBefore(doc, i, c.lo);
  let left = sp ? sp.outerFrom : i;
  let after = i + 1;
  let inverted = false;
  if (!sp && c.entry.verb.inverts && i - 1 >= c.lo && (isPunct(doc, i - 1, ',') || isQuoteMark(doc, i - 1))) {
    sp = speakerAfter(doc, i + 1, s.to);
    if (!sp || sp.kind === 'pronoun') return null;
    inverted = true;
    left = i;
    after = sp.outerTo;
  }
  if (!sp) return null;
  if (!inverted && c.entry.verb.object) after = skipAddressee(doc, after, s);
  const k = left - 1;
  if (k < s.from) return null;
  const closeTok = isQuoteMark(doc, k) ? k : isPunct(doc, k, ',') && isQuoteMark(doc, k - 1) ? k - 1 : -1;
  const order = inverted ? 'inverted' : 'speaker-first';
  const spRange = tokRange(doc, sp.outerFrom, sp.outerTo);
  if (closeTok >= 0) {
    const q = quoteClosingAt(doc, (doc.tokens[closeTok] as Range).end);
    const inner = doc.text.slice(q?.innerStart ?? 0, q?.innerEnd ?? 0).trim() + (closeTok < k ? ',' : '');
    if (!q || !/[,.!?…—–-]$/.test(inner) || isTitle(inner)) return null;
    const sStart = (doc.tokens[s.from] as Range).start;
    const qTok = tokenAt(doc, q.start);
    if (q.start > sStart && qTok - s.from >= 2 && !isPunct(doc, qTok - 1, ':,—–')) {
      const clause = { start: sStart, end: q.end };
      return mk(c, sp, clause, false, hull(clause, spRange, tokRange(doc, i)), 0, [
        'mixed:clause-then-cue',
        `order:${order}`,
      ]);
    }
    const content = { start: q.start, end: q.end };
    const cons = hull(content, spRange, tokRange(doc, i));
    return mk(c, sp, content, true, cons, 0.1, [`direct:quote-then-cue`, `order:${order}`]);
  }
  if (!isPunct(doc, k, ',') || !isClauseEndAfter(doc, after, s) || contentFollows(doc, after, s)) return null;
  if (c.entry.cls === 'belief') return null;
  const tail = parentheticalTail(doc, after, s);
  if (tail > 0 && k > s.from) {
    const content = contentRange(doc, s.from, tail);
    return mk(c, sp, content, false, content, -0.05, ['indirect:parenthetical-cue', `order:${order}`]);
  }
  if (k - s.from < 3 || introductoryOnly(doc, s.from, k)) return null;
  const to = clauseEnd(doc, s.from, { from: s.from, to: k + 1 });
  if (to - s.from < 3) return null;
  const content = rangeOf(doc, s.from, to);
  return mk(c, sp, content, false, hull(content, spRange, tokRange(doc, i)), -0.05, [
    'indirect:clause-then-cue',
    `order:${order}`,
  ]);
}

function mk(
  c: CueCtx,
  sp: Phrase,
  content: Range,
  direct: boolean,
  cons: Range,
  bonus: number,
  reasons: string[],
): Candidate {
  const fragments = direct ? [] : fragmentsIn(c.doc, content);
  return {
    content,
    direct,
    ...(fragments.length > 0 ? { mixed: true, fragments } : {}),
    cue: cueMark(c),
    speaker: sp,
    start: cons.start,
    end: cons.end,
    confidence: baseConfidence(c, sp) + bonus,
    reasons: [...reasons, `cue:${c.entry.cls}`],
  };
}

/** X said: "…" / X said (that) … / X told reporters that … / X described … as …; `sp` may be inherited. */
export function cueThenContent(c: CueCtx, sp: Phrase | null, reason: string): Candidate | null {
  const { doc, s, i, entry } = c;
  let j = contentStart(doc, i, entry, s);
  if (j >= s.to) return null;
  const spRange = sp ? tokRange(doc, sp.outerFrom, sp.outerTo) : null;
  if (isPunct(doc, j, ':,') && openingQuote(doc, j + 1)) j++;
  const q = openingQuote(doc, j);
  if (q && q.level === 0) {
    const rest = q.end >= (doc.tokens[s.to - 1] as Range).end || onlyPunctAfter(doc, q.end, s);
    if (rest) return withCue(c, sp, { start: q.start, end: q.end }, true, spRange, [`direct:cue-then-quote`, reason]);
  }
  const w = doc.lower[j] as string;
  const lemma = entry.verb.lemma;
  const ok =
    w === 'that' ||
    w === ':' ||
    q !== undefined ||
    (entry.verb.bare && /^[\p{L}\p{N}$]/u.test(w) && !isPunct(doc, j, ',')) ||
    (lemma === 'ask' && QUESTION_WORDS.has(w)) ||
    (lemma === 'describe' && hasWithin(doc, j, s.to, 'as', 12));
  if (!ok) return null;
  const from = w === ':' ? j + 1 : j;
  const to = clauseEnd(doc, from, s);
  if (to - from < 2) return null;
  const content = contentRange(doc, from, to);
  const kind = fragmentsIn(doc, content).length > 0 ? 'mixed' : 'indirect';
  return withCue(c, sp, content, false, spRange, [`${kind}:cue-then-clause`, reason]);
}

function withCue(
  c: CueCtx,
  sp: Phrase | null,
  content: Range,
  direct: boolean,
  spRange: Range | null,
  reasons: string[],
) {
  const fragments = direct ? [] : fragmentsIn(c.doc, content);
  const cons = hull(content, spRange, tokRange(c.doc, c.i));
  return {
    content,
    direct,
    ...(fragments.length > 0 ? { mixed: true, fragments } : {}),
    cue: cueMark(c),
    speaker: sp,
    start: cons.start,
    end: cons.end,
    confidence: baseConfidence(c, sp) + (direct ? 0.05 : 0),
    reasons: [...reasons, `cue:${c.entry.cls}`],
  } satisfies Candidate;
}

/** "The plan, he said, would fail": after the attribution's comma a clause of ≥ 3 tokens runs on; its end, or 0. */
function parentheticalTail(doc: Doc, after: number, s: TokenRange): number {
  if (!isPunct(doc, after, ',') || openingQuote(doc, after + 1)) return 0;
  if (TAIL_ADJUNCTS.has(doc.lower[after + 1] as string) || startsAttribution(doc, after + 1, s)) return 0;
  const to = clauseEnd(doc, after + 1, s);
  return to - (after + 1) >= 3 ? to : 0;
}

/** First words of an adjunct after the attribution ("…, he said, in an interview"), not a resumed clause. */
const TAIL_ADJUNCTS = new Set([
  'in',
  'on',
  'at',
  'during',
  'after',
  'before',
  'with',
  'without',
  'while',
  'when',
  'via',
]);

/** After "told": the addressee ("…, a resident told The Associated Press.") when only an end follows it. */
function skipAddressee(doc: Doc, after: number, s: TokenRange): number {
  const np = speakerAfter(doc, after, s.to);
  return np && isClauseEndAfter(doc, np.outerTo, s) ? np.outerTo : after;
}

/** A colon, a quotation or a "that" follows the cue (maybe after adjuncts): the content is on the right. */
function contentFollows(doc: Doc, after: number, s: TokenRange): boolean {
  if (isPunct(doc, after, ':')) return true;
  if (isPunct(doc, after, ',') && openingQuote(doc, after + 1)) return true;
  return !isPunct(doc, after, ',.!?;') && findMarker(doc, after, s.to) >= 0;
}

/** "On Tuesday, he said" / "In a statement, Smith said": the clause is one introductory phrase. */
function introductoryOnly(doc: Doc, from: number, comma: number): boolean {
  if (!INTRODUCTORY.has(doc.lower[from] as string) && !/ing$/.test(doc.lower[from] as string)) return false;
  for (let k = from; k < comma; k++) if (isPunct(doc, k, ',;')) return false;
  return comma - from <= 12;
}

const INTRODUCTORY = new Set([
  'on',
  'in',
  'at',
  'during',
  'after',
  'before',
  'asked',
  'when',
  'while',
  'speaking',
  'later',
  'earlier',
  'last',
  'this',
  'since',
  'from',
  'with',
  'as',
  'of',
  'for',
  'to',
  'by',
  'without',
  'according',
  'like',
  'unlike',
  'then',
  'but',
  'and',
  'also',
  'still',
  'yet',
  'instead',
  'meanwhile',
  'separately',
  'previously',
  'afterward',
  'afterwards',
  'asked',
  'responding',
  'writing',
  'elsewhere',
  'similarly',
  'however',
]);

/** A short run of capitalised words ("Sunday Morning Futures,"): a title in quotes, not a quotation. */
export function isTitle(inner: string): boolean {
  const words = inner
    .replace(/[,.!?…—–-]+$/, '')
    .split(/\s+/)
    .filter(Boolean);
  return (
    words.length >= 2 &&
    words.length <= 6 &&
    words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(of|the|and|a|in|on|for|to|with)$/.test(w))
  );
}

function onlyPunctAfter(doc: Doc, pos: number, s: TokenRange): boolean {
  for (let k = s.from; k < s.to; k++) {
    const t = doc.tokens[k] as Range & { kind: string };
    if (t.start >= pos && t.kind !== 'punct') return false;
  }
  return true;
}

function hasWithin(doc: Doc, j: number, to: number, word: string, n: number): boolean {
  for (let k = j; k < to && k < j + n; k++) if (doc.lower[k] === word) return true;
  return false;
}

export type { CueCtx };
