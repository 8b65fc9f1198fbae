/**
 * @module stories/origins/origins.data
 * Link thresholds for grouping copies into one Origin. Overlaps are exact 5-word-shingle set overlaps (MinHash
 * only proposes the candidates). Calibrated with `npx tsx bench/near-duplicates.ts` on pairs generated from the
 * 179 extraction-zyte gold texts of ≥ 60 words (seed 20261129):
 *  - negatives: random pairs ≤ 0.01 containment; same-site pages ≤ 0.27 (a shared boilerplate paragraph);
 *    the nearest page of another site — in that set, real same-event reports by different outlets — ≤ 0.24;
 *    Jaccard ≤ 0.14 everywhere;
 *  - positives (lowest containment seen): trim-middle 0.93, retitle 0.94, reorder 0.84, syndicated 0.86,
 *    5 % of words replaced 0.61–0.67 (median 0.78), dateline + 12 % of words replaced 0.30 (median 0.54).
 * So containment 0.6 (not 0.8: a 5 % word edit would fall below it) sits between 0.27 and 0.61, Jaccard 0.5 far
 * above the negatives' 0.14, and the wire rule (0.35, only with a shared agency credit) catches edited wire
 * copies. Re-run the bench after changing a value.
 */
export const LINK_THRESHOLDS = {
  /** Shared shingles / shingles of the shorter text: a trimmed copy is still a copy. */
  containment: 0.6,
  /** Shared / union: the symmetric measure, for copies of similar length. */
  jaccard: 0.5,
  /** The shorter text must keep at least this share of the longer one's shingles (a quoted paragraph is not a copy). */
  minSizeRatio: 0.2,
  /** Containment is only trusted when the shorter text has at least this many shingles. */
  minShingles: 12,
  /** With a shared agency credit (or one side being the credited agency), this containment suffices. */
  wireContainment: 0.35,
} as const;
