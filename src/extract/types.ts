/**
 * @module extract/types
 * The intermediate shapes shared by the extract steps: segmentation (html/, text/) produces
 * SourceBlocks, cleaning marks the boilerplate among them, assembly turns the kept ones into
 * the article text. Offsets are into the capture's decoded source string.
 */
import type { BlockKind, BlockMark, Range, RemovalReason } from '../core/types.js';

/** Why a block was dropped and which rule said so. */
export interface BlockRemoval {
  readonly reason: RemovalReason;
  /** "extract:kebab-rule". */
  readonly ruleId: string;
}

/** A candidate block of the page, in source order, before it is kept or removed. */
export interface SourceBlock extends Range {
  readonly kind: BlockKind;
  /** The block's visible text, whitespace collapsed; for table rows the cells joined by " | ". */
  readonly text: string;
  readonly level?: number;
  /** Table rows: each cell's visible text. */
  readonly cells?: readonly string[];
  /** Fraction of the block's characters inside links (HTML only). */
  readonly linkDensity?: number;
  /** Kept in the text but marked, e.g. a promotional insert that later stages flag. */
  readonly mark?: BlockMark;
  /** Set when the block is not part of the main text. */
  readonly removal?: BlockRemoval;
}

/** The decoded source of a capture. */
export interface DecodedSource {
  readonly text: string;
  /** The charset used to decode, lower-case WHATWG label (e.g. "utf-8", "windows-1251"). */
  readonly charset: string;
  /** Where the charset came from: "bom" | "http" | "meta" | "detected" | "default". */
  readonly charsetSource: string;
}
