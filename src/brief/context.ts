/**
 * @module brief/context
 * The brief's input (a story, its articles with their analyses, the story's verification and the other stories
 * of its thread) and the lookups every section shares: an article's origin, outlet label, flags and entity
 * names. Pure; the knowledge base is injected or loaded once (cached).
 */
import type { Analysis } from '../analyze/index.js';
import { type KnowledgeBase, loadKnowledgeBase } from '../analyze/kb/index.js';
import type { Article, Range } from '../core/types.js';
import type { Story, Thread } from '../stories/types.js';
import type { Flag, Verification } from '../verify/types.js';
import type { Citation } from './types.js';

export interface BriefArticle {
  readonly article: Article;
  readonly analysis: Analysis | null;
}

export interface BriefThreadStory {
  readonly story: Story;
  readonly articles: readonly BriefArticle[];
}

export interface BriefInput {
  readonly story: Story;
  readonly articles: readonly BriefArticle[];
  readonly verification: Verification;
  /** The story's thread and its other stories (evidence for positions), or null. */
  readonly thread: { readonly thread: Thread; readonly stories: readonly BriefThreadStory[] } | null;
}

export interface BriefOptions {
  /** Knowledge base for entity → country (default: the shipped one). */
  readonly kb?: KnowledgeBase;
}

export interface BriefContext {
  readonly input: BriefInput;
  readonly kb: KnowledgeBase;
  /** The story's articles in story order. */
  readonly articles: readonly BriefArticle[];
  readonly byId: ReadonlyMap<string, BriefArticle>;
  originOf(articleId: string): string;
  outletOf(articleId: string): string;
  flagsOf(articleId: string): readonly Flag[];
  /** Warning flags of the article (chatbot residue, unattributed experts …). */
  warnings(articleId: string): number;
  /** Whether a range of the article lies on a flagged span. */
  isFlagged(articleId: string, range: Range): boolean;
}

export function makeContext(input: BriefInput, options: BriefOptions = {}): BriefContext {
  const byId = new Map(input.articles.map((a) => [a.article.id, a]));
  const members = new Map(input.story.articles.map((m) => [m.id, m]));
  const order = input.story.articles.map((m) => byId.get(m.id)).filter((a): a is BriefArticle => a !== undefined);
  const articles = [...order, ...input.articles.filter((a) => !members.has(a.article.id))];
  const flags = new Map<string, Flag[]>();
  for (const f of input.verification.flags) flags.set(f.articleId, [...(flags.get(f.articleId) ?? []), f]);
  const flagsOf = (id: string) => flags.get(id) ?? [];
  return {
    input,
    kb: options.kb ?? loadKnowledgeBase(),
    articles,
    byId,
    originOf: (id) => members.get(id)?.originId ?? `o_${id.replace(/^a_/, '')}`,
    outletOf: (id) => members.get(id)?.outlet ?? byId.get(id)?.article.meta.outlet?.value ?? id.slice(0, 10),
    flagsOf,
    warnings: (id) => flagsOf(id).filter((f) => f.severity === 'warning').length,
    isFlagged: (id, r) =>
      flagsOf(id).some((f) => f.span !== null && f.span.start < r.end && r.start < f.span.end && isSpanFlag(f)),
  };
}

/** Flags that discredit the text they point at (not just the article as a whole). */
function isSpanFlag(f: Flag): boolean {
  return f.kind !== 'headline-mismatch' && f.kind !== 'no-named-source';
}

export function cite(articleId: string, r: Range): Citation {
  return { articleId, start: r.start, end: r.end };
}

/** Distinct origins behind a list of citations. */
export function originsOf(ctx: BriefContext, citations: readonly Citation[]): number {
  return new Set(citations.map((c) => ctx.originOf(c.articleId))).size;
}

export function sameCitation(a: Citation, b: Citation): boolean {
  return a.articleId === b.articleId && a.start === b.start && a.end === b.end;
}

export function uniqueCitations(list: readonly Citation[]): Citation[] {
  const out: Citation[] = [];
  for (const c of list) if (!out.some((o) => sameCitation(o, c))) out.push(c);
  return out;
}
