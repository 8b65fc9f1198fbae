/**
 * @module cli/commands/demo
 * `triangulate demo` (what `npm start` runs): ingests the bundled demo corpus into the store
 * and prints what was extracted from each page.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { InternalError } from '../../core/errors.js';
import { ingestInputs } from '../../pipeline/ingest.js';
import type { Store } from '../../store/store.js';
import { formatTable, type Io } from '../output.js';
import { printSummary } from './ingest.js';

/** The demo corpus shipped in the package (examples/demo). */
export function demoCorpusDir(): string {
  const dir = fileURLToPath(new URL('../../../examples/demo/', import.meta.url));
  if (!existsSync(dir)) throw new InternalError(`demo corpus not found at ${dir}`);
  return dir;
}

export async function runDemo(store: Store, io: Io): Promise<number> {
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
  io.stdout.write(
    `\n${ids.size} new articles this run, ${page.items.length} in the store. Try: npx triangulate show <id>\n`,
  );
  return 0;
}
