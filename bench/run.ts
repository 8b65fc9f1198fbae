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
  /** Runs the suite; returns the raw result and its printable table (empty when the suite printed itself). */
  run(options: { sharedDir: string; limit?: number }): Promise<{ result: unknown; table: string }>;
}

const suites: Suite[] = [
  {
    name: 'extraction',
    run: async (o) => ({ result: await (await import('./extraction.js')).runExtractionBench(o), table: '' }),
  },
  {
    name: 'metadata',
    run: async (o) => {
      const m = await import('./metadata.js');
      const result = await m.runMetadataBench(o);
      return { result, table: m.formatMetadataBench(result) };
    },
  },
  {
    name: 'claims',
    run: async (o) => {
      const m = await import('./claims.js');
      const result = await m.runClaimsBench(o);
      return { result, table: m.formatClaimsBench(result) };
    },
  },
  {
    name: 'quotes',
    run: async (o) => {
      const m = await import('./quotes.js');
      const result = await m.runQuotesBench(o);
      return { result, table: m.formatQuotesBench(result) };
    },
  },
  {
    name: 'events',
    run: async (o) => {
      const m = await import('./events.js');
      const result = await m.runEventsBench(o);
      return { result, table: m.formatEventsBench(result) };
    },
  },
  {
    name: 'near-duplicates',
    run: async (o) => {
      const m = await import('./near-duplicates.js');
      const result = await m.runNearDuplicatesBench(o);
      return { result, table: m.formatNearDuplicatesBench(result) };
    },
  },
  {
    name: 'throughput',
    run: async (o) => {
      const m = await import('./throughput.js');
      const result = await m.runThroughputBench(o);
      return { result, table: m.formatThroughputBench(result) };
    },
  },
  {
    name: 'stories',
    run: async (o) => {
      const m = await import('./stories.js');
      const result = await m.runStoriesBench(o);
      return { result, table: m.formatStoriesBench(result) };
    },
  },
  { name: 'ner', run: async (o) => ({ result: await (await import('./ner.js')).runNerBench(o), table: '' }) },
  {
    name: 'api',
    run: async (o) => {
      const m = await import('./api.js');
      const result = await m.runApiBench(o);
      return { result, table: m.formatApiBench(result) };
    },
  },
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
  const { result, table } = await suite.run({ sharedDir, limit });
  if (table) console.log(table);
  writeFileSync(`bench/results/${suite.name}.json`, `${JSON.stringify(result, null, 2)}\n`);
}
