/**
 * @module analyze/quotes/find
 * Text + sentences → quotes. Three passes: (1) the cue-verb and verb-less rules, sentence by sentence, each
 * token in at most one attribution's content (a cue inside a quotation or inside claimed content is not a
 * cue); noun frames ("his claim that …") and studies ("In a new CNN poll, …") are taken last in their sentence,
 * only where no verb attribution covers them; (2) quote-only sentences that continue a quoted speaker; (3) in
 * text order, speakers resolved against the names seen so far and relays attached to the nearest quote of
 * their sentence. Speakers a cue can have besides the phrase before it: a long apposition ("X, who …, said"), a
 * share of people ("Six in 10 say"), the antecedent of "who", the main clause's subject ("…, saying", "by
 * saying", "went on to say"), a carrying document ("a statement saying"), a title-case headline ("X Says Y").
 */
import type { Range } from '../../core/types.js';
import type { Sentence } from '../text/index.js';
import type { Candidate } from './candidate.js';
import { buildDoc, type Doc, isCap, isPunct, isQuoteMark, quoteAt, type TokenRange, tokenAt } from './doc.js';
import { cueAt, cueOf, determiners, documentNouns, roleNouns } from './lexicon.js';
import { inStudy, nounFrame } from './nouns.js';
import { accordingTo, colonQuote, continuation, headlineColon, quoteThenVerb, verbCommaQuote } from './other-rules.js';
import { distantWho, type Phrase, skipCuePrefixes, speakerBefore, subjectOf } from './phrases.js';
import { findRelays, type Relay } from './relay.js';
import { SpeakerResolver } from './resolve.js';
import {
  asClause,
  askedQuestion,
  type CueCtx,
  cueThenContent,
  invertedOpening,
  quoteOrClauseThenCue,
} from './rules.js';
import {
  appositiveSubject,
  bareGroupSubject,
  interruptedSubject,
  looseSubject,
  mainSubject,
  quantitySubject,
  relativeSubject,
} from './subject.js';
import type { Quote, QuoteOptions, QuoteSpeaker } from './types.js';

interface Found {
  readonly cand: Candidate;
  readonly sentence: number;
}

/** Quotes in `text`, in text order. `sentences` come from `splitSentences(text, blocks)`. */
export function findQuotes(text: string, sentences: readonly Sentence[], options: QuoteOptions = {}): Quote[] {
  const doc = buildDoc(text, sentences);
  const found: Found[] = [];
  const claimed: Range[] = [];
  doc.sentenceTokens.forEach((s, idx) => {
    for (const cand of sentenceCandidates(doc, s, options, claimed)) found.push({ cand, sentence: idx });
  });
  if (options.continuations !== false) addContinuations(doc, found, claimed);
  found.sort((a, b) => a.cand.start - b.cand.start);
  const quotes = emit(doc, found);
  const min = options.minConfidence ?? 0;
  return quotes.filter((q) => q.confidence >= min);
}

/** Whether `r` overlaps one of the most recent claimed ranges (claims are made in near text order). */
function overlapsAny(r: Range, list: readonly Range[]): boolean {
  for (let k = list.length - 1; k >= 0 && k >= list.length - RECENT; k--) {
    const c = list[k] as Range;
    if (c.start < r.end && r.start < c.end) return true;
  }
  return false;
}

const RECENT = 24;

function insideQuote(doc: Doc, pos: number): boolean {
  const q = quoteAt(doc, pos);
  return !!q && pos > q.start && pos < q.end - (q.closed ? 1 : 0);
}

function sentenceCandidates(doc: Doc, s: TokenRange, options: QuoteOptions, claimed: Range[]): Candidate[] {
  const out: Candidate[] = [];
  const take = (c: Candidate | null): boolean => {
    if (!c || overlapsAny(c.content, claimed) || c.content.end <= c.content.start) return false;
    out.push(c);
    claimed.push(c.content);
    return true;
  };
  // "But the country maintained that …, the document said.": a closing attribution is the outer one, so what
  // it covers is claimed first and a cue inside it is part of what was said.
  take(closingAttribution(doc, s, options));
  let headline: boolean | undefined;
  /** Noun frames ("his claim that …") yield to the sentence's verb attributions. */
  const deferred: Candidate[] = [];
  for (let i = s.from; i < s.to; i++) {
    const pos = (doc.tokens[i] as Range).start;
    if (insideQuote(doc, pos) || overlapsAny({ start: pos, end: pos + 1 }, claimed)) continue;
    if (take(accordingTo(doc, s, i))) continue;
    const study = inStudy(doc, s, i);
    if (study) deferred.push(study);
    const at = cueAt(doc.lower, i);
    if (!at || (at.entry.cls === 'belief' && !options.beliefs)) {
      const nf = nounFrame(doc, s, i, Math.max(s.from, lastClaimedToken(doc, s, claimed, i)));
      if (nf) deferred.push(nf);
      continue;
    }
    const { entry, particle } = at;
    if (adjectivalParticiple(doc, i, entry.form)) continue;
    if (isCap(doc, i) && i > s.from && !isQuoteMark(doc, i - 1)) {
      headline = headline ?? isHeadline(doc, s);
      if (!headline) continue;
    }
    const lo = Math.max(s.from, lastClaimedToken(doc, s, claimed, i));
    const c: CueCtx = { doc, s, i, entry, lo, particle };
    const cand = cueCandidate(c, out);
    if (take(cand) && cand) take(interruptedQuote(doc, cand));
    else if (!cand && entry.verb.noun) {
      const nf = nounFrame(doc, s, i, lo);
      if (nf) deferred.push(nf);
    }
  }
  for (const nf of deferred) if (!out.some((c) => overlapping(c, nf))) take(nf);
  if (out.length === 0 && !insideQuote(doc, (doc.tokens[s.from] as Range | undefined)?.start ?? 0)) {
    take(headlineColon(doc, s));
  }
  take(colonQuote(doc, s));
  if (out.length === 0) take(quoteThenVerb(doc, s) ?? verbCommaQuote(doc, s));
  return dropRelayedAccordingTo(doc, s, out);
}

/**
 * "…, the document said." / "…, officials added.": a sentence that ends in "<speaker> <cue>" after a comma,
 * read over the whole sentence (clause-then-cue only; direct quotations are found by the main pass as before).
 */
function closingAttribution(doc: Doc, s: TokenRange, options: QuoteOptions): Candidate | null {
  let i = s.to - 1;
  while (i > s.from && isPunct(doc, i, '.!')) i--;
  if (i - s.from < 5 || insideQuote(doc, (doc.tokens[i] as Range).start)) return null;
  const at = cueAt(doc.lower, i);
  if (!at || at.particle || at.entry.form === 'ing' || at.entry.form === 'base') return null;
  if (at.entry.cls === 'belief' && !options.beliefs) return null;
  const cand = quoteOrClauseThenCue({ doc, s, i, entry: at.entry, lo: s.from, particle: at.particle });
  return cand?.reasons[0] === 'indirect:clause-then-cue' ? cand : null;
}

/** Words before a participle that make it an adjective of the noun after it ("the five declared powers"). */
const ATTRIBUTIVE_BEFORE = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'these',
  'those',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'several',
  'many',
]);
const CLAUSE_AFTER = new Set([
  'that',
  'to',
  'by',
  'on',
  'in',
  'at',
  'for',
  'of',
  'with',
  'and',
  'or',
  'as',
  'it',
  'he',
  'she',
  'they',
  'we',
  'i',
  'you',
]);

/** "the five declared nuclear powers", "his stated aim", "the 12 reported cases": a participle used as an adjective. */
function adjectivalParticiple(doc: Doc, i: number, form: string): boolean {
  if (form !== 'past') return false;
  const before = doc.lower[i - 1] ?? '';
  const after = doc.lower[i + 1] ?? '';
  if (!ATTRIBUTIVE_BEFORE.has(before) && !/^\d[\d,.]*$/.test(before)) return false;
  // "one in four said the party …": a determiner after the participle opens its object or clause.
  if (determiners.has(after)) return false;
  return (
    /^\p{Ll}[\p{Ll}-]*$/u.test(doc.text.slice(doc.tokens[i + 1]?.start ?? 0, doc.tokens[i + 1]?.end ?? 0)) &&
    !CLAUSE_AFTER.has(after)
  );
}

/** Two candidates whose constructions overlap (a noun frame inside a verb attribution's span). */
function overlapping(a: Candidate, b: Candidate): boolean {
  return a.start < b.end && b.start < a.end;
}

/** “A,” Blackwell added, “B.” — the quotation resumed after the attribution has the same speaker. */
function interruptedQuote(doc: Doc, first: Candidate): Candidate | null {
  if (first.reasons[0] !== 'direct:quote-then-cue') return null;
  let k = tokenAt(doc, first.end);
  if (!isPunct(doc, k, ',:')) return null;
  k++;
  const q = quoteAt(doc, doc.tokens[k]?.start ?? -1);
  if (!q || q.start !== doc.tokens[k]?.start || q.single) return null;
  const content = { start: q.start, end: q.end };
  return {
    ...first,
    content,
    start: first.start,
    end: q.end,
    mixed: undefined,
    reasons: ['direct:interrupted-quote', ...first.reasons.slice(1)],
  };
}

/** Token index right after the last claimed content that ends before token `i` in this sentence. */
function lastClaimedToken(doc: Doc, s: TokenRange, claimed: readonly Range[], i: number): number {
  const at = (doc.tokens[i] as Range).start;
  let end = -1;
  for (let k = claimed.length - 1; k >= 0 && k >= claimed.length - RECENT; k--) {
    const r = claimed[k] as Range;
    if (r.end <= at && r.end > end) end = r.end;
  }
  let k = s.from;
  while (k < i && (doc.tokens[k] as Range).start < end) k++;
  return k;
}

function cueCandidate(c: CueCtx, sentenceSoFar: readonly Candidate[]): Candidate | null {
  const { doc, i, entry } = c;
  if (entry.form === 'ing') {
    if (quotedAsSaying(doc, i)) return passiveQuoted(c);
    const prog = progressiveSubject(c);
    if (prog) return nounCueOk(c, prog) ? cueThenContent(c, prog, 'order:speaker-first') : null;
    const carrier = documentBefore(c);
    if (carrier) {
      const sp = mainSubject(doc, c.s, carrier.from) ?? carrier;
      return cueThenContent(c, sp, 'speaker:document-saying');
    }
    const comma = i > c.s.from && isPunct(doc, i - 1, ',—–');
    const by = i - 1 > c.s.from && MANNER_WORDS.has(doc.lower[i - 1] as string);
    if (!comma && !by) return null;
    const sp = mainClauseSpeaker(doc, c.s, sentenceSoFar) ?? mainSubject(doc, c.s, i);
    if (entry.cls === 'document' && sp?.kind !== 'document') return null;
    return sp ? cueThenContent(c, sp, by ? 'speaker:by-saying' : 'speaker:main-clause') : null;
  }
  if (entry.form === 'base' && doc.lower[i - 1] === 'to' && entry.cls !== 'belief') {
    // "He went on to say, “…”", "Trump took to Twitter to denounce …": the subject of the governing verb.
    const sp = governingSubject(c);
    return sp && (entry.cls === 'speech' || sp.kind === 'document')
      ? cueThenContent(c, sp, 'speaker:infinitive')
      : null;
  }
  const opening = askedQuestion(c) ?? invertedOpening(c) ?? asClause(c);
  if (opening) return opening;
  const docOnly = entry.cls === 'document';
  const first = quoteOrClauseThenCue(c);
  if (first && (!docOnly || first.speaker?.kind === 'document') && nounCueOk(c, first.speaker)) return first;
  let sp =
    relativeOfSpeaker(c, sentenceSoFar) ??
    (entry.cls === 'speech' ? (relativeSubject(doc, c.s, i, c.lo) ?? interruptedSubject(doc, c.s, i, c.lo)) : null) ??
    speakerBefore(doc, i, c.lo) ??
    relativeCarrier(c, sentenceSoFar) ??
    distantWho(doc, i, c.lo) ??
    coordinatedSubject(c, sentenceSoFar) ??
    (SAY.has(entry.verb.lemma) ? (quantitySubject(doc, i, c.lo) ?? bareGroupSubject(doc, i, c.lo)) : null) ??
    (entry.cls === 'speech' ? (appositiveSubject(doc, c.s, i, c.lo) ?? looseSubject(doc, c.s, i, c.lo)) : null);
  if (docOnly && sp?.kind !== 'document') sp = documentSubject(c) ?? (findsThat(c, sp) ? sp : null);
  if (!sp || !nounCueOk(c, sp)) return null;
  if (entry.form === 'base' && !auxiliaryBefore(doc, i, c.lo) && !pluralSpeaker(doc, c.s, sp)) {
    // "At least half of voters in each state say": the phrase finder took "each state"; the whole subject is plural.
    const loose = entry.cls === 'speech' ? looseSubject(doc, c.s, i, c.lo) : null;
    if (!loose || loose.from > sp.from || loose.to !== sp.to || !pluralWithin(doc, loose)) return null;
    sp = loose;
  }
  return cueThenContent(c, sp, 'order:speaker-first');
}

const AUXILIARIES = new Set(['did', 'does', 'do', 'would', 'will', 'could', 'might', 'may', 'must', 'should', 'can']);

/**
 * "he did say", "she would argue": a base-form cue after an auxiliary is finite for any subject. Not negated
 * ("did not respond", "will not say whether") — a statement that something was not said.
 */
function auxiliaryBefore(doc: Doc, i: number, lo: number): boolean {
  // "Only time will tell if …"
  if (doc.lower[i] === 'tell' && (doc.lower[i + 1] === 'if' || doc.lower[i + 1] === 'whether')) return false;
  let aux = false;
  for (let k = skipCuePrefixes(doc, i, lo); k < i; k++) {
    const w = doc.lower[k] as string;
    if (w === 'not' || w === "n't" || w === 'never') return false;
    if (AUXILIARIES.has(w)) aux = true;
  }
  return aux;
}

/**
 * "“…,” said one Democrat familiar with the talks, who added that …": a "who" right after the previous
 * quote's speaker construction refers to that speaker.
 */
function relativeOfSpeaker(c: CueCtx, sentenceSoFar: readonly Candidate[]): Phrase | null {
  const end = skipCuePrefixes(c.doc, c.i, c.s.from);
  const who = end - 1;
  if (c.doc.lower[who] !== 'who' || !isPunct(c.doc, who - 1, ',')) return null;
  const sp = sentenceSoFar[sentenceSoFar.length - 1]?.speaker;
  if (!sp || sp.outerTo !== who - 1 || sp.kind === 'pronoun') return null;
  return { ...sp, outerTo: end, relative: who };
}

/**
 * "Trump, who has told aides he sees …, said in a statement …": the content of the relative clause's cue ends
 * right before ", said"; the antecedent of its "who" is this cue's subject too.
 */
function relativeCarrier(c: CueCtx, sentenceSoFar: readonly Candidate[]): Phrase | null {
  const prev = sentenceSoFar[sentenceSoFar.length - 1];
  const sp = prev?.speaker;
  if (!prev || !sp || sp.relative === undefined) return null;
  const end = skipCuePrefixes(c.doc, c.i, c.s.from);
  if (!isPunct(c.doc, end - 1, ',')) return null;
  const before = c.doc.tokens[end - 2] as Range | undefined;
  if (!before || before.end !== prev.content.end) return null;
  return { ...sp, relative: undefined, outerTo: end };
}

/** Cues a share of people ("Six in 10 say") or a bare plural ("…, forecasters say") can speak for. */
const SAY = new Set([
  'say',
  'tell',
  'warn',
  'argue',
  'predict',
  'estimate',
  'note',
  'agree',
  'believe',
  'think',
  'fear',
  'want',
  'support',
  'oppose',
  'favor',
  'prefer',
  'expect',
  'worry',
  'feel',
  'hope',
  'complain',
  'insist',
  'claim',
]);

const PROGRESSIVE = new Set(['is', 'are', 'was', 'were', 'been', 'be', 'am', "'s", '’s']);

/** "Puerto Rico has been warning that …", "Murdoch is saying …": the subject of a progressive cue. */
function progressiveSubject(c: CueCtx): Phrase | null {
  let k = c.i;
  while (k - 1 >= c.lo && c.i - k < 3 && PROGRESSIVE.has(c.doc.lower[k - 1] as string)) k--;
  if (k === c.i) return null;
  const sp = speakerBefore(c.doc, k, c.lo);
  return sp && (c.entry.cls !== 'document' || sp.kind === 'document') ? sp : null;
}

const CARRIERS = new Set([
  'statement',
  'email',
  'e-mail',
  'letter',
  'tweet',
  'post',
  'message',
  'memo',
  'note',
  'ad',
  'ads',
  'sign',
  'signs',
  'release',
  'video',
  'op-ed',
  'column',
  'editorial',
  'report',
  'filing',
  'banner',
  'poster',
]);

/** "she released a statement saying …", "a sign saying …": the document that carries the words, right before. */
function documentBefore(c: CueCtx): Phrase | null {
  const k = c.i - 1;
  if (k <= c.s.from || !CARRIERS.has(c.doc.lower[k] as string)) return null;
  let from = k;
  while (
    from - 1 >= c.lo &&
    k - from < 4 &&
    !isPunct(c.doc, from - 1, ',;:') &&
    !determiners.has(c.doc.lower[from] as string)
  )
    from--;
  if (!determiners.has(c.doc.lower[from] as string)) from = k;
  return { from, to: k + 1, kind: 'document', outerFrom: from, outerTo: k + 1 };
}

const GOVERNING_IRREGULAR = new Set(['went', 'took', 'used', 'came', 'rose', 'stood', 'made', 'spoke', 'sat', 'got']);

/**
 * The subject of the verb that governs "to <cue>": "He went on to say", "Trump took to Twitter to denounce",
 * "She used the speech to argue". Not a copula ("It is hard to say") nor an expletive "it".
 */
function governingSubject(c: CueCtx): Phrase | null {
  const { doc } = c;
  for (let k = c.i - 2; k > c.lo && c.i - k <= 6; k--) {
    const w = doc.lower[k] as string;
    if (doc.tokens[k]?.kind !== 'word') return null;
    if (isCap(doc, k) || !(GOVERNING_IRREGULAR.has(w) || (w.endsWith('ed') && w.length > 4))) continue;
    const sp = speakerBefore(doc, k, c.lo);
    if (!sp || (sp.kind === 'pronoun' && doc.lower[sp.from] === 'it')) return null;
    return sp;
  }
  return null;
}

/** "… by saying", "after saying": the -ing cue's speaker is the main clause's subject. */
const MANNER_WORDS = new Set(['by', 'after', 'before', 'while', 'when']);

/** A headline in title case ("Trump Says Clinton Should Step Aside"): a capitalised cue is still a cue there. */
function isHeadline(doc: Doc, s: TokenRange): boolean {
  let words = 0;
  let caps = 0;
  for (let k = s.from; k < s.to; k++) {
    if (doc.tokens[k]?.kind !== 'word') continue;
    words++;
    if (isCap(doc, k) || SMALL_TITLE_WORDS.has(doc.lower[k] as string)) caps++;
  }
  return words >= 4 && words <= 25 && caps / words >= 0.85;
}

const SMALL_TITLE_WORDS = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'for', 'and', 'or', 'at', 'by', 'with']);

/** A noun-like cue form ("attacks", "calls", "demands") needs a name or pronoun subject, not "the Paris attacks". */
function nounCueOk(c: CueCtx, sp: Phrase | null | undefined): boolean {
  if (!sp || !c.entry.verb.noun || (c.entry.form !== 's' && c.entry.form !== 'base')) return true;
  if (sp.kind === 'document') return true;
  if (sp.kind !== 'name' && sp.kind !== 'pronoun') return false;
  const first = c.doc.lower[sp.from] as string;
  const before = c.doc.lower[sp.from - 1] ?? '';
  return !determiners.has(first) && !determiners.has(before) && before !== "'s" && before !== '’s';
}

/** "Exit polls taken in South Carolina found …": a loose subject headed by or holding a document noun. */
function documentSubject(c: CueCtx): Phrase | null {
  const sp = looseSubject(c.doc, c.s, c.i, c.lo);
  if (!sp) return null;
  for (let k = sp.from; k < sp.to; k++) {
    if (documentNouns.has(c.doc.lower[k] as string)) return { ...sp, kind: 'document' };
  }
  return null;
}

/** "The Justice Department found that …": a finding of a named body or person, with an explicit "that". */
function findsThat(c: CueCtx, sp: Phrase | null): boolean {
  return !!sp && sp.kind !== 'pronoun' && c.entry.verb.lemma === 'find' && c.doc.lower[c.i + 1] === 'that';
}

const BE = new Set(['was', 'is', 'were', 'are', 'been', 'being']);

/** "… was quoted as saying": the cue at `i` ("saying") closes that passive frame. */
function quotedAsSaying(doc: Doc, i: number): boolean {
  return doc.lower[i - 1] === 'as' && doc.lower[i - 2] === 'quoted' && BE.has(doc.lower[i - 3] ?? '');
}

/** "“…,” Peskov was quoted as saying by TASS": attributed like "said", with the whole frame as the cue. */
function passiveQuoted(c: CueCtx): Candidate | null {
  const cand = quoteOrClauseThenCue({ ...c, i: c.i - 3 });
  if (!cand?.cue) return null;
  const from = c.doc.tokens[c.i - 3] as Range;
  const to = c.doc.tokens[c.i] as Range;
  const cue = { text: c.doc.text.slice(from.start, to.end), range: { start: from.start, end: to.end } };
  return { ...cand, cue, end: Math.max(cand.end, to.end), reasons: [...cand.reasons, 'cue:quoted-as-saying'] };
}

/** "Graham criticised X and said …": the subject at the sentence start speaks for the second verb too. */
function coordinatedSubject(c: CueCtx, sentenceSoFar: readonly Candidate[]): Phrase | null {
  const end = skipCuePrefixes(c.doc, c.i, c.lo);
  // "Kasich offered the man a job, then says …": "then" is also a cue prefix.
  const w = c.doc.lower[end - 1] === ',' && c.doc.lower[end] === 'then' ? 'then' : c.doc.lower[end - 1];
  if (end - 1 <= c.s.from || !(w === 'and' || w === 'but' || w === 'then')) return null;
  // "Ms. Sherry smiled and said": the subject of the verb right before the conjunction.
  const v = c.doc.lower[end - 2] as string;
  if (end - 2 > c.lo && !isCap(c.doc, end - 2) && /^[a-z]{3,}ed$/.test(v) && !cueOf(v)) {
    const sp = speakerBefore(c.doc, end - 2, c.lo);
    if (sp && sp.kind !== 'document' && (sp.kind !== 'pronoun' || sp.from === c.lo || sp.from === c.s.from)) return sp;
  }
  return mainClauseSpeaker(c.doc, c.s, sentenceSoFar) ?? mainSubject(c.doc, c.s, end - 1);
}

/** "they say", "officials say", "polls show": a base-form cue wants a plural or first-person speaker. */
function pluralSpeaker(doc: Doc, s: TokenRange, sp: Phrase): boolean {
  const head = doc.lower[sp.to - 1] as string;
  if (head === "'s" || head === '’s') return false;
  if (sp.kind === 'pronoun') return head === 'they' || head === 'we' || head === 'i' || head === 'you';
  // "the Khans say": a family or group name after "the".
  if (sp.kind === 'name' && doc.lower[sp.from] === 'the' && /[^s]s$/.test(head)) return true;
  // "Companies say …": one capitalised plural noun opening the sentence.
  if (sp.to - sp.from === 1 && sp.from === s.from && /[^s]s$/.test(head) && head.length > 4) return true;
  for (let k = sp.from; k < sp.to; k++) {
    if (doc.lower[k] === 'and' || doc.tokens[k]?.kind === 'number') return true;
  }
  // "Jeb Bush and Chris Christie say": the phrase finder stops at "and"; a name before it makes a plural.
  if (sp.kind === 'name' && doc.lower[sp.from - 1] === 'and' && isCap(doc, sp.from - 2)) return true;
  return PLURAL_HEADS.has(head) || ((sp.kind !== 'name' || roleNouns.has(head)) && /s$/.test(head));
}

/** A loose subject holding a plural noun or a share ("half of voters", "most Americans"). */
function pluralWithin(doc: Doc, sp: Phrase): boolean {
  for (let k = sp.from; k < sp.to; k++) {
    const w = doc.lower[k] as string;
    // "Aides to Clinton say": the first word may be capitalised by the sentence start.
    if (PLURAL_HEADS.has(w) || (/[^s]s$/.test(w) && w.length > 3 && (!isCap(doc, k) || k === sp.from))) return true;
  }
  return false;
}

const PLURAL_HEADS = new Set([
  'percent',
  'half',
  'majority',
  'most',
  'many',
  'some',
  'all',
  'both',
  'few',
  'others',
  'people',
  'police',
  'data',
]);

/** The speaker of "…, adding that …": an earlier quote's speaker in this sentence, or the sentence subject. */
function mainClauseSpeaker(doc: Doc, s: TokenRange, sentenceSoFar: readonly Candidate[]): Phrase | null {
  for (let k = sentenceSoFar.length - 1; k >= 0; k--) {
    const sp = sentenceSoFar[k]?.speaker;
    if (sp) return sp;
  }
  return subjectOf(doc, s);
}

/** "…, X said, according to Interfax": the outlet is a relay, not a second attribution. */
function dropRelayedAccordingTo(doc: Doc, s: TokenRange, cands: Candidate[]): Candidate[] {
  if (cands.length < 2) return cands;
  const relays = findRelays(doc, s.from, s.to, []);
  return cands.filter(
    (c) => !(c.reasons[0] === 'indirect:according-to' && relays.some((r) => overlaps(r.range, c.cue?.range))),
  );
}

const overlaps = (a: Range, b: Range | undefined) => !!b && a.start < b.end + 16 && b.start < a.end;

function addContinuations(doc: Doc, found: Found[], claimed: Range[]): void {
  const bySentence = new Set(found.map((f) => f.sentence));
  let prev: Found | null = null;
  const added: Found[] = [];
  const all = [...found].sort((a, b) => a.sentence - b.sentence);
  let p = 0;
  doc.sentenceTokens.forEach((s, idx) => {
    while (p < all.length && (all[p] as Found).sentence < idx) prev = all[p++] as Found;
    if (bySentence.has(idx)) return;
    const last = prev as Found | null;
    if (!last?.cand.direct || !(last.cand.speaker || last.cand.inherited)) return;
    const gap = (doc.sentences[idx]?.blockIndex ?? 0) - (doc.sentences[last.sentence]?.blockIndex ?? 0);
    if (gap > 1) return;
    const c = continuation(doc, s, last.cand, claimed);
    if (!c) return;
    claimed.push(c.content);
    const f = { cand: c, sentence: idx };
    added.push(f);
    prev = f;
  });
  found.push(...added);
}

function emit(doc: Doc, found: readonly Found[]): Quote[] {
  const resolver = new SpeakerResolver(doc);
  const speakers = new Map<Candidate, QuoteSpeaker | null>();
  const relaysBySentence = new Map<number, Relay[]>();
  const peersBySentence = new Map<number, Candidate[]>();
  for (const f of found) peersBySentence.set(f.sentence, [...(peersBySentence.get(f.sentence) ?? []), f.cand]);
  const out: Quote[] = [];
  for (const { cand, sentence } of found) {
    const speaker = cand.inherited
      ? (speakers.get(cand.inherited) ?? null)
      : cand.speaker
        ? resolver.speaker(cand.speaker)
        : null;
    speakers.set(cand, speaker);
    const s = doc.sentenceTokens[sentence] as TokenRange;
    if (!relaysBySentence.has(sentence)) {
      const contents = (peersBySentence.get(sentence) ?? []).map((p) => p.content);
      relaysBySentence.set(sentence, findRelays(doc, s.from, s.to, contents));
    }
    const via = nearestRelays(cand, peersBySentence.get(sentence) ?? [], relaysBySentence.get(sentence) ?? []);
    out.push(toQuote(cand, speaker, via));
  }
  return out;
}

/** Relays of the sentence that are closer to this candidate than to any other candidate of the sentence. */
function nearestRelays(cand: Candidate, peers: readonly Candidate[], relays: readonly Relay[]): Relay[] {
  const dist = (c: Candidate, r: Relay) => Math.max(0, c.start - r.range.end, r.range.start - c.end);
  return relays.filter((r) => peers.every((p) => p === cand || dist(cand, r) <= dist(p, r)));
}

function toQuote(c: Candidate, speaker: QuoteSpeaker | null, relays: readonly Relay[]): Quote {
  const sr = speaker?.range;
  const via = sr ? relays.filter((r) => !(r.range.start < sr.end && sr.start < r.range.end)) : relays;
  const start = Math.min(c.start, ...via.map((r) => r.range.start));
  const end = Math.max(c.end, ...via.map((r) => r.range.end));
  const reasons = [...c.reasons];
  if (speaker?.resolvedFrom) reasons.push(`speaker:${speaker.kind ?? 'name'}-resolved`);
  if (via.length > 0) reasons.push('via:relay-phrase');
  let confidence = c.confidence;
  if (speaker?.kind === 'pronoun' && !speaker.resolvedFrom) confidence -= 0.1;
  return {
    start,
    end,
    content: c.content,
    speaker,
    cue: c.cue,
    direct: c.direct,
    ...(c.mixed ? { mixed: true, fragments: c.fragments } : {}),
    via: via.map((r) => ({ text: r.text, range: r.range })),
    confidence: Math.round(Math.max(0.05, Math.min(0.99, confidence)) * 100) / 100,
    reasons,
  };
}
