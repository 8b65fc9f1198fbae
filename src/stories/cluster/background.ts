/**
 * @module stories/cluster/background
 * The shipped background document frequencies (background-df.generated.ts, built by
 * scripts/build-background-df.ts from ner-wikigold) as a `Background` for the term IDF, so common words weigh
 * little from the first article on. `scale` multiplies the background's counts (0 = no background).
 */
import { BACKGROUND_DF, BACKGROUND_DOCS } from './background-df.generated.js';
import { terms } from './text.js';
import type { Background } from './vectors.js';

const cache = new Map<number, Background>();

/** The background table with its counts multiplied by `scale` (rounded); parsed once per scale. */
export function backgroundTable(scale: number): Background {
  const known = cache.get(scale);
  if (known) return known;
  const df = new Map<string, number>();
  if (scale > 0) {
    const parts = BACKGROUND_DF.split(' ');
    for (let i = 0; i + 1 < parts.length; i += 2) df.set(parts[i] as string, Math.round(Number(parts[i + 1]) * scale));
  }
  const table = { n: Math.round(BACKGROUND_DOCS * scale), df };
  cache.set(scale, table);
  return table;
}

/**
 * The background document frequency of an entity, read from its name: that of the name's rarest word (0 when a
 * word is not in the table). "Moscow", "Washington", "Russia" are common in news; "the Kremlin" or "Dmitry
 * Peskov" are not. Gives the entity IDF a cold start like the term IDF's.
 */
export function entityBackgroundDf(name: string, table: Background): number {
  let df = Number.POSITIVE_INFINITY;
  for (const t of terms(name)) df = Math.min(df, table.df.get(t) ?? 0);
  return Number.isFinite(df) ? df : 0;
}
