/**
 * @module stories/cluster/vectors
 * Sparse vectors for story clustering: document frequencies kept online (IDF), IDF-weighted cosine,
 * L2 normalisation, sums and truncation to the top keys. Ties are broken by key, so results are deterministic.
 */

export type Vector = Map<string, number>;

/** Fixed document frequencies of a background corpus, added to the online counts. */
export interface Background {
  readonly n: number;
  readonly df: ReadonlyMap<string, number>;
}

/**
 * Document frequencies counted as articles arrive, on top of an optional background corpus:
 * idf = ln((n_bg + n + 1) / (df_bg + df + 1)) + 1.
 */
export class DocFrequency {
  /** ln(df + 1) by df, filled as needed (the same values Math.log gives, computed once). */
  private static readonly logs: number[] = [0];
  private logN: number;
  private readonly background: Background;

  constructor(
    public n = 0,
    readonly df: Map<string, number> = new Map(),
    background?: Background,
  ) {
    this.background = background ?? { n: 0, df: new Map() };
    this.logN = Math.log(this.background.n + n + 1);
  }

  /** Counts one document with these keys. */
  count(keys: Iterable<string>): void {
    this.n++;
    this.logN = Math.log(this.background.n + this.n + 1);
    for (const k of keys) this.df.set(k, (this.df.get(k) ?? 0) + 1);
  }

  idf(key: string): number {
    const d = (this.df.get(key) ?? 0) + (this.background.df.get(key) ?? 0);
    const logs = DocFrequency.logs;
    for (let i = logs.length; i <= d; i++) logs.push(Math.log(i + 1));
    return this.logN - (logs[d] as number) + 1;
  }
}

/** The IDF-weighted L2 norm of a vector. */
export function norm(v: Vector, df: DocFrequency): number {
  let sum = 0;
  for (const [k, x] of v) {
    const w = x * df.idf(k);
    sum += w * w;
  }
  return Math.sqrt(sum);
}

/** IDF-weighted cosine of two vectors (0 when either is empty); `normA` may be given when already known. */
export function cosine(a: Vector, b: Vector, df: DocFrequency, normA?: number): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, x] of small) {
    const y = large.get(k);
    if (y === undefined) continue;
    const idf = df.idf(k);
    dot += x * y * idf * idf;
  }
  if (dot === 0) return 0;
  return dot / ((normA ?? norm(a, df)) * norm(b, df));
}

/** The vector scaled to unit (unweighted) L2 length, so every article weighs the same in a centroid. */
export function unit(v: Vector): Vector {
  let sum = 0;
  for (const x of v.values()) sum += x * x;
  const len = Math.sqrt(sum);
  const out: Vector = new Map();
  if (len === 0) return out;
  for (const [k, x] of v) out.set(k, x / len);
  return out;
}

/** Adds `b` into `a` (in place). */
export function addInto(a: Vector, b: Vector): void {
  for (const [k, x] of b) a.set(k, (a.get(k) ?? 0) + x);
}

/** The keys of a vector ranked by value × idf (descending; ties by key). */
export function ranked(v: Vector, df: DocFrequency): [string, number][] {
  return [...v]
    .map(([k, x]) => [k, x * df.idf(k)] as [string, number])
    .sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : p[0] > q[0] ? 1 : 0));
}

/** The vector cut to its `k` top keys by value × idf (a new map in rank order). */
export function top(v: Vector, k: number, df: DocFrequency): Vector {
  if (v.size <= k) return new Map(v);
  const out: Vector = new Map();
  for (const [key] of ranked(v, df).slice(0, k)) out.set(key, v.get(key) as number);
  return out;
}
