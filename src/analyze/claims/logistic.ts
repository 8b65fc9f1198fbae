/**
 * @module analyze/claims/logistic
 * A small, deterministic logistic regression over sparse features: seeded shuffling, SGD with L2 decay and
 * class weights, then pruning to the strongest features. Used by train.ts; no I/O.
 */
import { seededRandom } from '../../core/random.js';
import type { Features } from './features.js';

export interface Example {
  readonly features: Features;
  /** 1 = check-worthy, 0 = not. */
  readonly label: 0 | 1;
}

export interface TrainOptions {
  readonly epochs: number;
  readonly learningRate: number;
  readonly l2: number;
  /** Weight of positive examples relative to negatives (class balancing). */
  readonly positiveWeight: number;
  readonly seed: number;
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, z))));

/** Dot product of sparse features with a weight table. */
export function dot(weights: ReadonlyMap<string, number>, features: Features): number {
  let z = 0;
  for (const [name, v] of features) z += (weights.get(name) ?? 0) * v;
  return z;
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Trains weights by SGD on the log loss; returns the weights averaged over the last epoch's steps. */
export function trainLogistic(examples: readonly Example[], options: TrainOptions): Map<string, number> {
  const random = seededRandom(options.seed);
  const w = new Map<string, number>();
  const sum = new Map<string, number>();
  let steps = 0;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const rate = options.learningRate / (1 + epoch);
    for (const ex of shuffled(examples, random)) {
      const p = sigmoid(dot(w, ex.features));
      const cw = ex.label === 1 ? options.positiveWeight : 1;
      const g = (ex.label - p) * cw;
      for (const [name, v] of ex.features) {
        const old = w.get(name) ?? 0;
        const decay = name === 'bias' ? 0 : options.l2 * old;
        w.set(name, old + rate * (g * v - decay));
      }
      if (epoch === options.epochs - 1) {
        steps++;
        for (const [name, v] of w) sum.set(name, (sum.get(name) ?? 0) + v);
      }
    }
  }
  const avg = new Map<string, number>();
  for (const [name, v] of sum) avg.set(name, v / Math.max(1, steps));
  return avg;
}

/** Keeps the bias, all cue features and the `maxWords` word features with the largest absolute weight. */
export function pruneWeights(weights: ReadonlyMap<string, number>, maxWords: number): Map<string, number> {
  const words = [...weights].filter(([n]) => n.startsWith('w:')).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
  const keep = new Set(words.slice(0, maxWords).map(([n]) => n));
  const out = new Map<string, number>();
  for (const [n, v] of [...weights].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    if (!n.startsWith('w:') || keep.has(n)) out.set(n, Math.round(v * 1000) / 1000);
  }
  return out;
}

export interface BinaryScores {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly tn: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** Precision, recall and F1 of the positive class. */
export function binaryScores(gold: readonly (0 | 1)[], predicted: readonly (0 | 1)[]): BinaryScores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  gold.forEach((g, i) => {
    const p = predicted[i];
    if (p === 1 && g === 1) tp++;
    else if (p === 1) fp++;
    else if (g === 1) fn++;
    else tn++;
  });
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, tn, precision, recall, f1 };
}
