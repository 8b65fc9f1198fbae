/**
 * @module verify/types
 * The records of the verify stage (DESIGN §3): a `Finding` aligns what the articles of a story say about
 * one thing and gives it a status with its evidence; a `Flag` is an integrity problem of one article,
 * with its span and reason; an `ArticleReliability` sums an article's flags and sourcing up in words.
 * No logic.
 */
import type { Analysis } from '../analyze/index.js';
import type { Article, Range, Span } from '../core/types.js';

/** One piece of evidence: a span of an article's clean text and what it says there. */
export interface Evidence {
  readonly span: Span;
  /** The text of the span (the claim or quote as written). */
  readonly text: string;
  readonly originId: string;
  readonly outlet: string | null;
  /** The value the span states, normalised (29, "2025-12-05", "positive step"). */
  readonly value?: string | number;
  readonly unit?: string;
  /** Who the article says asserts it: the outlet itself, a quoted speaker, a study. */
  readonly assertedBy?: string;
}

export type FindingStatus = 'corroborated' | 'single-source' | 'contradicted' | 'unclear';

/**
 * What a finding aligns: claims about one subject and property, one quotation, or one actor's reported stance
 * (an event: who did what, with its cooperation/conflict sign).
 */
export type FindingKind = 'claim' | 'quote' | 'event';

/** Claims about the same subject and property, one quotation, or one actor's stance, aligned across a story's articles. */
export interface Finding {
  /** Stable within a story: "f_" + a hash of kind, subject and property. */
  readonly id: string;
  readonly kind: FindingKind;
  readonly status: FindingStatus;
  /** What the finding is about, in words ("the strategy document", "Dmitry Peskov"). */
  readonly subject: string;
  /** The property compared ("pages", "date of the statement", "quote"). */
  readonly property: string;
  /** One line an analyst can read: "29 pages (002) vs 33 pages (001)". */
  readonly summary: string;
  /** The distinct values stated, each with its evidence. One value unless contradicted or a quote variant. */
  readonly values: readonly FindingValue[];
  /** Number of independent origins that support the finding (for contradicted: that state any value). */
  readonly origins: number;
  /** All evidence, in story order. */
  readonly evidence: readonly Evidence[];
  /** Why this status, in plain words. */
  readonly reasons: readonly string[];
  /** For quotes: whether outlets changed the wording or the speaker. */
  readonly variant?: 'wording' | 'speaker';
  /** For events: the actor whose stance or action it is, and the target when the articles name one. */
  readonly actor?: string;
  readonly target?: string;
}

export interface FindingValue {
  readonly value: string | number;
  readonly unit?: string;
  readonly evidence: readonly Evidence[];
}

export type FlagKind =
  | 'unattributed-expert'
  | 'unsourced-statistic'
  | 'chatbot-residue'
  | 'duplicated-content'
  | 'headline-mismatch'
  | 'promotional-insert'
  | 'boilerplate'
  | 'no-named-source';

/** An integrity problem of one article: product data an analyst is shown (not a diagnostic message). */
export interface Flag {
  readonly articleId: string;
  readonly kind: FlagKind;
  /** Where in the clean text, when the problem is in it. */
  readonly span: Span | null;
  /** Where in the capture's decoded source, when extraction removed the text (chatbot residue, duplicates). */
  readonly sourceRange?: Range;
  /** The text at issue. */
  readonly text: string;
  /** Why it is flagged, in plain words. */
  readonly reason: string;
  readonly severity: 'warning' | 'info';
  /** The rule that fired, e.g. "verify:unattributed-expert". */
  readonly ruleId: string;
}

/** An article's reliability in words: what counts for and against it. Not a score. */
export interface ArticleReliability {
  readonly articleId: string;
  /** One line: "well attributed: TASS, Reuters", "2 integrity flags", "no named source". */
  readonly summary: string;
  /** Points for (named sources, relayed quotes, corroborated claims). */
  readonly strengths: readonly string[];
  /** Points against (each flag, uncorroborated claims). */
  readonly concerns: readonly string[];
}

/** One article of the story as verify sees it. */
export interface VerifyArticle {
  readonly article: Article;
  /** Null when the article has no stored analysis (it then contributes flags only). */
  readonly analysis: Analysis | null;
  readonly originId: string;
  readonly outlet: string | null;
}

/** What verify may ask about the rest of the store. */
export interface CorpusStats {
  /**
   * How many stored articles, other than those of `excludeOrigin` (the origin the mention comes from), mention
   * the entity. Used to tell a widely known expert from one only this source has heard of.
   */
  articlesMentioning(entityId: string, excludeArticleIds: ReadonlySet<string>): number;
}

export interface VerifyInput {
  readonly storyId: string;
  /** In story order. */
  readonly articles: readonly VerifyArticle[];
  readonly corpus: CorpusStats;
}

export interface Verification {
  readonly storyId: string;
  readonly findings: readonly Finding[];
  readonly flags: readonly Flag[];
  readonly reliability: readonly ArticleReliability[];
}
