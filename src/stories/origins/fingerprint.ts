/**
 * @module stories/origins/fingerprint
 * Text → near-duplicate fingerprint: normalised word tokens, 5-word shingles hashed to 32 bits, a 128-value
 * MinHash signature with LSH band keys (for finding candidate pairs), and exact Jaccard / containment of the
 * shingle sets (for deciding). Shingles run over the whole token stream, so re-wrapping and whitespace do not
 * matter and re-ordered paragraphs only change the few shingles that straddle a moved boundary.
 * Pure and deterministic: fixed seeds, no I/O, no dependencies.
 */

/** Shingle width in words. */
export const SHINGLE_SIZE = 5;
/** MinHash values per signature. */
export const PERMUTATIONS = 128;
/** LSH bands × rows = PERMUTATIONS; 64 × 2 makes pairs with Jaccard ≥ 0.2 candidates with probability ≥ 0.93. */
export const BANDS = 64;
export const ROWS = PERMUTATIONS / BANDS;

export interface Fingerprint {
  /** Number of normalised word tokens. */
  readonly tokens: number;
  /** Sorted, de-duplicated 32-bit shingle hashes. */
  readonly shingles: Uint32Array;
  /** MinHash signature, PERMUTATIONS values. */
  readonly signature: Uint32Array;
  /** Hash of the whole normalised token sequence (two 32-bit halves): equal keys = exact copy. */
  readonly exactKey: string;
}

export interface Overlap {
  /** |A∩B| / |A∪B| over shingle sets. */
  readonly jaccard: number;
  /** |A∩B| / min(|A|, |B|): how much of the shorter text is inside the longer one. */
  readonly containment: number;
  /** |A∩B| / |A| and |A∩B| / |B|. */
  readonly containedA: number;
  readonly containedB: number;
  /** min(|A|,|B|) / max(|A|,|B|). */
  readonly sizeRatio: number;
  readonly shared: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;

/**
 * Normalised tokens: NFKD with combining marks dropped (é → e), lower-case, ß → ss; punctuation (quotes,
 * dashes, apostrophes) separates tokens, so curly and straight quotes, em dashes and "--" all read the same.
 */
export function normaliseTokens(text: string): string[] {
  const folded = text.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(/ß/g, 'ss');
  return folded.match(WORD) ?? [];
}

/** FNV-1a over UTF-16 code units, 32 bits. */
export function hashString(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

/** MurmurHash3's finaliser: a bijection on 32-bit integers with good avalanche. */
export function fmix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Deterministic per-permutation seeds (splitmix32 from a fixed start). */
const SEEDS: Uint32Array = (() => {
  const seeds = new Uint32Array(PERMUTATIONS);
  let state = 0x2545f491;
  for (let i = 0; i < PERMUTATIONS; i++) {
    state = (state + 0x9e3779b9) >>> 0;
    seeds[i] = fmix32(state);
  }
  return seeds;
})();

/** Hashes of all k-word shingles (a text shorter than k words is one shingle). Sorted, unique. */
export function shingleHashes(tokens: readonly string[], k = SHINGLE_SIZE): Uint32Array {
  if (tokens.length === 0) return new Uint32Array(0);
  const th = tokens.map((t) => hashString(t));
  const count = Math.max(1, th.length - k + 1);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = 0x9747b28c;
    const end = Math.min(th.length, i + k);
    for (let j = i; j < end; j++) h = Math.imul((h ^ (th[j] as number)) >>> 0, 0x9e3779b1) ^ (h >>> 15);
    out[i] = fmix32(h);
  }
  out.sort();
  return uniqueSorted(out);
}

function uniqueSorted(a: Uint32Array): Uint32Array {
  if (a.length < 2) return a;
  let w = 1;
  for (let r = 1; r < a.length; r++) if (a[r] !== a[w - 1]) a[w++] = a[r] as number;
  return a.slice(0, w);
}

/** MinHash: per permutation i, the minimum of fmix32(x ^ seed_i) over the shingles (xor + bijection = permutation). */
export function minHashSignature(shingles: Uint32Array): Uint32Array {
  const sig = new Uint32Array(PERMUTATIONS).fill(0xffffffff);
  if (shingles.length === 0) return sig;
  for (let i = 0; i < PERMUTATIONS; i++) {
    const seed = SEEDS[i] as number;
    let min = 0xffffffff;
    for (let j = 0; j < shingles.length; j++) {
      const v = fmix32((shingles[j] as number) ^ seed);
      if (v < min) min = v;
    }
    sig[i] = min;
  }
  return sig;
}

/** The whole fingerprint of a text. */
export function fingerprint(text: string): Fingerprint {
  const tokens = normaliseTokens(text);
  const shingles = shingleHashes(tokens);
  const joined = tokens.join(' ');
  const exactKey = `${hashString(joined).toString(16)}.${hashString(joined, 0x5bd1e995).toString(16)}.${tokens.length}`;
  return { tokens: tokens.length, shingles, signature: minHashSignature(shingles), exactKey };
}

/** Estimated Jaccard: the share of signature positions that agree. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}

/** One LSH key per band: a 32-bit hash of the band's ROWS values, salted by the band number. */
export function bandKeys(signature: Uint32Array): Uint32Array {
  const keys = new Uint32Array(BANDS);
  for (let b = 0; b < BANDS; b++) {
    let h = fmix32(b + 0x68e31da4);
    for (let r = 0; r < ROWS; r++) h = fmix32((h ^ (signature[b * ROWS + r] as number)) + r);
    keys[b] = h;
  }
  return keys;
}

/** Exact overlap of two sorted shingle sets (linear merge). */
export function overlap(a: Uint32Array, b: Uint32Array): Overlap {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  const union = a.length + b.length - shared;
  const small = Math.min(a.length, b.length);
  const large = Math.max(a.length, b.length);
  return {
    jaccard: union === 0 ? 0 : shared / union,
    containment: small === 0 ? 0 : shared / small,
    containedA: a.length === 0 ? 0 : shared / a.length,
    containedB: b.length === 0 ? 0 : shared / b.length,
    sizeRatio: large === 0 ? 0 : small / large,
    shared,
  };
}
