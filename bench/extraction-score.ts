/**
 * Scorers for the extraction benchmarks.
 * - shingle: the article-extraction-benchmark metric (scrapinghub): `\w+` tokens (Python's Unicode
 *   semantics: letters, numbers, underscore), 4-token shingles counted per page, per-page normalised
 *   tp/fp/fn, precision and recall averaged over pages, F1 of the two averages.
 * - snippets: Trafilatura's evaluation: "with" snippets present = true positives, absent = false
 *   negatives; "without" snippets absent = true negatives, present = false positives.
 */

const TOKEN = /[\p{L}\p{N}_]+/gu;

function shingles(text: string, n = 4): Map<string, number> {
  const t = text.match(TOKEN) ?? [];
  const out = new Map<string, number>();
  if (t.length === 0) return out;
  const count = Math.max(1, t.length - n + 1);
  for (let i = 0; i < count; i++) {
    const key = t.slice(i, i + n).join('\u0001');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export interface ShingleCounts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

/** Per-page normalised counts (each divided by tp+fp+fn), as the benchmark computes them. */
export function shingleCounts(gold: string, pred: string): ShingleCounts {
  const g = shingles(gold),
    p = shingles(pred);
  let tp = 0,
    fp = 0,
    fn = 0;
  for (const [k, gc] of g) {
    const pc = p.get(k) ?? 0;
    tp += Math.min(gc, pc);
    fn += Math.max(0, gc - pc);
    fp += Math.max(0, pc - gc);
  }
  for (const [k, pc] of p) if (!g.has(k)) fp += pc;
  const s = tp + fp + fn;
  return s ? { tp: tp / s, fp: fp / s, fn: fn / s } : { tp: 0, fp: 0, fn: 0 };
}

const precisionOf = ({ tp, fp, fn }: ShingleCounts) =>
  fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp);
const recallOf = ({ tp, fp, fn }: ShingleCounts) =>
  fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn);

export interface PrfScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** Averages per-page precision (over pages with tp+fp > 0) and recall (over pages with tp+fn > 0); F1 of the averages. */
export function shingleScore(pages: readonly ShingleCounts[]): PrfScore {
  const pPages = pages.filter((c) => c.tp + c.fp > 0);
  const rPages = pages.filter((c) => c.tp + c.fn > 0);
  const precision = pPages.reduce((s, c) => s + precisionOf(c), 0) / Math.max(1, pPages.length);
  const recall = rPages.reduce((s, c) => s + recallOf(c), 0) / Math.max(1, rPages.length);
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

export interface SnippetCounts {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
}

export function snippetCounts(
  text: string | null,
  withSnippets: readonly string[],
  without: readonly string[],
): SnippetCounts {
  if (text === null) return { tp: 0, fn: withSnippets.length, fp: 0, tn: without.length };
  let tp = 0,
    fn = 0,
    fp = 0,
    tn = 0;
  for (const s of withSnippets)
    if (text.includes(s)) tp++;
    else fn++;
  for (const s of without)
    if (text.includes(s)) fp++;
    else tn++;
  return { tp, fn, fp, tn };
}

export interface SnippetScore extends PrfScore, SnippetCounts {
  readonly accuracy: number;
}

export function snippetScore(pages: readonly SnippetCounts[]): SnippetScore {
  const c = pages.reduce((a, p) => ({ tp: a.tp + p.tp, fn: a.fn + p.fn, fp: a.fp + p.fp, tn: a.tn + p.tn }), {
    tp: 0,
    fn: 0,
    fp: 0,
    tn: 0,
  });
  const precision = c.tp / Math.max(1, c.tp + c.fp);
  const recall = c.tp / Math.max(1, c.tp + c.fn);
  const accuracy = (c.tp + c.tn) / Math.max(1, c.tp + c.tn + c.fp + c.fn);
  const f1 = (2 * c.tp) / Math.max(1, 2 * c.tp + c.fp + c.fn);
  return { ...c, precision, recall, accuracy, f1 };
}
