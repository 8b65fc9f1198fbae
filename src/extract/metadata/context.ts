/**
 * @module extract/metadata/context
 * What the metadata finders are given besides the source.
 */
import type { SourceBlock } from '../types.js';

export interface MetadataContext {
  /** The page's URL if known (from the capture or a record). */
  readonly url?: string;
  /** The page's blocks after cleaning (removed ones carry their reason). */
  readonly blocks: readonly SourceBlock[];
  /** Reference time for plausibility: dates after it are refused. */
  readonly now: Date;
}
