/**
 * @module analyze/ner/corpus
 * Gold documents → perceptron training examples (features per sentence, with document-level context), the
 * tag set, and the documented wikigold split: documents are numbered from 0 in file order and every 5th one
 * (index % 5 === 4) is held out for testing; the rest train. Mention-replacement augmentation: copies of the
 * training documents in which PER/ORG/LOC mentions are swapped for random knowledge-base names of the same type,
 * so that the tagger learns name patterns and gazetteer evidence rather than the few names wikigold contains.
 * Pure and deterministic (seeded).
 */

import { seededRandom } from '../../core/random.js';
import { bioSpans, type GoldDoc, type GoldSentence } from './conll.js';
import { lowerVocabulary, sentenceFeatures } from './features.js';
import type { Gazetteer, NameLists } from './gazetteer.js';
import type { TrainingExample } from './perceptron.js';

/** The BIO tag set the model predicts. */
export const NER_TAGS: readonly string[] = [
  'O',
  'B-PER',
  'I-PER',
  'B-ORG',
  'I-ORG',
  'B-LOC',
  'I-LOC',
  'B-MISC',
  'I-MISC',
];

/** Is wikigold document `index` in the held-out test split? */
export const isWikigoldTest = (index: number): boolean => index % 5 === 4;

/** Split wikigold documents into { train, test } by `isWikigoldTest`. */
export function splitWikigold(docs: readonly GoldDoc[]): { train: GoldDoc[]; test: GoldDoc[] } {
  return {
    train: docs.filter((_, i) => !isWikigoldTest(i)),
    test: docs.filter((_, i) => isWikigoldTest(i)),
  };
}

/** One training example per sentence; tags outside NER_TAGS (e.g. IGNORE) become O. */
export function docExamples(docs: readonly GoldDoc[], gazetteer: Gazetteer): TrainingExample[] {
  const known = new Set(NER_TAGS);
  const out: TrainingExample[] = [];
  for (const doc of docs) {
    const seen = lowerVocabulary(doc.sentences.flatMap((s) => s.words));
    for (const s of doc.sentences) {
      out.push({
        features: sentenceFeatures(s.words, seen, gazetteer),
        tags: s.tags.map((t) => (known.has(t) ? t : 'O')),
      });
    }
  }
  return out;
}

function replaceSentence(s: GoldSentence, names: NameLists, random: () => number): GoldSentence {
  const words: string[] = [];
  const tags: string[] = [];
  let i = 0;
  for (const span of bioSpans(s.tags)) {
    words.push(...s.words.slice(i, span.start));
    tags.push(...s.tags.slice(i, span.start));
    const pool = span.type === 'PER' || span.type === 'ORG' || span.type === 'LOC' ? names[span.type] : [];
    const pick = pool.length > 0 ? (pool[Math.floor(random() * pool.length)] ?? '') : '';
    let repl = pick ? pick.split(/\s+/) : s.words.slice(span.start, span.end);
    if (pick && span.type === 'PER' && span.end - span.start === 1) repl = repl.slice(-1);
    words.push(...repl);
    tags.push(...repl.map((_, k) => `${k === 0 ? 'B' : 'I'}-${span.type}`));
    i = span.end;
  }
  words.push(...s.words.slice(i));
  tags.push(...s.tags.slice(i));
  return { words, tags };
}

/** `copies` augmented versions of each document (mentions replaced by KB names), seeded. */
export function augmentDocs(docs: readonly GoldDoc[], names: NameLists, copies: number, seed: number): GoldDoc[] {
  const random = seededRandom(seed);
  const out: GoldDoc[] = [];
  for (let c = 0; c < copies; c++) {
    for (const d of docs)
      out.push({ id: `${d.id}~${c}`, sentences: d.sentences.map((s) => replaceSentence(s, names, random)) });
  }
  return out;
}
