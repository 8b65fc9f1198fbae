/**
 * @module brief/types
 * The record of the brief stage (DESIGN §3): per story, a lead whose every sentence cites the source spans
 * it rests on, key quotes, a numbers table, the disagreements, a timeline, an actor × issue positions table,
 * the integrity flags of the sources, and the result of checking every citation. No logic.
 */
import type { ArticleReliability, Finding, FindingStatus, Flag } from '../verify/types.js';

/** A pointer into an article's clean text. */
export interface Citation {
  readonly articleId: string;
  readonly start: number;
  readonly end: number;
}

export interface BriefSentence {
  readonly text: string;
  /** 'source': the sentence is a source sentence verbatim; 'template': filled from findings. */
  readonly kind: 'source' | 'template';
  /** The first citation is the sentence's own source; the rest corroborate it. */
  readonly citations: readonly Citation[];
  /** Independent origins behind the sentence. */
  readonly origins: number;
  readonly status: FindingStatus;
  /** Why the sentence was chosen and how it is supported. */
  readonly reasons: readonly string[];
}

export interface BriefQuote {
  /** The quoted words as written. */
  readonly text: string;
  readonly speaker: { readonly name: string; readonly entityId: string | null; readonly role?: string };
  /** Relay chain, nearest first ("TASS", "Reuters"). */
  readonly via: readonly string[];
  readonly direct: boolean;
  readonly citations: readonly Citation[];
  /** How other outlets carry it: same words (corroborated), changed wording or speaker (variant). */
  readonly status: FindingStatus | 'variant';
  readonly alsoIn: readonly Citation[];
  /** Set when the quote lies on a flagged span (e.g. an expert no other source knows). */
  readonly note?: string;
}

export interface BriefNumber {
  /** As written ("29-page", "nearly two-thirds"). */
  readonly text: string;
  readonly value: number | string;
  readonly unit?: string;
  /** What it counts or measures ("the strategy document"). */
  readonly of: string;
  /** Who says so: the outlet, or the speaker or study the outlet cites. */
  readonly saidBy: string;
  readonly status: FindingStatus | 'flagged';
  readonly note?: string;
  readonly citations: readonly Citation[];
}

export interface TimelineEntry {
  /** "YYYY-MM-DD", "YYYY-MM" or "YYYY". */
  readonly date: string;
  readonly text: string;
  /** How the date was found: 'absolute', 'weekday-before-article-date', 'published' … */
  readonly method: string;
  /** One citation per origin: the shown sentence first, then the original of each other origin. */
  readonly citations: readonly Citation[];
  /** Independent origins that date this event (additive). */
  readonly origins?: number;
  /** Dated sentences merged into the entry, copies included (additive). */
  readonly group?: number;
}

/** When the story was published: first and last publication, and how many articles give no date. */
export interface BriefCoverage {
  readonly first?: { readonly at: string; readonly outlet: string; readonly articleId: string };
  readonly last?: { readonly at: string; readonly outlet: string; readonly articleId: string };
  readonly undated: number;
}

export interface PositionCell {
  readonly actor: string;
  readonly actorId: string;
  readonly issue: string;
  /** What the actor said or did on the issue, short. */
  readonly stance: string;
  /** Goldstein-style tone when an event carries it (-10 conflict … +10 cooperation). */
  readonly tone?: number;
  readonly citations: readonly Citation[];
  /** True when the evidence comes from another story of the thread. */
  readonly fromThread?: boolean;
}

/** A disagreement as shown: a contradicted or unclear finding, each side worded as its sources word it. */
export interface BriefDisagreement {
  readonly findingId: string;
  /** "length in pages of the strategy document". */
  readonly what: string;
  readonly status: FindingStatus;
  /** Two or more sides: the value as written ("29 pages", "\"on Tuesday\"") and who says it. */
  readonly sides: readonly { readonly text: string; readonly citations: readonly Citation[] }[];
  /** The finding's first reason ("may be two different statements"). */
  readonly note: string;
}

export interface BriefCheck {
  readonly sentences: number;
  readonly citedSentences: number;
  readonly citations: number;
  /** Citations whose span exists in the cited article's text. */
  readonly citationsFound: number;
  /** Sentences whose citations do not support them (no span found, or the words do not match). */
  readonly unsupported: number;
  readonly problems: readonly string[];
}

export interface BriefSource {
  readonly articleId: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly publishedAt: string | null;
  readonly originId: string;
  readonly reliability: ArticleReliability | null;
}

export interface Brief {
  readonly storyId: string;
  readonly title: string;
  readonly generator: { readonly name: 'brief'; readonly version: string };
  readonly sources: readonly BriefSource[];
  /** Independent origins among the sources. */
  readonly origins: number;
  readonly thread: {
    readonly id: string;
    readonly title: string;
    readonly stories: readonly { readonly id: string; readonly title: string }[];
  } | null;
  readonly sentences: readonly BriefSentence[];
  readonly quotes: readonly BriefQuote[];
  readonly numbers: readonly BriefNumber[];
  /** Every finding of the story (the disagreements are those contradicted or unclear). */
  readonly findings: readonly Finding[];
  /** The contradicted and unclear findings, worded for display (always set by buildBrief). */
  readonly disagreements?: readonly BriefDisagreement[];
  readonly flags: readonly Flag[];
  readonly timeline: readonly TimelineEntry[];
  /** Publication dates of the story's articles (always set by buildBrief; additive). */
  readonly coverage?: BriefCoverage;
  readonly positions: readonly PositionCell[];
  readonly check: BriefCheck;
}
