/**
 * @module cli/commands/extract
 * `triangulate extract <file|url>...` — extraction without a store: one Article per input document.
 */
import { errorMessage } from '../../core/errors.js';
import { MessageLog } from '../../core/message.js';
import { extractArticle } from '../../extract/index.js';
import { collectSources } from '../../ingest/collect.js';
import { type ArticleJson, articleToJson } from '../../present/article.js';
import { type Io, printJson, printJsonLine } from '../output.js';

export interface ExtractCommandOptions {
  readonly json?: boolean;
  readonly jsonl?: boolean;
  readonly allowPrivate?: boolean;
}

type Row = ArticleJson | { input: string; error: string; code: string };

/** Returns the exit code: 0 when every input yielded an article, 1 when some failed. */
export async function runExtract(inputs: string[], options: ExtractCommandOptions, io: Io): Promise<number> {
  const rows: Row[] = [];
  let failed = 0;
  const now = new Date();
  for await (const item of collectSources(inputs, {
    fetch: { allowPrivate: options.allowPrivate ?? false },
    stdin: io.stdin,
  })) {
    let row: Row;
    if (!item.ok) {
      row = { input: item.input, error: item.reason, code: item.code };
    } else {
      try {
        row = articleToJson(extractArticle(item.capture, { log: new MessageLog('extract'), now }).article);
      } catch (error) {
        row = { input: item.capture.input, error: `extraction failed: ${errorMessage(error)}`, code: 'extract:failed' };
      }
    }
    if ('error' in row) failed += 1;
    if (options.jsonl) printJsonLine(io, row);
    else if (!options.json) printHuman(io, row);
    rows.push(row);
  }
  if (options.json) printJson(io, rows);
  return failed > 0 ? 1 : 0;
}

function printHuman(io: Io, row: Row): void {
  if ('error' in row) {
    io.stderr.write(`${row.input}: ${row.error} (${row.code})\n`);
    return;
  }
  const authors = row.authors.map((a) => (a.role ? `${a.name} (${a.role})` : a.name)).join(', ');
  const lines = [
    `# ${row.title ?? '(no title)'}`,
    `input: ${row.input}`,
    `outlet: ${row.outlet ?? '-'} · section: ${row.section ?? '-'} · language: ${row.language ?? '-'}`,
    `authors: ${authors || '-'} · published: ${row.publishedAt ?? '-'}`,
    `removed: ${row.removed.length} pieces (${[...new Set(row.removed.map((r) => r.reason))].join(', ') || 'none'})`,
    '',
    row.text,
    '',
  ];
  io.stdout.write(`${lines.join('\n')}\n`);
}
