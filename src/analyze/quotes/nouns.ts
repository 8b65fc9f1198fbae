/**
 * @module analyze/quotes/nouns
 * Reported statements named by a noun with its owner: "Trump's claim that …", "his call for …", "their
 * criticism of …", "her promise to …", "the senator's warning about …". The owner (a possessive name or pronoun)
 * is the speaker; the complement (a that-clause, an infinitive or a prepositional object) is the content.
 * Only the product's communicative nouns; stances ("support for") are left to the `beliefs` option.
 */
import type { Range } from '../../core/types.js';
import { type Candidate, candidateOf } from './candidate.js';
import { clauseEnd } from './clause.js';
import { type Doc, isCap, isPunct, isWord, rangeOf, type TokenRange } from './doc.js';
import { cueOf } from './lexicon.js';
import type { Phrase } from './phrases.js';
import { classify } from './phrases.js';

/** Communicative nouns → the words that may open their complement. */
// biome-ignore format: a compact word list
const NOUN_FRAMES: Readonly<Record<string, readonly string[]>> = {
  claim: ['that', 'about'], claims: ['that', 'about'], statement: ['that', 'about'], statements: ['that', 'about'],
  assertion: ['that'], assertions: ['that'], allegation: ['that', 'of'], allegations: ['that', 'of'],
  accusation: ['that', 'of'], accusations: ['that', 'of'], warning: ['that', 'about', 'of', 'to', 'against'],
  warnings: ['that', 'about', 'of', 'against'], promise: ['that', 'to', 'of'], promises: ['that', 'to', 'of'],
  pledge: ['that', 'to'], vow: ['that', 'to'], call: ['for', 'to'], calls: ['for', 'to'],
  demand: ['that', 'for', 'to'], demands: ['that', 'for'], criticism: ['of', 'that'], criticisms: ['of'],
  denial: ['that', 'of'], denials: ['that', 'of'], insistence: ['that', 'on'], argument: ['that', 'for', 'against'],
  suggestion: ['that'], remark: ['that', 'about'], remarks: ['about', 'on'], comment: ['that', 'about'],
  comments: ['about', 'on'], assurance: ['that'], assurances: ['that'], threat: ['to'], threats: ['to', 'against'],
  request: ['for', 'to', 'that'], proposal: ['to', 'for', 'that'], announcement: ['that', 'of'],
  admission: ['that'], acknowledgment: ['that', 'of'], acknowledgement: ['that', 'of'], complaint: ['that', 'about'],
  complaints: ['that', 'about'], attack: ['on', 'against'], attacks: ['on', 'against'], praise: ['for', 'of'],
  endorsement: ['of'], plea: ['for', 'to'], appeal: ['for', 'to'], contention: ['that'], prediction: ['that', 'of'],
  predictions: ['that', 'of'], boast: ['that', 'about'], explanation: ['that', 'of', 'for'], defense: ['of'],
  defence: ['of'], rejection: ['of'], condemnation: ['of'], description: ['of'], characterization: ['of'],
  refusal: ['to'], charge: ['that'], charges: ['that'], questions: ['about'],
};

const POSSESSIVES: Readonly<Record<string, string>> = { his: 'he', her: 'she', their: 'they', its: 'it' };
const CLITICS = new Set(["'s", '’s', "'", '’']);
const NP_STOPS = new Set([
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'will',
  'would',
  'could',
  'should',
  'may',
  'might',
  'can',
  'did',
  'does',
  'do',
  'that',
  'which',
  'who',
  'but',
  'while',
  'as',
  'because',
  'and',
  'after',
  'before',
]);
const MAX_BETWEEN = 3;

/** The noun frame whose noun is token `i`, or null. */
export function nounFrame(doc: Doc, s: TokenRange, i: number, lo: number): Candidate | null {
  const comps = NOUN_FRAMES[doc.lower[i] as string];
  if (!comps || comps.length === 0) return null;
  const sp = owner(doc, i, lo);
  if (!sp) return null;
  const k = i + 1;
  const w = doc.lower[k] as string;
  if (k >= s.to || !comps.includes(w)) return null;
  const from = w === 'that' || w === 'to' ? k : k + 1;
  if (w === 'to' && !(isWord(doc, k + 1) && !isCap(doc, k + 1) && !NP_STOPS.has(doc.lower[k + 1] as string)))
    return null;
  if (w === 'that' && !isWord(doc, k + 1)) return null;
  if (from >= s.to) return null;
  const to = w === 'that' || w === 'to' ? clauseEnd(doc, from, s) : nounPhraseEnd(doc, from, s);
  if (to - from < (w === 'that' || w === 'to' ? 3 : 1)) return null;
  const content = rangeOf(doc, from, to);
  const cue = {
    text: doc.text.slice((doc.tokens[i] as Range).start, (doc.tokens[i] as Range).end),
    range: rangeOf(doc, i, i + 1),
  };
  return candidateOf(
    { content, direct: false, cue, speaker: sp, confidence: 0.55, reasons: ['indirect:noun-frame'] },
    rangeOf(doc, sp.outerFrom, sp.outerTo),
    cue.range,
  );
}

/** "his", "Trump's", "the senator's" (with up to three modifiers before the noun: "Trump's repeated claims"). */
function owner(doc: Doc, i: number, lo: number): Phrase | null {
  let k = i - 1;
  while (k >= lo && i - k <= MAX_BETWEEN && isWord(doc, k) && !isCap(doc, k) && !POSSESSIVES[doc.lower[k] as string]) {
    if (cueOf(doc.lower[k] as string)) return null;
    k--;
  }
  if (k < lo) return null;
  const w = doc.lower[k] as string;
  if (POSSESSIVES[w]) return { from: k, to: k + 1, kind: 'pronoun', outerFrom: k, outerTo: k + 1 };
  if (!CLITICS.has(w) || k - 1 < lo) return null;
  const end = k;
  let from = end;
  while (from - 1 >= lo && end - from < 6 && (isCap(doc, from - 1) || isPunct(doc, from - 1, '.-'))) from--;
  if (from === end) return null;
  const kind = classify(doc, from, end);
  if (!kind || kind === 'pronoun' || kind === 'document') return null;
  return { from, to: end, kind, outerFrom: from, outerTo: end + 1 };
}

/** End of a noun-phrase complement: before a comma, a finite verb, a clause word or a cue. */
function nounPhraseEnd(doc: Doc, from: number, s: TokenRange): number {
  let k = from;
  while (k < s.to && k - from < 25) {
    const w = doc.lower[k] as string;
    if (isPunct(doc, k, ',;:.!?()—–') || NP_STOPS.has(w) || (k > from && cueOf(w))) break;
    if (k - from >= 2 && w.endsWith('ed') && !isCap(doc, k)) break;
    k++;
  }
  return k;
}

/** Head nouns of a study that speaks through "in": "In a new CNN poll, Clinton leads …". */
const STUDY_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'analysis', 'report', 'census']);
const MAX_STUDY = 10;

/**
 * "In a new Quinnipiac poll released Tuesday, Clinton leads by five points" / "…, Clinton leads by five points in
 * the latest CNN poll.": the study is the speaker, the clause beside it the content. `i` is the "in".
 */
export function inStudy(doc: Doc, s: TokenRange, i: number): Candidate | null {
  if (doc.lower[i] !== 'in') return null;
  let k = i + 1;
  let head = -1;
  while (k < s.to && k - i <= MAX_STUDY && !isPunct(doc, k, ',;:.!?()—–"“”')) {
    if (STUDY_NOUNS.has(doc.lower[k] as string) && head < 0) head = k;
    k++;
  }
  if (head < 0 || !specificStudy(doc, i + 1, head)) return null;
  const sp: Phrase = { from: i + 1, to: head + 1, kind: 'document', outerFrom: i + 1, outerTo: k };
  let content: Range | null = null;
  if (i === s.from && isPunct(doc, k, ',')) {
    const end = clauseEnd(doc, k + 1, s);
    if (end - (k + 1) >= 3) content = rangeOf(doc, k + 1, end);
  } else if (i - s.from >= 3 && (k >= s.to - 1 || isPunct(doc, k, '.!?'))) {
    let from = s.from;
    while (from < i && isPunct(doc, from, '"“”\'')) from++;
    if (i - from >= 3) content = rangeOf(doc, from, i);
  }
  if (!content) return null;
  const cue = { text: 'in', range: rangeOf(doc, i, i + 1) };
  return candidateOf(
    { content, direct: false, cue, speaker: sp, confidence: 0.5, reasons: ['indirect:in-study'] },
    rangeOf(doc, i, k),
  );
}

const NEWISH = new Set(['new', 'latest', 'recent']);
const STUDY_AFTER = new Set(['released', 'conducted', 'published', 'taken', 'of', 'by', 'from']);

/** A particular study ("a new CNN poll", "the survey released Tuesday"), not "in the polls over Cruz". */
function specificStudy(doc: Doc, from: number, head: number): boolean {
  if (STUDY_AFTER.has(doc.lower[head + 1] as string)) return true;
  for (let k = from; k < head; k++) {
    if (isCap(doc, k) || NEWISH.has(doc.lower[k] as string) || doc.tokens[k]?.kind === 'number') return true;
  }
  return false;
}
