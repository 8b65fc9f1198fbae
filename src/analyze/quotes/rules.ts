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
 * - indirect:asked-question  Asked whether …, X said no / …, when asked about … / X was asked by Y if …
 * - indirect:as-clause       As X noted, … / …, as X reported.
 * - direct:cue-then-quote (order:inverted)  Said X, “…”
 */
import type { Range } from '../../core/types.js';
import { type Candidate, candidateOf, hull } from './candidate.js';
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
  let sp = coordinatedSpeakers(doc, appositiveAfterQuote(c) ?? speakerBefore(doc, i, c.lo), c.lo);
  let left = sp ? sp.outerFrom : i;
  let after = c.particle ? i + 2 : i + 1;
  let inverted = false;
  if (!sp && c.entry.verb.inverts && i - 1 >= c.lo && (isPunct(doc, i - 1, ',—–') || isQuoteMark(doc, i - 1))) {
    sp = speakerAfter(doc, i + 1, s.to);
    const afterQuote = isQuoteMark(doc, i - 1) || (isPunct(doc, i - 1, ',') && isQuoteMark(doc, i - 2));
    if (afterQuote && (!sp || (sp.kind !== 'name' && !isClauseEndAfter(doc, sp.outerTo, s))))
      sp = postModifiedSpeaker(doc, i + 1, s) ?? sp;
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
  if (
    k < s.from &&
    !(k === s.from - 1 && questionBefore(doc, k, !inverted && (after >= s.to || isPunct(doc, after, '.!'))))
  )
    return null;
  const closeTok = isQuoteMark(doc, k) ? k : isPunct(doc, k, ',—–') && isQuoteMark(doc, k - 1) ? k - 1 : -1;
  const order = inverted ? 'inverted' : 'speaker-first';
  const spRange = tokRange(doc, sp.outerFrom, sp.outerTo);
  if (closeTok >= 0) {
    const q = quoteClosingAt(doc, (doc.tokens[closeTok] as Range).end);
    // "…, 'Well done,' ": a nested quotation closing with the outer one ends in the inner one's punctuation.
    const inner =
      doc.text
        .slice(q?.innerStart ?? 0, q?.innerEnd ?? 0)
        .trim()
        .replace(/(?<=[,.!?…])\s*['’‘]+$/, '') + (closeTok < k ? ',' : '');
    if (!q || !/[,.!?…—–-]$/.test(inner) || isTitle(inner)) return null;
    const sStart = (doc.tokens[s.from] as Range).start;
    const qTok = tokenAt(doc, q.start);
    // "Remarking upon her “genuine empathy,” Starr said, “…”": a quotation after the cue is the content.
    const quoteAfter = !inverted && isPunct(doc, after, ',:') && !!openingQuote(doc, after + 1)?.closed;
    if (q.start > sStart && qTok - s.from >= 2 && !isPunct(doc, qTok - 1, ':,—–')) {
      if (quoteAfter) return null;
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
  // "…, he vows to impose a tax": the cue's own infinitive complement follows, so the clause before is no content.
  const takesTo = c.entry.verb.comp?.split(' ').includes('to') || INFINITIVE_CUES.has(c.entry.verb.lemma);
  if (doc.lower[after] === 'to' && takesTo && infinitiveAt(doc, after + 1, s)) return null;
  if (isPunct(doc, k, '—–') && dateline(doc, s.from, k)) return null;
  const tail = parentheticalTail(doc, after, s);
  if (tail > 0 && k > s.from) {
    const content = contentRange(doc, s.from, tail);
    return mk(c, sp, content, false, content, -0.05, ['indirect:parenthetical-cue', `order:${order}`]);
  }
  // "BRENNO, Estmark, Nov 27 — The toll rose to 112, the directorate said.": the content starts after the dateline.
  const from = afterDateline(doc, s.from, k);
  if (k - from < 3 || introductoryOnly(doc, from, k)) return null;
  const to = clauseEnd(doc, from, { from, to: k + 1 });
  if (to - from < 3) return null;
  const content = rangeOf(doc, from, to);
  return mk(c, sp, content, false, hull(content, spRange, tokRange(doc, i)), -0.05, [
    'indirect:clause-then-cue',
    `order:${order}`,
  ]);
}

const POST_MODIFIERS = new Set(['who', 'with', 'familiar', 'close', 'known', 'speaking', 'involved', 'briefed']);
const SPEAKER_DETERMINERS = new Set(['a', 'an', 'the', 'one', 'another', 'some', 'two', 'three', 'several']);

/**
 * "“…,” said one person with knowledge of the talks, who …" / "said a longtime GOP data expert who has worked
 * for …" / "said the base chief known as Bob": after a quotation and an inverted cue, a determiner, a short
 * noun phrase with a role or capitalised head, then a post-modifier up to the next comma or the sentence end.
 */
function postModifiedSpeaker(doc: Doc, start: number, s: TokenRange): Phrase | null {
  if (!SPEAKER_DETERMINERS.has(doc.lower[start] as string)) return null;
  let h = start + 1;
  while (h < s.to && h - start <= 7 && isWord(doc, h) && !POST_MODIFIERS.has(doc.lower[h] as string)) {
    if (phraseStops.has(doc.lower[h] as string) && !isCap(doc, h)) return null;
    h++;
  }
  if (h - start < 2 || !POST_MODIFIERS.has(doc.lower[h] as string)) return null;
  let e = h + 1;
  while (e < s.to && e - h <= 20 && !isPunct(doc, e, ',.;:!?') && !isQuoteMark(doc, e)) e++;
  if (e - h > 20 || (e < s.to && !isPunct(doc, e, ',.;!?'))) return null;
  return { from: start, to: h, kind: 'role', outerFrom: start, outerTo: e };
}

/** "…, he and Mr. Allen said": a speaker coordinated with the phrase right before it joins it. */
function coordinatedSpeakers(doc: Doc, sp: Phrase | null, lo: number): Phrase | null {
  if (!sp || sp.relative !== undefined || doc.lower[sp.outerFrom - 1] !== 'and') return sp;
  const other = speakerBefore(doc, sp.outerFrom - 1, lo);
  if (!other || other.relative !== undefined || other.outerTo !== sp.outerFrom - 1) return sp;
  if (other.kind !== 'name' && other.kind !== 'pronoun') return sp;
  return { ...sp, from: other.from, outerFrom: other.outerFrom, kind: sp.kind === 'pronoun' ? other.kind : sp.kind };
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
function questionBefore(doc: Doc, k: number, bare = false): boolean {
  if (!isQuoteMark(doc, k)) return false;
  // Not across a paragraph break: "…has it not?”\n\nSanders responded, “It has.”" answers the question.
  const next = doc.tokens[k + 1];
  if (next && doc.text.slice((doc.tokens[k] as Range).end, next.start).includes('\n')) return false;
  const q = quoteClosingAt(doc, (doc.tokens[k] as Range).end);
  // "“… It never gives up.” Hollande said.": a bare "X said." after a quotation closed by a full stop.
  return !!q && !q.single && (bare ? /[?!.…]$/ : /[?!]$/).test(doc.text.slice(q.innerStart, q.innerEnd).trim());
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
  sp: Phrase | null,
  content: Range,
  direct: boolean,
  cons: Range,
  bonus: number,
  reasons: string[],
): Candidate {
  const fragments = direct ? [] : fragmentsIn(c.doc, content);
  return candidateOf(
    {
      content,
      direct,
      ...(fragments.length > 0 ? { mixed: true, fragments } : {}),
      cue: cueMark(c),
      speaker: sp,
      confidence: baseConfidence(c, sp) + bonus,
      reasons: [...reasons, `cue:${c.entry.cls}`],
    },
    cons,
  );
}

/** X said: "…" / X said (that) … / X told reporters that … / X described … as …; `sp` may be inherited. */
export function cueThenContent(c: CueCtx, sp: Phrase | null, reason: string): Candidate | null {
  const { doc, s, i, entry } = c;
  let j = c.particle ? particleContentStart(doc, i + 2, s) : contentStart(doc, i, entry, s);
  if (j >= s.to) return null;
  const spRange = sp ? tokRange(doc, sp.outerFrom, sp.outerTo) : null;
  // "vowed to repeal the Hyde Amendment, that prohibits …": a relative "that" past the object is no complement.
  if (j > i + 1 && doc.lower[j] === 'that' && RELATIVE_THAT_NEXT.has(doc.lower[j + 1] as string)) j = i + 1;
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
  if (to - from < 2 && !(to - from === 1 && (objectWord(c, from) || answerToAsked(doc, s, i)))) return null;
  if (adjunctOnly(doc, from, to)) return null;
  const content = contentRange(doc, from, to);
  const kind = fragmentsIn(doc, content).length > 0 ? 'mixed' : 'indirect';
  return withCue(c, sp, content, false, spRange, [`${kind}:cue-then-clause`, reason]);
}

const ASKED_OPENERS = new Set(['when', 'and', 'but', 'later', 'if', 'once']);
const ASKED_BE = new Set(['was', 'were', 'is', 'are', 'been', 'being']);
const ASKED_STARTS = new Set(['whether', 'if', 'why', 'how', 'what', 'when', 'who', 'whom', 'which', 'where', 'about']);

/**
 * "Asked whether …, the senator said no.", "…, she told CNN when asked about …", "Rubio was asked by the
 * moderator whether …": the question put to someone, up to the comma that resumes the main clause. The
 * asker (a "by" agent) is the speaker when named, else there is none.
 */
export function askedQuestion(c: CueCtx): Candidate | null {
  const { doc, s, i } = c;
  if (c.entry.verb.lemma !== 'ask' || c.entry.form !== 'past') return null;
  let p = i - 1;
  while (p >= s.from && ASKED_OPENERS.has(doc.lower[p] as string)) p--;
  const opens = p < s.from || (p < i - 1 && isPunct(doc, p, ',—–(')) || isPunct(doc, i - 1, ',—–(');
  const passive = ASKED_BE.has(doc.lower[i - 1] as string);
  if (!opens && !passive && doc.lower[i - 1] !== 'when') return null;
  let j = i + 1;
  let agent: Phrase | null = null;
  if (doc.lower[j] === 'by') {
    agent = speakerAfter(doc, j + 1, s.to);
    if (!agent) return null;
    j = agent.to;
  }
  let from = -1;
  for (let k = j; k < s.to && k - j <= 6; k++) {
    const w = doc.lower[k] as string;
    if (ASKED_STARTS.has(w)) {
      from = w === 'about' ? k + 1 : k;
      break;
    }
    if (w === 'to' && infinitiveAt(doc, k + 1, s) && !anonymity(doc, k + 1)) {
      from = k;
      break;
    }
    if (doc.tokens[k]?.kind !== 'word' || cueOf(w)) return null;
  }
  if (from < 0) return null;
  const to = questionEnd(doc, from, s);
  if (to - from < 2) return null;
  const content = contentRange(doc, from, to);
  return withCue(c, agent, content, false, agent ? tokRange(doc, agent.from, agent.to) : null, [
    'indirect:asked-question',
    agent ? 'speaker:asked-by' : 'speaker:none',
  ]);
}

const INFINITIVE_CUES = new Set([
  'vow',
  'pledge',
  'promise',
  'threaten',
  'offer',
  'refuse',
  'agree',
  'decline',
  'swear',
]);

/** The first token after a dateline that opens the sentence ("WASHINGTON (AP) — …"), else `from`. */
function afterDateline(doc: Doc, from: number, before: number): number {
  for (let d = from + 1; d < before && d - from <= 10; d++) {
    if (isPunct(doc, d, '—–') && dateline(doc, from, d)) return d + 1;
  }
  return from;
}

/** "WASHINGTON (AP) —", "DECATUR, Ill. —", "WASHINGTON, June 10 (UPI) --": a dateline before a dash, not a clause. */
function dateline(doc: Doc, from: number, dash: number): boolean {
  if (dash - from > 10) return false;
  const t = doc.tokens[from] as Range;
  const first = doc.text.slice(t.start, t.end);
  return first.length >= 3 && /^\p{Lu}+$/u.test(first);
}

// biome-ignore format: a compact word list
const RELATIVE_THAT_NEXT = new Set([
  'is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'prohibits', 'allows',
  'requires', 'includes', 'included', 'tilts', 'injects', 'makes', 'made', 'gives', 'gave',
]);

const AS_ADJUNCTS = new Set(['in', 'on', 'at', 'during', 'last', 'this', 'earlier', 'recently', 'yesterday', 'once']);
const AS_OPENERS = new Set(['but', 'and', 'yet', 'so', 'or', 'just', 'exactly', 'precisely']);

/**
 * "As Clyburn noted, those voters will …" / "… will give him a look, as Clyburn noted.": an "as" clause
 * attributes the main clause around it (before or after), not a complement of its own.
 */
export function asClause(c: CueCtx): Candidate | null {
  const { doc, s, i } = c;
  const sp = speakerBefore(doc, i, c.lo);
  if (!sp || sp.relative !== undefined) return null;
  const as = sp.outerFrom - 1;
  if (as < s.from || doc.lower[as] !== 'as') return null;
  let after = c.particle ? i + 2 : i + 1;
  if (AS_ADJUNCTS.has(doc.lower[after] as string)) {
    let k = after + 1;
    while (k < s.to && k - after <= 7 && doc.tokens[k]?.kind === 'word' && !cueOf(doc.lower[k] as string)) k++;
    if (!isPunct(doc, k, ',.;')) return null;
    after = k;
  }
  let p = as - 1;
  while (p >= s.from && AS_OPENERS.has(doc.lower[p] as string)) p--;
  // "Of course, as Pollak observed, …" / "And, as The Post reported, …": a short opener and its comma.
  if (p > s.from && p - s.from <= 2 && isPunct(doc, p, ',')) p = s.from - 1;
  const spRange = tokRange(doc, sp.outerFrom, sp.outerTo);
  const reasons = (order: string) => ['indirect:as-clause', order];
  if ((p < s.from || isPunct(doc, p, ';:—–')) && isPunct(doc, after, ',')) {
    const to = clauseEnd(doc, after + 1, s);
    if (to - (after + 1) < 3 || openingQuote(doc, after + 1)) return null;
    return withCue(c, sp, contentRange(doc, after + 1, to), false, spRange, reasons('order:as-first'));
  }
  if (isPunct(doc, as - 1, ',—–') && as - 1 > s.from && isClauseEndAfter(doc, after, s)) {
    if (as - 1 - s.from < 3 || introductoryOnly(doc, s.from, as - 1)) return null;
    const to = clauseEnd(doc, s.from, { from: s.from, to: as });
    if (to - s.from < 3) return null;
    return withCue(c, sp, contentRange(doc, s.from, to), false, spRange, reasons('order:as-last'));
  }
  return null;
}

/** "Said Dorothy Poynter, who grew up with Ali, “We were all so proud.”": an inverted cue opening the sentence. */
export function invertedOpening(c: CueCtx): Candidate | null {
  const { doc, s, i } = c;
  if (i !== s.from || !c.entry.verb.inverts || c.entry.form !== 'past') return null;
  const sp = speakerAfter(doc, i + 1, s.to);
  if (!sp || sp.kind === 'pronoun') return null;
  let j = sp.outerTo;
  if (!isPunct(doc, j, ',:')) return null;
  j++;
  const q = openingQuote(doc, j);
  if (q?.level !== 0 || q.single) return null;
  return withCue(c, sp, { start: q.start, end: q.end }, true, tokRange(doc, sp.outerFrom, sp.outerTo), [
    'direct:cue-then-quote',
    'order:inverted',
  ]);
}

/** End of an "asked …" question: the first comma, semicolon or dash outside a quotation, or the sentence end. */
function questionEnd(doc: Doc, from: number, s: TokenRange): number {
  let k = from;
  for (; k < s.to; k++) {
    const t = doc.tokens[k] as Range;
    const q = openingQuote(doc, k);
    if (q && q.level === 0) {
      while (k + 1 < s.to && (doc.tokens[k + 1] as Range).end <= q.end) k++;
      continue;
    }
    if (t && isPunct(doc, k, ',;—–')) break;
  }
  let end = k;
  while (end > from && isPunct(doc, end - 1, '.!?,;:')) end--;
  return end;
}

/** "Asked if he was ever bullied, the candidate said no": a one-word answer to a question asked before the cue. */
function answerToAsked(doc: Doc, s: TokenRange, i: number): boolean {
  for (let k = s.from; k < i; k++) if (doc.lower[k] === 'asked') return true;
  return false;
}

/** "endorsed Clinton", "attacked him": a one-word object of a cue that takes a noun phrase. */
function objectWord(c: CueCtx, k: number): boolean {
  if (!c.entry.verb.bare || SAY_LIKE.has(c.entry.verb.lemma)) return false;
  const w = c.doc.lower[k] as string;
  return (isCap(c.doc, k) && !phraseStops.has(w)) || w === 'him' || w === 'her' || w === 'them';
}

const SAY_LIKE = new Set(['say', 'tell', 'add', 'state', 'note', 'write', 'claim', 'explain', 'suggest']);

const ADJUNCT_STARTS = new Set(['this', 'last', 'on', 'in', 'at', 'earlier', 'later', 'during', 'yesterday', 'today']);

const ADJUNCT_ONLY_STARTS = new Set(['in', 'of', 'on', 'at', 'during']);
// biome-ignore format: a compact word list
const CLAUSE_WORDS = new Set([
  'he', 'she', 'they', 'it', 'we', 'i', 'you', 'that', 'is', 'was', 'are', 'were', 'will', 'would', 'has', 'have',
  'had', 'can', 'could', 'should', 'must', 'may', 'might', 'there', 'this',
]);
const SUBORDINATE_STARTS = new Set(['while', 'as', 'after', 'before', 'during', 'since', 'although', 'though']);

function hasQuote(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isQuoteMark(doc, k)) return true;
  return false;
}

/** "wrote this week", "said on Monday": a short adjunct is no content. */
function adjunctOnly(doc: Doc, from: number, to: number): boolean {
  // "said while promoting a film", "told him as he labored over the speech": a subordinate clause, no content.
  if (SUBORDINATE_STARTS.has(doc.lower[from] as string) && !hasQuote(doc, from, to)) return true;
  // "said in a statement provided to POLITICO", "said of the encounter he had last week": a long adjunct with
  // no clause of its own (no subject pronoun, finite verb or quotation).
  if (ADJUNCT_ONLY_STARTS.has(doc.lower[from] as string) && !hasQuote(doc, from, to)) {
    let clause = false;
    for (let k = from; k < to && !clause; k++)
      clause = CLAUSE_WORDS.has(doc.lower[k] as string) || isPunct(doc, k, ',');
    if (!clause) return true;
  }
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
]);

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

/** A cue-verb candidate whose construction runs from the speaker to the content; direct quotes rank higher. */
function withCue(
  c: CueCtx,
  sp: Phrase | null,
  content: Range,
  direct: boolean,
  spRange: Range | null,
  reasons: string[],
): Candidate {
  return mk(c, sp, content, direct, hull(content, spRange, tokRange(c.doc, c.i)), direct ? 0.05 : 0, reasons);
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
  // "…, the president told her." / "The solution, the partner told them, was simple."
  if (OBJECT_PRONOUNS.has(doc.lower[after] as string) && isClauseEndAfter(doc, after + 1, s)) return after + 1;
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
  // "But this was the first time …, she said": a finite verb makes a clause.
  for (let k = from; k < comma; k++) if (isPunct(doc, k, ',;') || FINITE.has(doc.lower[k] as string)) return false;
  return comma - from <= 12;
}

const CONJUNCTIONS = new Set(['but', 'and', 'yet', 'so']);
// biome-ignore format: a compact word list
const FINITE = new Set([
  'is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'does', 'did', "'s",
  '’s',
]);

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
