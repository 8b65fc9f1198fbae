/**
 * @module analyze/claims/features
 * Sentence → sparse features for the check-worthiness scorer: hand-made cues (numbers, names, comparatives,
 * factual past-tense verbs, hedges, first/second person, questions, opinion, future) and lower-cased words.
 * Pure and deterministic; shared by the scorer and its training script so both see the same features.
 */
import {
  COMPARATIVE_WORDS,
  FACTUAL_VERBS,
  FIRST_PERSON,
  FIRST_PLURAL,
  FUTURE_WORDS,
  HEDGE_WORDS,
  NOT_COMPARATIVE,
  NOT_NAMES,
  OPINION_WORDS,
  PHATIC_WORDS,
  QUANTITY_WORDS,
  SECOND_PERSON,
} from './checkworthy.data.js';

/** Sparse features: name → value. Word features are "w:<word>"; cue features are "cue:<name>". */
export type Features = Map<string, number>;

const hedges = new Set(HEDGE_WORDS);
const opinions = new Set(OPINION_WORDS);
const comparatives = new Set(COMPARATIVE_WORDS);
const notComparative = new Set(NOT_COMPARATIVE);
const factual = new Set(FACTUAL_VERBS);
const first = new Set(FIRST_PERSON);
const firstPlural = new Set(FIRST_PLURAL);
const second = new Set(SECOND_PERSON);
const future = new Set(FUTURE_WORDS);
const phatic = new Set(PHATIC_WORDS);
const notNames = new Set(NOT_NAMES);
const quantityWords = new Set(QUANTITY_WORDS);

/** Longest text looked at: a sentence, not an article. */
const MAX_CHARS = 2000;
const RE_WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.,%$€£-]*|[$€£%?]/gu;

/** Words of a sentence as written (trailing periods and commas dropped), at most 400. */
export function wordsOf(sentence: string): string[] {
  const out: string[] = [];
  for (const m of sentence.slice(0, MAX_CHARS).matchAll(RE_WORD)) {
    out.push(m[0].replace(/[.,]+$/u, '').replace(/’/gu, "'"));
    if (out.length >= 400) break;
  }
  return out;
}

const bucket = (n: number, cuts: readonly number[]): string => {
  const i = cuts.findIndex((c) => n <= c);
  return i < 0 ? `>${cuts[cuts.length - 1]}` : `<=${cuts[i]}`;
};

/** The features of one sentence. */
export function featuresOf(sentence: string): Features {
  const words = wordsOf(sentence);
  const f: Features = new Map([['bias', 1]]);
  const add = (name: string, v = 1) => f.set(name, (f.get(name) ?? 0) + v);
  const counts = countCues(words);
  for (const [cue, n] of Object.entries(counts)) if (n > 0) add(`cue:${cue}`, Math.min(n, 3) / 3 + 0.5);
  for (const [cue, n] of Object.entries(counts)) if (n === 0) add(`cue:no-${cue}`);
  add(`cue:length${bucket(words.length, [5, 10, 18, 30])}`);
  add(`cue:names${bucket(counts.name, [0, 1, 2])}`);
  if (/\?\s*["'”’)]*\s*$/u.test(sentence)) add('cue:question');
  for (const w of new Set(words.map((x) => x.toLowerCase()))) {
    if (/^\d/u.test(w)) continue;
    add(`w:${w}`);
  }
  return f;
}

type CueCounts = Record<
  | 'number'
  | 'year'
  | 'percent'
  | 'money'
  | 'quantity'
  | 'name'
  | 'comparative'
  | 'factual'
  | 'hedge'
  | 'opinion'
  | 'first'
  | 'firstPlural'
  | 'second'
  | 'future'
  | 'phatic',
  number
>;

function countCues(words: readonly string[]): CueCounts {
  const c: CueCounts = {
    number: 0,
    year: 0,
    percent: 0,
    money: 0,
    quantity: 0,
    name: 0,
    comparative: 0,
    factual: 0,
    hedge: 0,
    opinion: 0,
    first: 0,
    firstPlural: 0,
    second: 0,
    future: 0,
    phatic: 0,
  };
  words.forEach((word, i) => {
    const w = word.toLowerCase();
    if (/^(1[89]|20)\d\d$/u.test(w)) c.year++;
    else if (/^[$€£]?\d/u.test(w)) c.number++;
    if (w.includes('%') || w === 'percent') c.percent++;
    if (/^[$€£]/u.test(w) || w === 'dollars') c.money++;
    if (quantityWords.has(w)) c.quantity++;
    if (i > 0 && /^\p{Lu}/u.test(word) && !notNames.has(w)) c.name++;
    if (comparatives.has(w) || (/^[a-z]{3,}(er|est)$/u.test(w) && !notComparative.has(w))) c.comparative++;
    if (factual.has(w) || (/^[a-z]{3,}ed$/u.test(w) && !opinions.has(w))) c.factual++;
    if (hedges.has(w)) c.hedge++;
    if (opinions.has(w)) c.opinion++;
    if (first.has(w)) c.first++;
    if (firstPlural.has(w)) c.firstPlural++;
    if (second.has(w)) c.second++;
    if (future.has(w) || w.endsWith("'ll")) c.future++;
    if (phatic.has(w)) c.phatic++;
  });
  return c;
}

const CUE_LABELS: Readonly<Record<string, string>> = {
  number: 'a number',
  year: 'a year',
  percent: 'a percentage',
  money: 'an amount of money',
  quantity: 'a quantity word',
  name: 'a capitalised name',
  comparative: 'a comparative or superlative',
  factual: 'a factual past-tense verb',
  hedge: 'a hedge',
  opinion: 'an opinion word',
  first: 'first person',
  firstPlural: 'first person plural',
  second: 'second person',
  future: 'future or intent',
  phatic: 'conversational words',
  question: 'a question',
};

/** A reader's label for a feature, used in the reasons of a score: "a number", "no capitalised name", "word "tax"". */
export function describeFeature(name: string): string {
  if (name.startsWith('w:')) return `word "${name.slice(2)}"`;
  const cue = name.slice(4);
  if (cue.startsWith('no-')) return `no ${(CUE_LABELS[cue.slice(3)] ?? cue.slice(3)).replace(/^(a|an) /u, '')}`;
  if (cue.startsWith('length')) return `length ${cue.slice(6)} words`;
  if (cue.startsWith('names')) return `capitalised names ${cue.slice(5)}`;
  return CUE_LABELS[cue] ?? cue;
}
