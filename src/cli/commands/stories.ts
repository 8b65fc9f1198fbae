/**
 * @module cli/commands/stories
 * `triangulate stories`, `recluster`, `brief` and `findings`: bring stories up to date with the store, list
 * them, rebuild them from scratch, and print or write a story's brief and its verification.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderBriefHtml, renderBriefMarkdown } from '../../brief/index.js';
import type { Brief } from '../../brief/types.js';
import { UserError } from '../../core/errors.js';
import type { Article } from '../../core/types.js';
import { runStories, type StoriesRunSummary } from '../../pipeline/stories.js';
import { findingLine, flagLine, storyToJson } from '../../present/story.js';
import type { Store, StorySummary } from '../../store/store.js';
import type { Verification } from '../../verify/types.js';
import { formatTable, type Io, printJson } from '../output.js';
import { createProgress } from '../progress.js';

export type BriefFormat = 'md' | 'html' | 'json';
export const BRIEF_FORMATS: readonly BriefFormat[] = ['md', 'html', 'json'];

export interface StoriesCommandOptions {
  readonly json?: boolean;
  readonly quiet?: boolean;
  /** Articles per transaction (default: see `runStories`). */
  readonly batchSize?: number;
}

/** Adds pending articles to stories, with a progress line unless quiet or JSON. */
export async function updateStories(
  store: Store,
  io: Io,
  options: StoriesCommandOptions & { recluster?: boolean },
): Promise<StoriesRunSummary> {
  const progress = createProgress(io, !options.json && !options.quiet);
  const summary = await runStories(store, {
    recluster: options.recluster ?? false,
    ...(options.batchSize ? { batchSize: options.batchSize } : {}),
    onProgress: (done, total) => progress.tick(`stories: ${done}/${total} articles`, {}),
  });
  progress.done();
  return summary;
}

export async function runStoriesCommand(store: Store, options: StoriesCommandOptions, io: Io): Promise<number> {
  const run = await updateStories(store, io, options);
  const summaries = await allStories(store);
  if (options.json) {
    const views = [];
    for (const summary of summaries) {
      const story = await store.getStory(summary.id);
      if (story) views.push(storyToJson(story, await store.getThread(story.threadId), summary));
    }
    printJson(io, views);
    return 0;
  }
  if (!options.quiet && run.added > 0)
    io.stdout.write(`${run.added} articles added; ${run.changed} stories written.\n`);
  const rows = summaries.map((s) => [
    s.id,
    String(s.articles),
    String(s.origins),
    s.outlets.join(', ') || '-',
    s.lastPublished?.slice(0, 10) ?? '-',
    `${s.contradicted}/${s.findings}`,
    String(s.flags),
    s.threadId,
    s.title,
  ]);
  io.stdout.write(
    `${formatTable(['story', 'arts', 'origins', 'outlets', 'last', 'contra/find', 'flags', 'thread', 'title'], rows, 40)}\n`,
  );
  io.stdout.write(`\n${summaries.length} stories. Try: npx triangulate brief <story>\n`);
  return 0;
}

export async function runRecluster(store: Store, options: StoriesCommandOptions, io: Io): Promise<number> {
  const run = await updateStories(store, io, { ...options, recluster: true });
  if (options.json) printJson(io, run);
  else if (!options.quiet)
    io.stdout.write(`Reclustered ${run.added} articles into ${run.stories} stories in ${run.threads} threads.\n`);
  return 0;
}

export interface BriefCommandOptions {
  readonly all?: boolean;
  readonly format?: string;
  readonly out?: string;
}

export async function runBrief(
  store: Store,
  storyId: string | undefined,
  options: BriefCommandOptions,
  io: Io,
): Promise<number> {
  const format = briefFormat(options.format);
  if (!options.all && !storyId) throw new UserError('give a story id, or --all for every story');
  await updateStories(store, io, { quiet: true });
  const ids = options.all ? (await allStories(store)).map((s) => s.id) : [storyId as string];
  if (options.out) await mkdir(options.out, { recursive: true });
  for (const id of ids) {
    const brief = await storedBrief(store, id);
    const rendered = await renderBrief(store, brief, format);
    if (options.out) {
      const file = join(options.out, `${id}.${format}`);
      await writeFile(file, rendered);
      io.stdout.write(`${file}  ${brief.check.unsupported} unsupported sentences  ${brief.title}\n`);
    } else io.stdout.write(rendered.endsWith('\n') ? rendered : `${rendered}\n`);
  }
  return 0;
}

export async function runFindings(store: Store, storyId: string, options: { json?: boolean }, io: Io): Promise<number> {
  await updateStories(store, io, { quiet: true });
  const output = await store.getStageOutput('verify', storyId);
  if (!output) throw new UserError(`no story ${storyId} in the store (see: triangulate stories)`);
  const verification = output.data as Verification;
  if (options.json) {
    printJson(io, verification);
    return 0;
  }
  io.stdout.write(`Findings of ${storyId}:\n`);
  for (const finding of verification.findings) io.stdout.write(`  ${findingLine(finding)}\n`);
  if (verification.findings.length === 0) io.stdout.write('  (none)\n');
  io.stdout.write('\nIntegrity flags:\n');
  for (const flag of verification.flags) io.stdout.write(`  ${flagLine(flag)}\n`);
  if (verification.flags.length === 0) io.stdout.write('  (none)\n');
  io.stdout.write('\nReliability:\n');
  for (const r of verification.reliability) io.stdout.write(`  ${r.articleId}: ${r.summary}\n`);
  return 0;
}

function briefFormat(value: string | undefined): BriefFormat {
  const format = (value ?? 'md') as BriefFormat;
  if (!BRIEF_FORMATS.includes(format)) {
    throw new UserError(`unknown brief format "${value}": use one of ${BRIEF_FORMATS.join(', ')}`);
  }
  return format;
}

async function storedBrief(store: Store, storyId: string): Promise<Brief> {
  const output = await store.getStageOutput('brief', storyId);
  if (!output) throw new UserError(`no story ${storyId} in the store (see: triangulate stories)`);
  return output.data as Brief;
}

/** A brief in the asked format (HTML embeds the cited sources, so it loads the story's articles). */
export async function renderBrief(store: Store, brief: Brief, format: BriefFormat): Promise<string> {
  if (format === 'json') return `${JSON.stringify(brief, null, 2)}\n`;
  if (format === 'md') return renderBriefMarkdown(brief);
  const articles = new Map<string, Article>();
  const ids = new Set([...brief.sources.map((s) => s.articleId), ...citedArticleIds(brief)]);
  for (const id of ids) {
    const article = await store.getArticle(id);
    if (article) articles.set(id, article);
  }
  return renderBriefHtml(brief, articles);
}

function citedArticleIds(brief: Brief): string[] {
  const cited = [
    ...brief.sentences.flatMap((s) => s.citations),
    ...brief.quotes.flatMap((q) => q.citations),
    ...brief.positions.flatMap((p) => p.citations),
  ];
  return cited.map((c) => c.articleId);
}

/** Every story summary, page by page. */
export async function allStories(store: Store): Promise<StorySummary[]> {
  const all: StorySummary[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.listStories({ limit: 1000, ...(cursor ? { cursor } : {}) });
    all.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return all;
}
