/**
 * @module analyze/claims/checkworthy
 * Check-worthiness of one sentence: a logistic regression over the cues and words of features.ts, with the
 * weights learned by train.ts (claims-claimbuster train only). Deterministic; the score is in [0, 1] and
 * comes with its reasons, the features that moved it most. Class-balanced: 0.5 means "as likely as not".
 */
import { CHECKWORTHY_WEIGHTS } from './checkworthy.weights.generated.js';
import { describeFeature, featuresOf } from './features.js';
import { dot, sigmoid } from './logistic.js';

export interface CheckWorthiness {
  /** In [0, 1]; at or above CHECKWORTHY_THRESHOLD the sentence is called check-worthy. */
  readonly score: number;
  /** The strongest contributions, e.g. "+ number", "− first person", strongest first. */
  readonly reasons: string[];
}

/** Score at or above which a sentence is called check-worthy. */
export const CHECKWORTHY_THRESHOLD = 0.5;

const weights: ReadonlyMap<string, number> = new Map(CHECKWORTHY_WEIGHTS);
const MAX_REASONS = 4;

/** Scores how worth checking a sentence is, with the features that weighed most. */
export function scoreCheckWorthiness(sentenceText: string): CheckWorthiness {
  const features = featuresOf(sentenceText);
  const score = Math.round(sigmoid(dot(weights, features)) * 1000) / 1000;
  const contributions: [string, number][] = [];
  for (const [name, v] of features) {
    const c = (weights.get(name) ?? 0) * v;
    if (name !== 'bias' && Math.abs(c) >= 0.15) contributions.push([name, c]);
  }
  contributions.sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1));
  const reasons = contributions.slice(0, MAX_REASONS).map(([n, c]) => `${c > 0 ? '+' : '−'} ${describeFeature(n)}`);
  return { score, reasons };
}
