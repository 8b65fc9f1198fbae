/**
 * @module web/pages/story-types
 * The shapes the story page reads from the API (the Brief and Verification records, as JSON).
 */

export interface Citation {
  readonly articleId: string;
  readonly start: number;
  readonly end: number;
}

export interface Evidence {
  readonly span: Citation;
  readonly text: string;
  readonly outlet: string | null;
  readonly value?: string | number;
  readonly unit?: string;
  readonly assertedBy?: string;
}

export interface Finding {
  readonly id: string;
  readonly kind: string;
  readonly status: string;
  readonly subject: string;
  readonly property: string;
  readonly summary: string;
  readonly values: readonly { value: string | number; unit?: string; evidence: readonly Evidence[] }[];
  readonly origins: number;
  readonly evidence: readonly Evidence[];
  readonly reasons: readonly string[];
}

export interface Flag {
  readonly articleId: string;
  readonly kind: string;
  readonly span: Citation | null;
  readonly text: string;
  readonly reason: string;
  readonly severity: string;
}

export interface Brief {
  readonly sources: readonly {
    articleId: string;
    title: string | null;
    outlet: string | null;
    publishedAt: string | null;
    originId: string;
    reliability: { summary: string } | null;
  }[];
  readonly sentences: readonly {
    text: string;
    status: string;
    origins: number;
    citations: readonly Citation[];
    reasons: readonly string[];
  }[];
  readonly quotes: readonly {
    text: string;
    speaker: { name: string; entityId: string | null; role?: string };
    via: readonly string[];
    direct: boolean;
    status: string;
    citations: readonly Citation[];
    alsoIn: readonly Citation[];
  }[];
  readonly numbers: readonly {
    text: string;
    value: number | string;
    unit?: string;
    of: string;
    saidBy: string;
    status: string;
    note?: string;
    citations: readonly Citation[];
  }[];
  readonly findings: readonly Finding[];
  readonly flags: readonly Flag[];
  readonly timeline: readonly { date: string; text: string; method: string; citations: readonly Citation[] }[];
  readonly positions: readonly {
    actor: string;
    actorId: string;
    issue: string;
    stance: string;
    tone?: number;
    citations: readonly Citation[];
    fromThread?: boolean;
  }[];
  readonly check: {
    sentences: number;
    citedSentences: number;
    citations: number;
    citationsFound: number;
    unsupported: number;
    problems: readonly string[];
  };
}

export interface StoryDetail {
  readonly story: {
    readonly id: string;
    readonly title: string;
    readonly threadId: string;
    readonly articles: readonly {
      id: string;
      title: string | null;
      outlet: string | null;
      publishedAt: string | null;
      originId: string;
      reasons: readonly string[];
    }[];
    readonly origins: readonly { id: string; articleIds: readonly string[]; kind: string; agency?: string }[];
    readonly firstPublished: string | null;
    readonly lastPublished: string | null;
  };
  readonly thread: { id: string; title: string; storyIds: readonly string[] } | null;
  readonly verification: { findings: number; contradicted: number; flags: number } | null;
  readonly hasBrief: boolean;
}

export interface Findings {
  readonly verified: boolean;
  readonly findings: readonly Finding[];
  readonly flags: readonly Flag[];
  readonly reliability: readonly { articleId: string; summary: string }[];
}
