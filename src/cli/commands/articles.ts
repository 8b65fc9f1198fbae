/**
 * @module cli/commands/articles
 * `triangulate articles`, `triangulate show <id>`, `triangulate search <query>` — read the store.
 */
import { UserError } from '../../core/errors.js';
import { formatMessage } from '../../core/message.js';
import { articleToJson } from '../../present/article.js';
import type { Store } from '../../store/store.js';
import { formatTable, type Io, printJson } from '../output.js';

export async function runArticles(
  store: Store,
  options: { json?: boolean; limit?: number; outlet?: string; cursor?: string },
  io: Io,
): Promise<number> {
  const page = await store.listArticles({ limit: options.limit ?? 50, outlet: options.outlet, cursor: options.cursor });
  if (options.json) {
    printJson(io, page);
    return 0;
  }
  const rows = page.items.map((a) => [
    a.id,
    a.publishedAt?.slice(0, 10) ?? '-',
    a.outlet ?? '-',
    a.title ?? '(no title)',
    String(a.chars),
  ]);
  io.stdout.write(`${formatTable(['id', 'published', 'outlet', 'title', 'chars'], rows)}\n`);
  if (page.nextCursor) io.stdout.write(`more: --cursor ${page.nextCursor}\n`);
  return 0;
}

export async function runShow(store: Store, id: string, options: { json?: boolean }, io: Io): Promise<number> {
  const article = await store.getArticle(id);
  if (!article)
    throw new UserError(`no article with id ${id} (see \`triangulate articles\`)`, {
      code: 'cli:not-found',
      input: id,
    });
  const messages = await store.getMessages(id);
  if (options.json) {
    printJson(io, { ...articleToJson(article), messages });
    return 0;
  }
  const json = articleToJson(article);
  io.stdout.write(`# ${json.title ?? '(no title)'}\n`);
  for (const [field, prov] of Object.entries(json.provenance)) {
    const value =
      field === 'authors'
        ? json.authors.map((a) => (a.role ? `${a.name} (${a.role})` : a.name)).join(', ')
        : String((json as unknown as Record<string, unknown>)[field] ?? '-');
    io.stdout.write(
      `${field.padEnd(12)} ${value || '-'}${prov ? `   [${prov.source}, ${prov.confidence.toFixed(2)}${prov.note ? `: ${prov.note}` : ''}]` : ''}\n`,
    );
  }
  io.stdout.write(`\n${json.text}\n\n`);
  io.stdout.write(`removed (${json.removed.length}):\n`);
  for (const r of json.removed)
    io.stdout.write(`  ${r.start}-${r.end} ${r.reason}: ${r.text.replace(/\s+/g, ' ').slice(0, 100)}\n`);
  if (messages.length) io.stdout.write(`messages:\n${messages.map((m) => `  ${formatMessage(m)}`).join('\n')}\n`);
  return 0;
}

export async function runSearch(
  store: Store,
  query: string,
  options: { json?: boolean; limit?: number },
  io: Io,
): Promise<number> {
  const hits = await store.searchArticles(query, options.limit ?? 20);
  if (options.json) {
    printJson(io, hits);
    return 0;
  }
  for (const hit of hits)
    io.stdout.write(`${hit.articleId}  ${hit.title ?? '(no title)'}\n    ${hit.snippet.replace(/\s+/g, ' ')}\n`);
  if (hits.length === 0) io.stdout.write('no matches\n');
  return 0;
}
