import { describe, expect, it } from 'vitest';
import {
  allowed,
  decode,
  deserialiseModel,
  serialiseModel,
  type TrainingExample,
  trainPerceptron,
} from './perceptron.js';

const TAGS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC'];

/** Toy data: capitalised words after "met" are people, after "in" places. */
function toy(): TrainingExample[] {
  const people = [['Anna', 'Berg'], ['Omar'], ['Li', 'Wei'], ['Sara', 'Kim']];
  const places = [['Oslo'], ['New', 'Delhi'], ['Lima'], ['Cape', 'Town']];
  const out: TrainingExample[] = [];
  for (const p of people) {
    for (const l of places) {
      const words = ['we', 'met', ...p, 'in', ...l];
      const tags = [
        'O',
        'O',
        ...p.map((_, i) => (i ? 'I-PER' : 'B-PER')),
        'O',
        ...l.map((_, i) => (i ? 'I-LOC' : 'B-LOC')),
      ];
      out.push({
        tags,
        features: words.map((w, i) => [
          `w=${w.toLowerCase()}`,
          `prev=${(words[i - 1] ?? '<s>').toLowerCase()}`,
          `cap=${/^[A-Z]/.test(w)}`,
        ]),
      });
    }
  }
  return out;
}

describe('perceptron', () => {
  it('perceptron: learns a toy tagging task', () => {
    const model = trainPerceptron(toy(), { tags: TAGS, epochs: 5, seed: 1 });
    const words = ['we', 'met', 'Zoe', 'Park', 'in', 'Rome'];
    const features = words.map((w, i) => [
      `w=${w.toLowerCase()}`,
      `prev=${(words[i - 1] ?? '<s>').toLowerCase()}`,
      `cap=${/^[A-Z]/.test(w)}`,
    ]);
    const tags = decode(model, features).tags.map((t) => TAGS[t]);
    expect(tags).toEqual(['O', 'O', 'B-PER', 'I-PER', 'O', 'B-LOC']);
  });

  it('perceptron: training is deterministic for a fixed seed', () => {
    const a = serialiseModel(trainPerceptron(toy(), { tags: TAGS, epochs: 3, seed: 7 }), 0);
    const b = serialiseModel(trainPerceptron(toy(), { tags: TAGS, epochs: 3, seed: 7 }), 0);
    expect(a).toEqual(b);
  });

  it('perceptron: a serialised model decodes like the original', () => {
    const model = trainPerceptron(toy(), { tags: TAGS, epochs: 3, seed: 3 });
    const copy = deserialiseModel(JSON.parse(JSON.stringify(serialiseModel(model, 0, 6))));
    for (const ex of toy()) expect(decode(copy, ex.features).tags).toEqual(decode(model, ex.features).tags);
  });

  it('perceptron: BIO constraint forbids I- after O or at the start', () => {
    expect(allowed(TAGS, undefined, 2)).toBe(false);
    expect(allowed(TAGS, 0, 2)).toBe(false);
    expect(allowed(TAGS, 1, 2)).toBe(true);
    expect(allowed(TAGS, 3, 2)).toBe(false);
  });

  it('perceptron: empty input decodes to nothing', () => {
    const model = trainPerceptron(toy(), { tags: TAGS, epochs: 1, seed: 1 });
    expect(decode(model, [])).toEqual({ tags: [], margins: [], runnersUp: [] });
  });
});
