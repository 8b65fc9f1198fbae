/**
 * @module cli/commands/demo
 * `triangulate demo` (what `npm start` runs): ingests the bundled demo corpus into the store
 * and prints what was extracted from each page, then groups the pages into stories, writes every story's brief
 * (Markdown and HTML) and prints the biggest one.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderBriefMarkdown } from '../../brief/index.js';
import type { Brief } from '../../brief/types.js';
import { InternalError } from '../../core/errors.js';
import { ingestInputs } from '../../pipeline/ingest.js';
import type { Store } from '../../store/store.js';
import { formatTable, type Io } from '../output.js';
import { printSummary } from './ingest.js';
import { allStories, renderBrief, updateStories } from './stories.js';

/** The demo corpus shipped in the package (examples/demo). */
export function demoCorpusDir(): string {
  const dir = fileURLToPath(new URL('../../../examples/demo/', import.meta.url));
  if (!existsSync(dir)) throw new InternalError(`demo corpus not found at ${dir}`);
  return dir;
}

export interface DemoOptions {
  /** Folder for the briefs (default .triangulate/briefs). */
  readonly briefsDir?: string;
}

export async function runDemo(store: Store, io: Io, options: DemoOptions = {}): Promise<number> {
  const dir = demoCorpusDir();
  io.stdout.write(`Ingesting the demo corpus (${dir}) into the ${store.dialect} store…\n`);
  const summary = await ingestInputs(store, [dir]);
  printSummary(io, summary);
  const ids = new Set(summary.outcomes.flatMap((o) => (o.status === 'ingested' ? [o.articleId] : [])));
  const page = await store.listArticles({ limit: 500 });
  const rows = [];
  for (const item of page.items) {
    const article = await store.getArticle(item.id);
    if (!article) continue;
    const { meta } = article;
    const authors = (meta.authors?.value ?? []).map((a) => a.name).join(', ');
    rows.push([
      item.id.slice(0, 10),
      (meta.outlet?.value ?? '-').slice(0, 22),
      meta.publishedAt?.value.slice(0, 10) ?? '-',
      authors || '-',
      meta.language?.value ?? '-',
      String(article.text.length),
      String(article.removed.length),
      meta.title?.value ?? '(no title)',
    ]);
  }
  io.stdout.write(
    `\n${formatTable(['id', 'outlet', 'published', 'authors', 'lang', 'chars', 'removed', 'title'], rows, 48)}\n`,
  );
  io.stdout.write(`\n${ids.size} new articles this run, ${page.items.length} in the store.\n`);
  await writeDemoBriefs(store, io, options.briefsDir ?? DEFAULT_BRIEFS_DIR);
  return 0;
}

/** Where `demo` writes the briefs of the demo corpus's stories. */
export const DEFAULT_BRIEFS_DIR = '.triangulate/briefs';

/** Brings stories up to date, writes every story's brief as Markdown and HTML, and prints the biggest one. */
async function writeDemoBriefs(store: Store, io: Io, dir: string): Promise<void> {
  const run = await updateStories(store, io, {});
  const stories = await allStories(store);
  io.stdout.write(`\n${stories.length} stories in ${run.threads} threads; briefs written to ${dir}/:\n`);
  await mkdir(dir, { recursive: true });
  const briefs: Brief[] = [];
  for (const story of stories) {
    const output = await store.getStageOutput('brief', story.id);
    if (!output) continue;
    const brief = output.data as Brief;
    briefs.push(brief);
    for (const format of ['md', 'html'] as const) {
      await writeFile(join(dir, `${story.id}.${format}`), await renderBrief(store, brief, format));
    }
    io.stdout.write(`  ${story.id}  ${story.articles} articles, ${story.origins} origins  ${story.title}\n`);
  }
  const first = [...briefs].sort((a, b) => b.origins - a.origins || b.sources.length - a.sources.length)[0];
  if (first) io.stdout.write(`\n${renderBriefMarkdown(first)}\n`);
  io.stdout.write('Try: npx triangulate stories · npx triangulate brief <story> --format html --out briefs\n');
}
