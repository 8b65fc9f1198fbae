/**
 * @module analyze/ner/features
 * Word sequence → feature strings per word for the NER tagger: lower-cased word, word shape, prefixes and
 * suffixes, neighbouring words and shapes, sentence-start capitalisation, cue-list membership (honorifics,
 * organisation, place and law/event head words), knowledge-base gazetteer labels, whether a capitalised word is
 * also seen lower-cased elsewhere in the document, and the word's casing class (lexicon.ts, learned from unlabeled
 * ECB+ text). Pure and deterministic.
 */
import { HONORIFICS, MISC_WORDS, ORG_WORDS, PLACE_PREPOSITIONS, PLACE_WORDS, SPEECH_VERBS } from './gazetteer.data.js';
import { type Gazetteer, gazetteerLabels } from './gazetteer.js';
import { CASING_COMMON, CASING_MIXED, CASING_NAME } from './lexicon.generated.js';
import { type CasingClass, parseCasingLexicon } from './lexicon.js';

const HONORIFIC = new Set(HONORIFICS);
const ORG = new Set(ORG_WORDS);
const MISC = new Set(MISC_WORDS);
const PLACE = new Set(PLACE_WORDS);
const PLACE_PREP = new Set(PLACE_PREPOSITIONS);
const SPEECH = new Set(SPEECH_VERBS);

/** spaCy-like shape, runs cut at four: "Peskov" → "Xxxxx", "U.S." → "X.X.", "1,200" → "d,ddd". */
export function wordShape(word: string): string {
  let out = '';
  let prev = '';
  let run = 0;
  for (const ch of word) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{L}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    run = c === prev ? run + 1 : 1;
    prev = c;
    if (run <= 4) out += c;
  }
  return out;
}

/** Shape with every run collapsed to one character: "Xx", "X.X.", "d,d". */
export function shortShape(word: string): string {
  let out = '';
  for (const c of wordShape(word)) if (out[out.length - 1] !== c) out += c;
  return out;
}

const isCap = (w: string): boolean => /^\p{Lu}/u.test(w);

let casing: Map<string, CasingClass> | undefined;
/** Casing class of a lower-case word in the shipped lexicon (lexicon.ts), 'u' when unseen. */
export function casingClass(lower: string): string {
  casing ??= parseCasingLexicon({ c: CASING_COMMON, m: CASING_MIXED, n: CASING_NAME });
  return casing.get(lower) ?? 'u';
}

/** Lower-case forms of the words that appear uncapitalised in a document (its "common words"). */
export function lowerVocabulary(words: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const w of words) if (/^\p{Ll}/u.test(w)) out.add(w);
  return out;
}

/**
 * The word's casing class; a short all-caps word whose lower-case form is a common word is an acronym ("US", "WHO",
 * "IT"), not a shouted common word: class 'A'.
 */
function lexClass(w: string): string {
  const x = casingClass(w.toLowerCase());
  return x === 'c' && w.length <= 4 && w === w.toUpperCase() && /\p{Lu}/u.test(w) ? 'A' : x;
}

interface Ctx {
  readonly words: readonly string[];
  readonly lower: readonly string[];
  readonly shapes: readonly string[];
  readonly gaz: readonly string[];
  readonly lex: readonly string[];
  readonly seenLower: ReadonlySet<string>;
  readonly gazetteer: Gazetteer;
}

const at = (a: readonly string[], i: number, pad: string): string => (i < 0 || i >= a.length ? pad : (a[i] ?? pad));

function wordFeatures(c: Ctx, i: number, f: string[]): void {
  const w = c.words[i] ?? '';
  const l = c.lower[i] ?? '';
  f.push(`w=${l}`, `s=${c.shapes[i]}`, `ss=${shortShape(w)}`);
  for (let k = 1; k <= 4 && k < l.length; k++) f.push(`p${k}=${l.slice(0, k)}`, `x${k}=${l.slice(-k)}`);
  if (i === 0) f.push(`first:${shortShape(w)}`, `first:w=${l}`);
  if (isCap(w) && c.seenLower.has(l)) f.push('cap:seen-lower');
  if (isCap(w) && !c.seenLower.has(l)) f.push('cap:never-lower');
  if (w.length > 1 && w === w.toUpperCase() && /\p{L}/u.test(w)) f.push('allcaps');
  if (/\d/.test(w)) f.push('digit');
  if (w.includes('-')) f.push('hyphen');
  if (l.length <= 2) f.push(`short=${l}`);
}

function contextFeatures(c: Ctx, i: number, f: string[]): void {
  const p1 = at(c.lower, i - 1, '<s>');
  const p2 = at(c.lower, i - 2, '<s>');
  const n1 = at(c.lower, i + 1, '</s>');
  const n2 = at(c.lower, i + 2, '</s>');
  const ps = at(c.shapes, i - 1, '<s>');
  const ns = at(c.shapes, i + 1, '</s>');
  const l = c.lower[i] ?? '';
  f.push(`w-1=${p1}`, `w-2=${p2}`, `w+1=${n1}`, `w+2=${n2}`, `s-1=${ps}`, `s+1=${ns}`);
  f.push(`w-1|w=${p1}|${l}`, `w|w+1=${l}|${n1}`, `s-1|s|s+1=${ps}|${c.shapes[i]}|${ns}`);
  f.push(`ss-1|ss=${shortShape(at(c.words, i - 1, ''))}|${shortShape(c.words[i] ?? '')}`);
}

function cueFeatures(c: Ctx, i: number, f: string[]): void {
  const l = c.lower[i] ?? '';
  const p1 = at(c.lower, i - 1, '');
  const n1 = at(c.lower, i + 1, '');
  if (HONORIFIC.has(l)) f.push('cue:hon');
  if (HONORIFIC.has(p1)) f.push('cue:hon-1');
  if (HONORIFIC.has(at(c.lower, i - 2, ''))) f.push('cue:hon-2');
  if (ORG.has(l)) f.push('cue:org');
  if (ORG.has(n1)) f.push('cue:org+1');
  if (ORG.has(at(c.lower, i + 2, ''))) f.push('cue:org+2');
  if (MISC.has(l)) f.push('cue:misc');
  if (MISC.has(n1)) f.push('cue:misc+1');
  if (MISC.has(at(c.lower, i + 2, ''))) f.push('cue:misc+2');
  if (PLACE.has(l)) f.push('cue:place');
  if (PLACE.has(p1) || PLACE.has(n1)) f.push('cue:place±1');
  if (PLACE_PREP.has(p1)) f.push('cue:prep-1');
  if (SPEECH.has(n1) || SPEECH.has(at(c.lower, i + 2, ''))) f.push('cue:speech+');
  if (c.gazetteer.isFirstName(l)) f.push('gz:first');
  if (c.gazetteer.isSurname(l)) f.push('gz:last');
  if (c.gazetteer.isFirstName(p1) && isCap(c.words[i] ?? '')) f.push('gz:first-1');
}

function lexiconFeatures(c: Ctx, i: number, f: string[]): void {
  const x = c.lex[i] ?? 'u';
  const w = c.words[i] ?? '';
  const form = w.length > 1 && w === w.toUpperCase() ? 'A' : isCap(w) ? 'X' : 'x';
  f.push(`lx=${x}`, `lx|form|first=${x}|${form}|${i === 0}`);
  f.push(`lx-1|lx=${at(c.lex, i - 1, '<s>')}|${x}`, `lx|lx+1=${x}|${at(c.lex, i + 1, '</s>')}`);
}

function gazFeatures(c: Ctx, i: number, f: string[]): void {
  const g = c.gaz[i] ?? '';
  const gp = at(c.gaz, i - 1, '');
  const gn = at(c.gaz, i + 1, '');
  if (g) f.push(`kb=${g}`, `kbt=${g.slice(2)}`, `kb|first=${g}|${i === 0}`);
  if (gp) f.push(`kb-1=${gp}`);
  if (gn) f.push(`kb+1=${gn}`);
  if (!g && isCap(c.words[i] ?? '')) f.push('kb:cap-unknown');
}

/** Feature strings for every word of one sentence. `seenLower` comes from `lowerVocabulary` over the document. */
export function sentenceFeatures(
  words: readonly string[],
  seenLower: ReadonlySet<string>,
  gazetteer: Gazetteer,
): string[][] {
  const ctx: Ctx = {
    words,
    lower: words.map((w) => w.toLowerCase()),
    shapes: words.map(wordShape),
    gaz: gazetteerLabels(words, gazetteer),
    lex: words.map(lexClass),
    seenLower,
    gazetteer,
  };
  return words.map((_, i) => {
    const f: string[] = ['bias'];
    wordFeatures(ctx, i, f);
    contextFeatures(ctx, i, f);
    cueFeatures(ctx, i, f);
    gazFeatures(ctx, i, f);
    lexiconFeatures(ctx, i, f);
    return f;
  });
}
