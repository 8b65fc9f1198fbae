/**
 * @module core/types
 * The records of the pipeline (DESIGN §3). Stand-off: every later record points back at an
 * article's immutable `text` by character span. No I/O, no dependencies.
 */

/** ISO 8601 date-time string, e.g. "2025-12-07T10:15:00Z" or a bare day "2025-12-07". */
export type IsoDate = string;

/** A half-open range `[start, end)` of UTF-16 code units in `Article.text` of `articleId`. */
export interface Span {
  readonly articleId: string;
  readonly start: number;
  readonly end: number;
}

/** A half-open range in some string that is not an article text (a capture's decoded source, say). */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/** Where a metadata value was found. */
export type FieldSource =
  | 'json-ld'
  | 'meta'
  | 'microdata'
  | 'time'
  | 'title'
  | 'byline'
  | 'breadcrumb'
  | 'url'
  | 'text'
  | 'record'
  | 'http'
  | 'detector';

/** One metadata value with its provenance. `confidence` is in [0, 1]. */
export interface Field<T> {
  readonly value: T;
  readonly source: FieldSource;
  readonly confidence: number;
  /** Short human note, e.g. "from <meta property=article:published_time>". */
  readonly note?: string;
}

/** How a capture's bytes should be read. */
export type CaptureKind = 'html' | 'text';

/** Raw bytes as ingested, before any interpretation. Identified by the hash of its bytes. */
export interface Capture {
  /** "c_" + the first 20 hex digits of `contentHash`. */
  readonly id: string;
  /** SHA-256 of `bytes`, hex. */
  readonly contentHash: string;
  readonly bytes: Uint8Array;
  readonly kind: CaptureKind;
  /** Media type as declared or guessed, e.g. "text/html". */
  readonly mediaType: string;
  /** Charset declared by the transport (HTTP header, record field), if any. */
  readonly declaredCharset?: string;
  /** How the user named this input: a path, a URL, "stdin", "archive.warc.gz#record-12". */
  readonly input: string;
  /** The URL the content was fetched from or claims to come from. */
  readonly url?: string;
  readonly fetchedAt?: IsoDate;
}

export interface Author {
  readonly name: string;
  /** Job title given by the byline, e.g. "Senior News Editor". */
  readonly role?: string;
}

/** A kept block the page itself sets apart from the reporting ("Pro Tip:", "Did you know?"). */
export type BlockMark = 'promo';

export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'table-row' | 'quote' | 'preformatted' | 'caption';

/** A structural block of an article's clean text; `start`/`end` are offsets into `Article.text`. */
export interface Block extends Range {
  readonly kind: BlockKind;
  /** Heading level 1–6, or list nesting depth. */
  readonly level?: number;
  /** Set when the block is kept but set apart from the reporting (a promotional insert). */
  readonly mark?: BlockMark;
  /** For table rows: the cell ranges inside the row, as offsets into `Article.text`. */
  readonly cells?: readonly Range[];
}

/** Why a piece of the source was left out of the clean text. */
export type RemovalReason =
  | 'chrome'
  | 'navigation'
  | 'breadcrumb'
  | 'call-to-action'
  | 'teaser'
  | 'comments'
  | 'ad-block-notice'
  | 'cookie-notice'
  | 'share'
  | 'newsletter'
  | 'advertisement'
  | 'promo'
  | 'chatbot-residue'
  | 'duplicate-block'
  | 'duplicate-row'
  | 'byline'
  | 'title'
  | 'metadata-line'
  | 'footer'
  | 'empty';

/** A piece of the source that extraction removed, with offsets in the capture's decoded source string. */
export interface Removal extends Range {
  readonly reason: RemovalReason;
  readonly text: string;
  /** The rule that fired, e.g. "extract:call-to-action". */
  readonly ruleId: string;
}

export interface ArticleMeta {
  readonly title: Field<string> | null;
  readonly outlet: Field<string> | null;
  readonly authors: Field<Author[]> | null;
  readonly publishedAt: Field<IsoDate> | null;
  readonly updatedAt: Field<IsoDate> | null;
  readonly section: Field<string> | null;
  readonly language: Field<string> | null;
  /** Canonical URL of the article, if known. */
  readonly url: Field<string> | null;
}

/** The clean article extracted from one capture. Its `text` is immutable: every span points into it. */
export interface Article {
  /** "a_" + the first 20 hex digits of the capture hash (one article per capture). */
  readonly id: string;
  readonly captureId: string;
  readonly input: string;
  /** Clean main text; blocks separated by a blank line ("\n\n"). */
  readonly text: string;
  readonly blocks: readonly Block[];
  readonly meta: ArticleMeta;
  readonly removed: readonly Removal[];
  readonly extractor: { readonly name: string; readonly version: string };
}
