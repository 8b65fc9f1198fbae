/**
 * @module cli/commands/analyze
 * `triangulate analyze <file|url|articleId>...` — sentences, entities, quotes and claims of articles,
 * from inputs (extracted on the fly) or from stored article ids.
 */
import { type Analysis, analyzeArticle } from '../../analyze/index.js';
import { errorMessage, UserError } from '../../core/errors.js';
import { MessageLog } from '../../core/message.js';
import type { Article } from '../../core/types.js';
import { extractArticle } from '../../extract/index.js';
import { collectSources } from '../../ingest/collect.js';
import { storedAnalysis } from '../../pipeline/analyses.js';
import { analysisToJson } from '../../present/analysis.js';
import { openStore } from '../../store/open.js';
import { type Io, printJson } from '../output.js';

const ARTICLE_ID = /^a_[0-9a-f]{20}$/;

export interface AnalyzeCommandOptions {
  readonly json?: boolean;
  readonly db?: string;
  readonly allowPrivate?: boolean;
}

export async function runAnalyze(inputs: string[], options: AnalyzeCommandOptions, io: Io): Promise<number> {
  let failed = 0;
  const results: unknown[] = [];
  for await (const { article, stored } of articlesFor(inputs, options, io, () => failed++)) {
    const analysis = stored ?? analyzeArticle(article, { log: new MessageLog('analyze'), now: new Date() });
    const json = analysisToJson(article, analysis);
    if (options.json) results.push(json);
    else printHuman(io, json);
  }
  if (options.json) printJson(io, results);
  return failed > 0 ? 1 : 0;
}

async function* articlesFor(
  inputs: string[],
  options: AnalyzeCommandOptions,
  io: Io,
  onFail: () => void,
): AsyncGenerator<{ article: Article; stored: Analysis | null }> {
  const ids = inputs.filter((i) => ARTICLE_ID.test(i));
  const others = inputs.filter((i) => !ARTICLE_ID.test(i));
  if (ids.length > 0) {
    const store = await openStore(options.db);
    try {
      for (const id of ids) {
        const article = await store.getArticle(id);
        if (!article)
          throw new UserError(`no article with id ${id} (see \`triangulate articles\`)`, {
            code: 'cli:not-found',
            input: id,
          });
        // What ingest stored is used when the analyzer has not changed since; else it is computed afresh.
        const stored = await storedAnalysis(store, id);
        yield { article, stored };
      }
    } finally {
      await store.close();
    }
  }
  if (others.length === 0) return;
  for await (const item of collectSources(others, {
    fetch: { allowPrivate: options.allowPrivate ?? false },
    stdin: io.stdin,
  })) {
    if (!item.ok) {
      io.stderr.write(`${item.input}: ${item.reason} (${item.code})\n`);
      onFail();
      continue;
    }
    try {
      yield {
        article: extractArticle(item.capture, { log: new MessageLog('extract'), now: new Date() }).article,
        stored: null,
      };
    } catch (error) {
      io.stderr.write(`${item.capture.input}: extraction failed: ${errorMessage(error)}\n`);
      onFail();
    }
  }
}

function printHuman(io: Io, json: ReturnType<typeof analysisToJson>): void {
  const lines = [
    `# ${json.title ?? '(no title)'}  (${json.input})`,
    `${json.sentences.length} sentences`,
    '',
    'Entities:',
  ];
  for (const e of json.entities)
    lines.push(`  ${e.id.padEnd(34)} ${e.type.padEnd(12)} ${e.name}${e.provisional ? ' (provisional)' : ''}`);
  lines.push('', 'Quotes:');
  for (const q of json.quotes) {
    const via = q.via.length ? ` via ${q.via.join(' → ')}` : '';
    lines.push(
      `  ${q.speaker?.text ?? '?'}${q.speaker?.entityId ? ` [${q.speaker.entityId}]` : ''} ${q.cue ?? ''}${via}: ${q.direct ? '(direct) ' : ''}${q.content.replace(/\s+/g, ' ').slice(0, 160)}`,
    );
  }
  lines.push('', 'Claims:');
  for (const c of json.claims) {
    const value = c.value === null ? '' : ` = ${c.hedge ? `${c.hedge} ` : ''}${c.value}${c.unit ? ` ${c.unit}` : ''}`;
    lines.push(
      `  [${c.kind}${c.property ? ` ${c.property}` : ''}${value}] ${c.text.replace(/\s+/g, ' ').slice(0, 140)}`,
    );
  }
  lines.push('', 'Events:');
  for (const e of json.events) {
    lines.push(`  ${e.source.actor} —${e.code} ${e.label} (${e.goldstein})→ ${e.target?.actor ?? '-'}   "${e.cue}"`);
  }
  io.stdout.write(`${lines.join('\n')}\n\n`);
}
