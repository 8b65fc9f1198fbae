/**
 * Benchmark runner (`npm run bench [-- --limit N] [-- --only extraction,metadata]`).
 * Reads gold data from ../shared/data at run time (skips a suite with a message when absent),
 * prints each suite's table and writes the raw figures to bench/results/<suite>.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { defaultSharedDir } from './shared-dir.js';

interface Suite {
  readonly name: string;
  run(options: { sharedDir: string; limit?: number }): Promise<unknown>;
}

const suites: Suite[] = [
  { name: 'extraction', run: async (o) => (await import('./extraction.js')).runExtractionBench(o) },
  { name: 'metadata', run: async (o) => (await import('./metadata.js')).runMetadataBench(o) },
  { name: 'claims', run: async (o) => (await import('./claims.js')).runClaimsBench(o) },
  { name: 'quotes', run: async (o) => (await import('./quotes.js')).runQuotesBench(o) },
  { name: 'ner', run: async (o) => (await import('./ner.js')).runNerBench(o) },
];

const { values } = parseArgs({
  options: { limit: { type: 'string' }, only: { type: 'string' }, shared: { type: 'string' } },
});
const sharedDir = defaultSharedDir(values.shared);
const limit = values.limit ? Number.parseInt(values.limit, 10) : undefined;
const only = values.only ? new Set(values.only.split(',')) : null;

mkdirSync('bench/results', { recursive: true });
for (const suite of suites) {
  if (only && !only.has(suite.name)) continue;
  console.log(`\n=== ${suite.name} ===`);
  const result = await suite.run({ sharedDir, limit });
  writeFileSync(`bench/results/${suite.name}.json`, `${JSON.stringify(result, null, 2)}\n`);
}
