/**
 * Development aid: scores the HTML segmentation alone (kept SourceBlocks joined by blank lines,
 * no cleaning or metadata steps) on both extraction suites, and lists the worst pages.
 * Run: `npx tsx bench/extraction-dev.ts [--suite zyte|trafilatura] [--worst N] [--show ID]`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { MessageLog } from '../src/core/message.js';
import { parseHtml } from '../src/extract/html/parse.js';
import { segmentHtml } from '../src/extract/html/segment.js';
import { decodeBytes } from '../src/ingest/decode.js';
import { shingleCounts, shingleScore, snippetCounts, snippetScore } from './extraction-score.js';
import { defaultSharedDir } from './shared-dir.js';

const { values } = parseArgs({
  options: {
    suite: { type: 'string' },
    worst: { type: 'string' },
    show: { type: 'string' },
    shared: { type: 'string' },
  },
});
const _here = fileURLToPath(new URL('.', import.meta.url));
const data = join(defaultSharedDir(values.shared), 'data');
const worst = Number(values.worst ?? 10);

function segment(bytes: Uint8Array, show: boolean): string {
  const html = decodeBytes(bytes, { kind: 'html' }).text;
  const blocks = segmentHtml(parseHtml(html), html, new MessageLog('dev'));
  if (show)
    for (const b of blocks)
      console.log(b.removal ? `  - [${b.removal.reason} ${b.removal.ruleId}]` : '  +', b.kind, b.text.slice(0, 160));
  return blocks
    .filter((b) => !b.removal)
    .map((b) => b.text)
    .join('\n\n');
}

if (values.suite !== 'trafilatura') {
  const dir = join(data, 'extraction-zyte');
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string }
  >;
  const rows = Object.keys(truth)
    .sort()
    .filter((id) => !values.show || id.startsWith(values.show))
    .map((id) => {
      const text = segment(gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))), Boolean(values.show));
      const c = shingleCounts(truth[id]!.articleBody, text);
      return { id, c, p: c.tp / Math.max(1e-9, c.tp + c.fp), r: c.tp / Math.max(1e-9, c.tp + c.fn) };
    });
  const s = shingleScore(rows.map((r) => r.c));
  console.log(`zyte segmentation: F1 ${s.f1.toFixed(4)} P ${s.precision.toFixed(4)} R ${s.recall.toFixed(4)}`);
  for (const r of rows.sort((a, b) => Math.min(a.p, a.r) - Math.min(b.p, b.r)).slice(0, worst))
    console.log(`  ${r.id.slice(0, 12)} P ${r.p.toFixed(2)} R ${r.r.toFixed(2)}`);
}
if (values.suite !== 'zyte') {
  const dir = join(data, 'extraction-trafilatura');
  const evald = JSON.parse(readFileSync(join(dir, 'evaldata.json'), 'utf8')) as Record<
    string,
    { file: string; with: string[]; without: string[] }
  >;
  const have = new Set(readdirSync(join(dir, 'eval')));
  const rows = Object.values(evald)
    .filter((v) => have.has(`${v.file}.gz`) && (!values.show || v.file.startsWith(values.show)))
    .map((v) => {
      const text = segment(gunzipSync(readFileSync(join(dir, 'eval', `${v.file}.gz`))), Boolean(values.show));
      const c = snippetCounts(text, v.with, v.without);
      const missing = v.with.filter((x) => !text.includes(x)),
        extra = v.without.filter((x) => text.includes(x));
      return { file: v.file, c, missing, extra };
    });
  const s = snippetScore(rows.map((r) => r.c));
  console.log(
    `trafilatura segmentation: F1 ${s.f1.toFixed(4)} P ${s.precision.toFixed(4)} R ${s.recall.toFixed(4)} acc ${s.accuracy.toFixed(4)}`,
  );
  for (const r of rows.sort((a, b) => b.c.fn + b.c.fp - (a.c.fn + a.c.fp)).slice(0, worst)) {
    console.log(
      `  ${r.file} fn ${r.c.fn} fp ${r.c.fp} missing ${JSON.stringify(r.missing).slice(0, 120)} extra ${JSON.stringify(r.extra).slice(0, 120)}`,
    );
  }
}
