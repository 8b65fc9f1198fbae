/**
 * @module present/story
 * Stories, threads, findings and flags as the CLI and API show them: plain JSON views and one-line summaries.
 */

import type { StorySummary } from '../store/store.js';
import type { Story, Thread } from '../stories/types.js';
import type { Finding, Flag } from '../verify/types.js';

export interface StoryView {
  readonly id: string;
  readonly title: string;
  readonly articles: readonly {
    readonly id: string;
    readonly input: string;
    readonly title: string | null;
    readonly outlet: string | null;
    readonly outletKey: string;
    readonly publishedAt: string | null;
    readonly originId: string;
    readonly reasons: readonly string[];
  }[];
  readonly origins: Story['origins'];
  readonly firstPublished: string | null;
  readonly lastPublished: string | null;
  readonly thread: { readonly id: string; readonly title: string; readonly storyIds: readonly string[] } | null;
  readonly counts: Pick<StorySummary, 'findings' | 'contradicted' | 'flags'> | null;
}

export function storyToJson(story: Story, thread: Thread | null, summary: StorySummary | null): StoryView {
  return {
    id: story.id,
    title: story.title,
    articles: story.articles.map((a) => ({
      id: a.id,
      input: a.input,
      title: a.title,
      outlet: a.outlet,
      outletKey: a.outletKey,
      publishedAt: a.publishedAt,
      originId: a.originId,
      reasons: a.reasons,
    })),
    origins: story.origins,
    firstPublished: story.firstPublished,
    lastPublished: story.lastPublished,
    thread: thread ? { id: thread.id, title: thread.title, storyIds: thread.storyIds } : null,
    counts: summary ? { findings: summary.findings, contradicted: summary.contradicted, flags: summary.flags } : null,
  };
}

/** "29 pages (a_86a3…) vs 33 pages (a_8b9b…)" style one-liner with the status. */
export function findingLine(finding: Finding): string {
  const origins = finding.origins === 1 ? '1 origin' : `${finding.origins} origins`;
  return `${finding.status.padEnd(13)} ${finding.subject} — ${finding.property}: ${finding.summary} (${origins})`;
}

export function flagLine(flag: Flag): string {
  const where = flag.span
    ? `${flag.span.start}-${flag.span.end}`
    : flag.sourceRange
      ? `source ${flag.sourceRange.start}-${flag.sourceRange.end}`
      : '-';
  return `${flag.articleId}:${where} ${flag.severity} ${flag.kind}: ${flag.reason} ("${oneLine(flag.text, 70)}")`;
}

function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
