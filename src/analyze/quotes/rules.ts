/**
 * @module analyze/quotes/rules
 * The cue-verb rules. Given a reporting verb at token `i` of a sentence:
 * - direct:quote-then-cue   "…," Peskov said / "…," said Peskov, the Kremlin spokesman
 * - indirect:clause-then-cue  The talks stalled, Peskov said.
 * - indirect:parenthetical-cue  The talks, Peskov said, stalled. (content: the whole sentence around it)
 * - direct:cue-then-quote   Peskov said: "…" / Peskov said, "…"
 * - mixed:cue-then-clause   Peskov said the plan "corresponds in many ways" with …
 * - indirect:cue-then-clause  Peskov said (that) … / told reporters that … / described … as …; also the
 *   communicative acts' frames: "accused X of Y", "criticized X for Y", "urged X to Y", "vowed to Y", "called
 *   him a liar", and phrasal cues whose particle joins the cue ("called for Y", "pointed out that …")
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
import {
  type Doc,
  isCap,
  isPunct,
  isQuoteMark,
  isWord,
  quoteClosingAt,
  rangeOf,
  type TokenRange,
  tokenAt,
} from './doc.js';
import { type CueEntry, cueOf, phraseStops } from './lexicon.js';
import { type Phrase, speakerAfter, speakerBefore } from './phrases.js';
import { appositiveSubject } from './subject.js';

const QUESTION_WORDS = new Set(['whether', 'if', 'why', 'how', 'what', 'when', 'who', 'where', 'about']);

interface CueCtx {
  readonly doc: Doc;
  readonly s: TokenRange;
  readonly i: number;
  readonly entry: CueEntry;
  readonly lo: number;
  /** The next token is the cue's particle ("called for", "pointed out"): it belongs to the cue. */
  readonly particle?: boolean;
}

const tokRange = (doc: Doc, from: number, to = from + 1): Range => rangeOf(doc, from, to);

function cueMark(c: CueCtx) {
  const r = tokRange(c.doc, c.i, c.particle ? c.i + 2 : c.i + 1);
  return { text: c.doc.text.slice(r.start, r.end), range: r };
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
  let sp = appositiveAfterQuote(c) ?? speakerBefore(doc, i, c.lo);
  let left = sp ? sp.outerFrom : i;
  let after = c.particle ? i + 2 : i + 1;
  let inverted = false;
  if (!sp && c.entry.verb.inverts && i - 1 >= c.lo && (isPunct(doc, i - 1, ',—–') || isQuoteMark(doc, i - 1))) {
    sp = speakerAfter(doc, i + 1, s.to);
    if (!sp || sp.kind === 'pronoun') return null;
    // "…,'' said the candidate could win": a role phrase followed by a verb is the clause's subject.
    if (sp.kind !== 'name' && !isClauseEndAfter(doc, sp.outerTo, s) && !isPunct(doc, sp.outerTo, ':')) return null;
    inverted = true;
    left = i;
    after = sp.outerTo;
  }
  if (!sp) return null;
  if (!inverted && c.entry.verb.object) after = skipAddressee(doc, after, s);
  const k = inverted ? left - 1 : modifiersBefore(doc, left - 1, s);
  if (k < s.from && !(k === s.from - 1 && questionBefore(doc, k))) return null;
  const closeTok = isQuoteMark(doc, k) ? k : isPunct(doc, k, ',—–') && isQuoteMark(doc, k - 1) ? k - 1 : -1;
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
  if (!isPunct(doc, k, ',—–') || !isClauseEndAfter(doc, after, s) || contentFollows(doc, after, s)) return null;
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

/**
 * "“…,” veteran analyst Charlie Cook wrote": up to three lower-case modifiers the phrase finder left out sit between
 * the closing quote and the speaker; the index of the closing quote (or its comma) then, else `k` unchanged.
 */
function modifiersBefore(doc: Doc, k: number, s: TokenRange): number {
  let m = k;
  while (m > s.from && k - m < 3 && isWord(doc, m) && !isCap(doc, m) && !phraseStops.has(doc.lower[m] as string)) m--;
  if (m === k) return k;
  return isQuoteMark(doc, m) || (isPunct(doc, m, ',') && isQuoteMark(doc, m - 1)) ? m : k;
}

/** "“Can we win Illinois?” Mr. Manafort asked.": the splitter ended the sentence at the quotation's "?” / !”". */
function questionBefore(doc: Doc, k: number): boolean {
  if (!isQuoteMark(doc, k)) return false;
  const q = quoteClosingAt(doc, (doc.tokens[k] as Range).end);
  return !!q && !q.single && /[?!]$/.test(doc.text.slice(q.innerStart, q.innerEnd).trim());
}

/** "“…,” Mr. Daniloff, now 81 and retired in Cambridge, Mass., said.": a name with a long apposition after a quote. */
function appositiveAfterQuote(c: CueCtx): Phrase | null {
  const { doc, s, i } = c;
  for (let k = i - 1; k >= c.lo && i - k <= 48; k--) {
    if (!isQuoteMark(doc, k)) continue;
    const q = quoteClosingAt(doc, (doc.tokens[k] as Range).end);
    if (!q) continue; // an apostrophe ("Sanders’ campaign manager")
    const from = isPunct(doc, k + 1, ',') ? k + 2 : k + 1;
    const sp = appositiveSubject(doc, { from, to: s.to }, i, from);
    return sp && sp.from === from ? sp : null;
  }
  return null;
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
  let j = c.particle ? particleContentStart(doc, i + 2, s) : contentStart(doc, i, entry, s);
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
    ((entry.verb.bare || c.particle) && /^[\p{L}\p{N}$]/u.test(w) && !isPunct(doc, j, ',')) ||
    (lemma === 'ask' && QUESTION_WORDS.has(w)) ||
    (lemma === 'ask' && questionAfterAddressee(doc, j, s) >= 0) ||
    (lemma === 'describe' && hasWithin(doc, j, s.to, 'as', 12));
  const frame = ok ? -1 : complementFrame(c);
  if (!ok && frame < 0) return null;
  const asked = lemma === 'ask' && !QUESTION_WORDS.has(w) ? questionAfterAddressee(doc, j, s) : -1;
  const from = w === ':' ? j + 1 : asked >= 0 ? asked : ok ? j : frame;
  const to = clauseEnd(doc, from, s);
  if (to - from < 2 && !(to - from === 1 && objectWord(c, from))) return null;
  if (adjunctOnly(doc, from, to)) return null;
  const content = contentRange(doc, from, to);
  const kind = fragmentsIn(doc, content).length > 0 ? 'mixed' : 'indirect';
  return withCue(c, sp, content, false, spRange, [`${kind}:cue-then-clause`, reason]);
}

/** "endorsed Clinton", "attacked him": a one-word object of a cue that takes a noun phrase. */
function objectWord(c: CueCtx, k: number): boolean {
  if (!c.entry.verb.bare || SAY_LIKE.has(c.entry.verb.lemma)) return false;
  const w = c.doc.lower[k] as string;
  return (isCap(c.doc, k) && !phraseStops.has(w)) || w === 'him' || w === 'her' || w === 'them';
}

const SAY_LIKE = new Set(['say', 'tell', 'add', 'state', 'note', 'write', 'claim', 'explain', 'suggest']);

const ADJUNCT_STARTS = new Set(['this', 'last', 'on', 'in', 'at', 'earlier', 'later', 'during', 'yesterday', 'today']);

/** "wrote this week", "said on Monday": a short adjunct is no content. */
function adjunctOnly(doc: Doc, from: number, to: number): boolean {
  if (to - from > 4 || !ADJUNCT_STARTS.has(doc.lower[from] as string)) return false;
  for (let k = from; k < to; k++) if (isQuoteMark(doc, k)) return false;
  return true;
}

/** "asked workers if …", "asked the candidates why …": the question word after a short addressee, or -1. */
function questionAfterAddressee(doc: Doc, j: number, s: TokenRange): number {
  for (let k = j + 1; k < s.to && k - j <= 6; k++) {
    if (doc.tokens[k]?.kind === 'punct' && !isPunct(doc, k, '-')) return -1;
    if (QUESTION_WORDS.has(doc.lower[k] as string) && doc.lower[k] !== 'about') return k;
  }
  return -1;
}

/** After a particle ("pointed out", "called for"): skip "at X" / adjuncts before a "that", else right after it. */
function particleContentStart(doc: Doc, j: number, s: TokenRange): number {
  if (j >= s.to) return j;
  const w = doc.lower[j] as string;
  if (w === 'that' || isPunct(doc, j, ':')) return j;
  const marker = doc.lower[j - 1] === 'out' || doc.lower[j - 1] === 'in' ? findMarker(doc, j, s.to) : -1;
  return marker >= 0 && doc.lower[marker] === 'that' ? marker : j;
}

const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'it', 'us', 'me', 'you', 'himself', 'herself', 'themselves']);
const FRAME_MAX = 14;

/**
 * A complement frame after the cue: "vowed to fight" / "urged voters to stay home" (content from "to"),
 * "accused X of Y" / "criticized X for Y" (content from the object), "called him a liar" (object and predicate).
 * Returns the content's first token, or -1.
 */
function complementFrame(c: CueCtx): number {
  const { doc, s, i, entry } = c;
  const comps = entry.verb.comp ? entry.verb.comp.split(' ') : [];
  if (entry.verb.label) {
    const lab = labelFrame(doc, i + 1, s);
    if (lab) return i + 1;
  }
  if (comps.length === 0) return -1;
  for (let k = i + 1; k < s.to && k - i <= FRAME_MAX; k++) {
    const w = doc.lower[k] as string;
    if (comps.includes(w)) {
      if (w === 'to') return infinitiveAt(doc, k + 1, s) && !anonymity(doc, k + 1) ? k : -1;
      return k > i + 1 ? i + 1 : -1;
    }
    if (doc.tokens[k]?.kind === 'punct' && !isPunct(doc, k, '-') && !/^['’]s$/.test(w)) return -1;
    if (w === 'that' || (k > i + 1 && cueOf(w))) return -1;
  }
  return -1;
}

/** "asked not to be named / identified / quoted": a request for anonymity, not reported content. */
function anonymity(doc: Doc, k: number): boolean {
  return doc.lower[k] === 'be' && /^(named|identified|quoted)$/.test(doc.lower[k + 1] ?? '');
}

const NOT_VERBS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our']);

/** A lower-case verb-like word after "to" (not "to the election", "to 2020", "to Iowa"). */
function infinitiveAt(doc: Doc, k: number, s: TokenRange): boolean {
  if (k >= s.to || doc.tokens[k]?.kind !== 'word' || isCap(doc, k)) return false;
  const w = doc.lower[k] as string;
  return !NOT_VERBS.has(w) && !OBJECT_PRONOUNS.has(w) && !/(ing|ly|tion|ment|ness)$/.test(w);
}

/** "called him a liar", "calling Trump “a fraud”": an object, then a predicate opened by an article or a quote. */
function labelFrame(doc: Doc, k: number, s: TokenRange): boolean {
  let m = k;
  if (OBJECT_PRONOUNS.has(doc.lower[m] as string)) m++;
  else {
    const np = speakerAfter(doc, m, s.to);
    if (!np) return thingLabelled(doc, k, s);
    m = np.to;
  }
  const w = doc.lower[m] as string;
  if (w === 'a' || w === 'an' || w === 'the' || (!!openingQuote(doc, m) && m > k && m - k <= 4)) return true;
  return thingLabelled(doc, k, s);
}

const LABEL_OBJECT_START = new Set(['the', 'this', 'that', 'its', 'his', 'her', 'their', 'our']);
const NOT_A_LABEL = new Set([
  'few',
  'day',
  'week',
  'month',
  'year',
  'hour',
  'minute',
  'time',
  'times',
  'second',
  'lot',
  'number',
  'couple',
  'bit',
]); // prettier-ignore

/**
 * "called the Trump administration's move a positive one", "called the decision a mistake": a determiner, up
 * to six words of a noun phrase (possessives allowed), then "a"/"an" and a short predicate that ends the clause
 * — not a measure ("called the embassy a day later").
 */
function thingLabelled(doc: Doc, k: number, s: TokenRange): boolean {
  if (!LABEL_OBJECT_START.has(doc.lower[k] as string)) return false;
  let m = k + 1;
  while (m < s.to && m - k <= 7 && doc.lower[m] !== 'a' && doc.lower[m] !== 'an') {
    if (doc.tokens[m]?.kind !== 'word' && !/^['’]s?$/.test(doc.lower[m] as string)) return false;
    m++;
  }
  if (m - k < 2 || (doc.lower[m] !== 'a' && doc.lower[m] !== 'an')) return false;
  let e = m + 1;
  while (e < s.to && e - m <= 4 && doc.tokens[e]?.kind === 'word') {
    if (NOT_A_LABEL.has(doc.lower[e] as string)) return false;
    e++;
  }
  return e - m >= 2 && (e >= s.to || isPunct(doc, e, '.,;!?') || doc.lower[e] === 'and' || doc.lower[e] === 'but');
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
  return to - (after + 1) >= 2 ? to : 0;
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
function introductoryOnly(doc: Doc, start: number, comma: number): boolean {
  // "But on Monday, …" is introductory; "But the ministry maintained …" is a clause.
  const from = CONJUNCTIONS.has(doc.lower[start] as string) && start + 1 < comma ? start + 1 : start;
  if (!INTRODUCTORY.has(doc.lower[from] as string) && !/ing$/.test(doc.lower[from] as string)) return false;
  for (let k = from; k < comma; k++) if (isPunct(doc, k, ',;')) return false;
  return comma - from <= 12;
}

const CONJUNCTIONS = new Set(['but', 'and', 'yet', 'so']);

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
