/**
 * @module analyze/ner/perceptron
 * An averaged structured perceptron (Collins 2002) for sequence tagging with first-order Viterbi decoding over
 * BIO tags: per-word feature weights per tag plus tag-transition weights; "I-X" may only follow "B-X" or "I-X".
 * Training is deterministic (seeded shuffle, fixed epochs). Models serialise to compact JSON (small weights
 * pruned, weights rounded). Pure; no I/O.
 */
import { seededRandom } from '../../core/random.js';

export interface TaggerModel {
  readonly tags: readonly string[];
  /** feature → weight per tag (length = tags.length). */
  readonly weights: Map<string, Float64Array>;
  /** (tags.length + 1) × tags.length; row tags.length is the sentence start. */
  readonly transitions: Float64Array;
}

export interface TrainingExample {
  readonly features: readonly (readonly string[])[];
  readonly tags: readonly string[];
}

export interface TrainOptions {
  readonly tags: readonly string[];
  readonly epochs: number;
  readonly seed: number;
  /** Called after each epoch with the number of sentences whose decoding was wrong. */
  readonly onEpoch?: (epoch: number, errors: number) => void;
}

export interface Decoded {
  /** Tag indices, one per word. */
  readonly tags: number[];
  /** Per word: best max-marginal score minus the runner-up's (≥ 0); small = unsure. */
  readonly margins: number[];
  /** Per word: the runner-up tag index (best max-marginal among the other tags). */
  readonly runnersUp: number[];
}

/** May tag `cur` follow tag `prev` (undefined = sentence start) under BIO? */
export function allowed(tags: readonly string[], prev: number | undefined, cur: number): boolean {
  const c = tags[cur] ?? 'O';
  if (!c.startsWith('I-')) return true;
  if (prev === undefined) return false;
  const p = tags[prev] ?? 'O';
  return p !== 'O' && p.slice(2) === c.slice(2);
}

function emissions(model: TaggerModel, features: readonly (readonly string[])[]): Float64Array[] {
  const n = model.tags.length;
  return features.map((fs) => {
    const s = new Float64Array(n);
    for (const f of fs) {
      const w = model.weights.get(f);
      if (w) for (let t = 0; t < n; t++) s[t] = (s[t] ?? 0) + (w[t] ?? 0);
    }
    return s;
  });
}

function transitionTable(model: TaggerModel): Float64Array {
  const n = model.tags.length;
  const table = new Float64Array((n + 1) * n);
  for (let p = 0; p <= n; p++) {
    for (let c = 0; c < n; c++) {
      const ok = allowed(model.tags, p === n ? undefined : p, c);
      table[p * n + c] = ok ? (model.transitions[p * n + c] ?? 0) : Number.NEGATIVE_INFINITY;
    }
  }
  return table;
}

/** Max-product forward (alpha) and backward (beta) passes; alpha+beta is each (word, tag)'s best path score. */
function maxPasses(
  em: Float64Array[],
  trans: Float64Array,
  n: number,
): { alpha: Float64Array[]; beta: Float64Array[]; back: Int32Array[] } {
  const len = em.length;
  const alpha = em.map(() => new Float64Array(n));
  const beta = em.map(() => new Float64Array(n));
  const back = em.map(() => new Int32Array(n));
  for (let i = 0; i < len; i++) {
    for (let c = 0; c < n; c++) {
      let best = Number.NEGATIVE_INFINITY;
      let arg = 0;
      if (i === 0) best = trans[n * n + c] ?? 0;
      else {
        for (let p = 0; p < n; p++) {
          const s = (alpha[i - 1]?.[p] ?? 0) + (trans[p * n + c] ?? 0);
          if (s > best) [best, arg] = [s, p];
        }
      }
      (alpha[i] as Float64Array)[c] = best + (em[i]?.[c] ?? 0);
      (back[i] as Int32Array)[c] = arg;
    }
  }
  for (let i = len - 2; i >= 0; i--) {
    for (let c = 0; c < n; c++) {
      let best = Number.NEGATIVE_INFINITY;
      for (let nx = 0; nx < n; nx++) {
        const s = (trans[c * n + nx] ?? 0) + (em[i + 1]?.[nx] ?? 0) + (beta[i + 1]?.[nx] ?? 0);
        if (s > best) best = s;
      }
      (beta[i] as Float64Array)[c] = best;
    }
  }
  return { alpha, beta, back };
}

function argmax(a: Float64Array): number {
  let arg = 0;
  for (let t = 1; t < a.length; t++) if ((a[t] ?? 0) > (a[arg] ?? 0)) arg = t;
  return arg;
}

/** Best tag sequence (Viterbi) for one sentence's features, with per-word margins. */
export function decode(
  model: TaggerModel,
  features: readonly (readonly string[])[],
  trans = transitionTable(model),
): Decoded {
  const len = features.length;
  if (len === 0) return { tags: [], margins: [], runnersUp: [] };
  const n = model.tags.length;
  const { alpha, beta, back } = maxPasses(emissions(model, features), trans, n);
  const tags = new Array<number>(len).fill(0);
  tags[len - 1] = argmax(alpha[len - 1] as Float64Array);
  for (let i = len - 1; i > 0; i--) tags[i - 1] = back[i]?.[tags[i] ?? 0] ?? 0;
  const runnersUp = new Array<number>(len).fill(0);
  const margins = tags.map((t, i) => {
    const total = alpha[i]?.[t] ?? 0;
    let runner = Number.NEGATIVE_INFINITY;
    for (let c = 0; c < n; c++) {
      const s = (alpha[i]?.[c] ?? 0) + (beta[i]?.[c] ?? 0);
      if (c !== t && s > runner) [runner, runnersUp[i]] = [s, c];
    }
    return Math.max(0, total + (beta[i]?.[t] ?? 0) - runner);
  });
  return { tags, margins, runnersUp };
}

/** Averaging via the lazy trick: keep w and u = Σ step·Δ; the average after c steps is w − u/c. */
class Averager {
  readonly n: number;
  readonly w = new Map<string, Float64Array>();
  readonly u = new Map<string, Float64Array>();
  readonly tw: Float64Array;
  readonly tu: Float64Array;
  step = 1;

  constructor(n: number) {
    this.n = n;
    this.tw = new Float64Array((n + 1) * n);
    this.tu = new Float64Array((n + 1) * n);
  }

  feature(f: string, tag: number, d: number): void {
    let w = this.w.get(f);
    let u = this.u.get(f);
    if (!w || !u) {
      w = new Float64Array(this.n);
      u = new Float64Array(this.n);
      this.w.set(f, w);
      this.u.set(f, u);
    }
    w[tag] = (w[tag] ?? 0) + d;
    u[tag] = (u[tag] ?? 0) + this.step * d;
  }

  transition(prev: number | undefined, cur: number, d: number): void {
    const k = (prev ?? this.n) * this.n + cur;
    this.tw[k] = (this.tw[k] ?? 0) + d;
    this.tu[k] = (this.tu[k] ?? 0) + this.step * d;
  }

  averaged(tags: readonly string[]): TaggerModel {
    const weights = new Map<string, Float64Array>();
    for (const [f, w] of this.w) {
      const u = this.u.get(f) as Float64Array;
      weights.set(
        f,
        w.map((x, t) => x - (u[t] ?? 0) / this.step),
      );
    }
    const transitions = this.tw.map((x, k) => x - (this.tu[k] ?? 0) / this.step);
    return { tags, weights, transitions };
  }
}

function update(avg: Averager, ex: TrainingExample, gold: number[], pred: number[]): void {
  for (let i = 0; i < gold.length; i++) {
    const g = gold[i] ?? 0;
    const p = pred[i] ?? 0;
    if (g !== p) {
      for (const f of ex.features[i] ?? []) {
        avg.feature(f, g, 1);
        avg.feature(f, p, -1);
      }
    }
    const gp = i === 0 ? undefined : gold[i - 1];
    const pp = i === 0 ? undefined : pred[i - 1];
    if (g !== p || gp !== pp) {
      avg.transition(gp, g, 1);
      avg.transition(pp, p, -1);
    }
  }
}

/** Train an averaged structured perceptron. Same data and options → same model. */
export function trainPerceptron(data: readonly TrainingExample[], options: TrainOptions): TaggerModel {
  const n = options.tags.length;
  const index = new Map(options.tags.map((t, i) => [t, i]));
  const avg = new Averager(n);
  const live: TaggerModel = { tags: options.tags, weights: avg.w, transitions: avg.tw };
  const order = data.map((_, i) => i);
  const random = seededRandom(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    let errors = 0;
    for (const k of order) {
      const ex = data[k] as TrainingExample;
      const gold = ex.tags.map((t) => index.get(t) ?? 0);
      const pred = decode(live, ex.features, transitionTable(live)).tags;
      if (pred.some((p, i) => p !== gold[i])) {
        errors++;
        update(avg, ex, gold, pred);
      }
      avg.step++;
    }
    options.onEpoch?.(epoch, errors);
  }
  return avg.averaged(options.tags);
}

/** Serialised form: { tags, transitions, weights: { feature: [tagIndex, weight, …] } }. */
export interface SerialisedModel {
  readonly tags: string[];
  readonly transitions: number[];
  readonly weights: Record<string, number[]>;
}

const round = (x: number, places: number): number => Math.round(x * 10 ** places) / 10 ** places;

/** Drop weights with |w| < minWeight, round to `places` decimals, and drop features left empty. */
export function serialiseModel(model: TaggerModel, minWeight: number, places = 2): SerialisedModel {
  const weights: Record<string, number[]> = {};
  const keys = [...model.weights.keys()].sort();
  for (const f of keys) {
    const w = model.weights.get(f) as Float64Array;
    const packed: number[] = [];
    w.forEach((x, t) => {
      const r = round(x, places);
      if (Math.abs(x) >= minWeight && r !== 0) packed.push(t, r);
    });
    if (packed.length > 0) weights[f] = packed;
  }
  return { tags: [...model.tags], transitions: [...model.transitions].map((x) => round(x, places)), weights };
}

/** The inverse of `serialiseModel`. */
export function deserialiseModel(s: SerialisedModel): TaggerModel {
  const n = s.tags.length;
  const weights = new Map<string, Float64Array>();
  for (const [f, packed] of Object.entries(s.weights)) {
    const w = new Float64Array(n);
    for (let k = 0; k + 1 < packed.length; k += 2) w[packed[k] ?? 0] = packed[k + 1] ?? 0;
    weights.set(f, w);
  }
  return { tags: s.tags, weights, transitions: Float64Array.from(s.transitions) };
}
