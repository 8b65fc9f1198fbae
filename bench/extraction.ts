/**
 * Extraction benchmark: our pipeline (extractArticle) against @mozilla/readability on linkedom,
 * on the same pages in the same run, for accuracy and speed.
 *   - extraction-zyte: shingle precision/recall/F1 exactly as the article-extraction-benchmark;
 *   - extraction-trafilatura: must-include / must-exclude snippets, scored as Trafilatura's evaluation.
 * Timing covers extraction only (decode + parse + extract), not file reading or gunzip.
 * Run: `npx tsx bench/extraction.ts [--limit N] [--shared DIR] [--out DIR]` (or through `npm run bench`).
 * With --out, writes gold/prediction JSONL files usable by ../shared/tools/score-extraction.py.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { DOMParser } from 'linkedom';
import { captureIdFor, sha256Hex } from '../src/core/ids.js';
import { MessageLog } from '../src/core/message.js';
import type { Capture } from '../src/core/types.js';
import { parseHtml } from '../src/extract/html/parse.js';
import { segmentHtml } from '../src/extract/html/segment.js';
import { extractArticle } from '../src/extract/index.js';
import { decodeBytes } from '../src/ingest/decode.js';
import type { PrfScore, ShingleCounts, SnippetCounts, SnippetScore } from './extraction-score.js';
import { shingleCounts, shingleScore, snippetCounts, snippetScore } from './extraction-score.js';
import { defaultSharedDir } from './shared-dir.js';

export interface EngineRun {
  readonly engine: 'triangulate' | 'readability';
  readonly pages: number;
  readonly errors: number;
  readonly seconds: number;
  readonly pagesPerSecond: number;
  /** Peak resident set size and JS heap seen while this engine ran, in MB. */
  readonly peakRssMb: number;
  readonly peakHeapMb: number;
}

export interface SuiteResult<S> {
  readonly suite: 'extraction-zyte' | 'extraction-trafilatura';
  readonly pages: number;
  readonly skipped?: string;
  readonly ours?: { readonly score: S; readonly run: EngineRun };
  readonly readability?: { readonly score: S; readonly run: EngineRun };
  /** Our pages/s divided by Readability's. */
  readonly speedRatio?: number;
  readonly core?: CoreSpeed;
}

export interface ExtractionBenchResult {
  readonly date: string;
  readonly node: string;
  readonly zyte: SuiteResult<PrfScore>;
  readonly trafilatura: SuiteResult<SnippetScore>;
}

interface Page {
  readonly id: string;
  readonly bytes: Uint8Array;
  readonly url?: string;
}

function captureOf(page: Page): Capture {
  const contentHash = sha256Hex(page.bytes);
  return {
    id: captureIdFor(contentHash),
    contentHash,
    bytes: page.bytes,
    kind: 'html',
    mediaType: 'text/html',
    input: `${page.id}.html`,
    ...(page.url ? { url: page.url } : {}),
  };
}

const NOW = new Date();

function ours(page: Page): string {
  return extractArticle(captureOf(page), { log: new MessageLog('extract'), now: NOW }).article.text;
}

function readability(page: Page): string {
  return readabilityOn(decodeBytes(page.bytes, { kind: 'html' }).text);
}

function readabilityOn(html: string): string {
  const document = new DOMParser().parseFromString(html, 'text/html');
  return (
    new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse()?.textContent ?? ''
  );
}

/**
 * Runs both engines over the pages, each in its own pass after an untimed warm-up on the first pages
 * (so that JIT warm-up and the other engine's garbage do not land in an engine's timings), timing only
 * the extraction calls. The order of the passes alternates between the two measurements.
 */
function runEngines(pages: readonly Page[]): { ours: EngineOutput; readability: EngineOutput; core: CoreSpeed } {
  const a = newOutput('triangulate');
  const b = newOutput('readability');
  timePass(a, ours, pages);
  timePass(b, readability, pages);
  // Core timing on already decoded strings: linkedom + Readability vs our parse + segmentation.
  const decoded = pages.map((page) => decodeBytes(page.bytes, { kind: 'html' }).text);
  const readNs = timeStrings(decoded, readabilityOn);
  const segNs = timeStrings(decoded, (html) => segmentHtml(parseHtml(html), html, new MessageLog('extract')));
  const pps = (ns: bigint) => pages.length / Math.max(Number(ns) / 1e9, 1e-9);
  const core = {
    segmentPagesPerSecond: pps(segNs),
    readabilityPagesPerSecond: pps(readNs),
    ratio: Number(readNs) / Math.max(1, Number(segNs)),
  };
  return { ours: a, readability: b, core };
}

const WARM_UP_PAGES = 15;

function timePass(out: EngineOutput, fn: (p: Page) => string, pages: readonly Page[]): void {
  for (const page of pages.slice(0, WARM_UP_PAGES)) {
    try {
      fn(page);
    } catch {
      /* counted in the timed pass */
    }
  }
  collectGarbage();
  for (const page of pages) timeOne(out, fn, page);
}

function timeStrings(htmls: readonly string[], fn: (html: string) => unknown): bigint {
  for (const html of htmls.slice(0, WARM_UP_PAGES)) {
    try {
      fn(html);
    } catch {
      /* counted in the whole-extraction pass */
    }
  }
  collectGarbage();
  let ns = 0n;
  for (const html of htmls) {
    const t0 = process.hrtime.bigint();
    try {
      fn(html);
    } catch {
      /* counted in the whole-extraction pass */
    }
    ns += process.hrtime.bigint() - t0;
  }
  return ns;
}

/** Runs a full collection between passes when node was started with --expose-gc. */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Speed without decoding and the later extract steps: htmlparser2 + segmentHtml vs linkedom + Readability. */
export interface CoreSpeed {
  readonly segmentPagesPerSecond: number;
  readonly readabilityPagesPerSecond: number;
  readonly ratio: number;
}

interface EngineOutput {
  engine: EngineRun['engine'];
  texts: (string | null)[];
  errors: number;
  ns: bigint;
}

const newOutput = (engine: EngineRun['engine']): EngineOutput => ({ engine, texts: [], errors: 0, ns: 0n });

function timeOne(out: EngineOutput, fn: (p: Page) => string, page: Page): void {
  const t0 = process.hrtime.bigint();
  let text: string | null;
  try {
    text = fn(page);
  } catch {
    text = null;
    out.errors++;
  }
  out.ns += process.hrtime.bigint() - t0;
  out.texts.push(text);
}

const mb = (x: number) => Math.round((x / 2 ** 20) * 10) / 10;

/** Peak memory of one engine over the pages, measured in a fresh child process (this file, --memory). */
function measureMemory(
  engine: EngineRun['engine'],
  suite: string,
  sharedDir: string,
  limit?: number,
): { rss: number; heap: number } {
  // Compiled (dist-bench/*.js) runs need no loader; a direct `tsx bench/extraction.ts` run does.
  const loader = import.meta.url.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const args = [...loader, fileURLToPath(import.meta.url), '--memory', engine, '--suite', suite, '--shared', sharedDir];
  if (limit) args.push('--limit', String(limit));
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 20 });
  const m = /MEMORY (\S+) (\S+)/.exec(r.stdout ?? '');
  return m ? { rss: Number(m[1]), heap: Number(m[2]) } : { rss: Number.NaN, heap: Number.NaN };
}

function memoryChild(engine: EngineRun['engine'], suite: string, sharedDir: string, limit?: number): void {
  const pages =
    suite === 'extraction-zyte'
      ? loadZyte(join(sharedDir, 'data', 'extraction-zyte'), limit).pages
      : loadTrafilatura(join(sharedDir, 'data', 'extraction-trafilatura'), limit).pages;
  const baseline = process.resourceUsage().maxRSS * 1024;
  let peakHeap = 0;
  const fn = engine === 'triangulate' ? ours : readability;
  for (const p of pages) {
    try {
      fn(p);
    } catch {
      /* counted in the main run */
    }
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }
  const rss = process.resourceUsage().maxRSS * 1024;
  console.log(`MEMORY ${mb(rss)} ${mb(peakHeap)} baseline ${mb(baseline)}`);
}

function toRun(o: EngineOutput, pages: number, mem: { rss: number; heap: number }): EngineRun {
  const seconds = Number(o.ns) / 1e9;
  return {
    engine: o.engine,
    pages,
    errors: o.errors,
    seconds,
    pagesPerSecond: pages / Math.max(seconds, 1e-9),
    peakRssMb: mem.rss,
    peakHeapMb: mem.heap,
  };
}

function loadZyte(dir: string, limit?: number): { pages: Page[]; gold: Map<string, string> } {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string; url?: string }
  >;
  const ids = Object.keys(truth).sort().slice(0, limit);
  const pages = ids.map((id) => ({
    id,
    bytes: gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))),
    url: truth[id]!.url,
  }));
  return { pages, gold: new Map(ids.map((id) => [id, truth[id]!.articleBody])) };
}

interface SnippetItem {
  readonly file: string;
  readonly with: string[];
  readonly without: string[];
}

function loadTrafilatura(dir: string, limit?: number): { pages: Page[]; items: SnippetItem[] } {
  const data = JSON.parse(readFileSync(join(dir, 'evaldata.json'), 'utf8')) as Record<string, SnippetItem>;
  const have = new Set(readdirSync(join(dir, 'eval')));
  const entries = Object.entries(data)
    .filter(([, v]) => have.has(`${v.file}.gz`))
    .slice(0, limit);
  const pages = entries.map(([url, v]) => ({
    id: v.file.replace(/\.html?$/, ''),
    bytes: gunzipSync(readFileSync(join(dir, 'eval', `${v.file}.gz`))),
    url,
  }));
  return { pages, items: entries.map(([, v]) => v) };
}

function writeJsonl(path: string, rows: readonly object[]): void {
  writeFileSync(path, `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`);
}

function finish<S>(
  suite: SuiteResult<S>['suite'],
  pages: number,
  a: EngineOutput,
  b: EngineOutput,
  score: (texts: (string | null)[]) => S,
  o: BenchOptions,
): SuiteResult<S> {
  const none = { rss: Number.NaN, heap: Number.NaN };
  const memA = o.memory === false ? none : measureMemory('triangulate', suite, o.sharedDir, o.limit);
  const memB = o.memory === false ? none : measureMemory('readability', suite, o.sharedDir, o.limit);
  const ra = toRun(a, pages, memA),
    rb = toRun(b, pages, memB);
  return {
    suite,
    pages,
    ours: { score: score(a.texts), run: ra },
    readability: { score: score(b.texts), run: rb },
    speedRatio: ra.pagesPerSecond / rb.pagesPerSecond,
  };
}

export interface BenchOptions {
  readonly sharedDir: string;
  readonly limit?: number;
  /** Write gold/prediction JSONL files here (for ../shared/tools/score-extraction.py). */
  readonly outDir?: string;
  /** Measure peak memory per engine in child processes (default true). */
  readonly memory?: boolean;
  readonly quiet?: boolean;
}

function runZyte(o: BenchOptions): SuiteResult<PrfScore> {
  const { sharedDir, limit, outDir } = o;
  const dir = join(sharedDir, 'data', 'extraction-zyte');
  if (!existsSync(join(dir, 'ground-truth.json')))
    return { suite: 'extraction-zyte', pages: 0, skipped: `no gold data at ${dir}` };
  const { pages, gold } = loadZyte(dir, limit);
  const { ours: a, readability: b, core } = runEngines(pages);
  const score = (texts: (string | null)[]) =>
    shingleScore(pages.map((p, i): ShingleCounts => shingleCounts(gold.get(p.id) ?? '', texts[i] ?? '')));
  if (outDir) {
    writeJsonl(
      join(outDir, 'zyte-gold.jsonl'),
      pages.map((p) => ({ id: p.id, text: gold.get(p.id) })),
    );
    writeJsonl(
      join(outDir, 'zyte-ours.jsonl'),
      pages.map((p, i) => ({ input: `${p.id}.html`, text: a.texts[i] })),
    );
    writeJsonl(
      join(outDir, 'zyte-readability.jsonl'),
      pages.map((p, i) => ({ input: `${p.id}.html`, text: b.texts[i] })),
    );
  }
  return { ...finish('extraction-zyte', pages.length, a, b, score, o), core };
}

function runTrafilatura(o: BenchOptions): SuiteResult<SnippetScore> {
  const { sharedDir, limit, outDir } = o;
  const dir = join(sharedDir, 'data', 'extraction-trafilatura');
  if (!existsSync(join(dir, 'evaldata.json')))
    return { suite: 'extraction-trafilatura', pages: 0, skipped: `no gold data at ${dir}` };
  const { pages, items } = loadTrafilatura(dir, limit);
  const { ours: a, readability: b, core } = runEngines(pages);
  const score = (texts: (string | null)[]) =>
    snippetScore(items.map((it, i): SnippetCounts => snippetCounts(texts[i] ?? null, it.with, it.without)));
  if (outDir)
    writeJsonl(
      join(outDir, 'trafilatura-ours.jsonl'),
      pages.map((p, i) => ({ input: p.id, text: a.texts[i] })),
    );
  return { ...finish('extraction-trafilatura', pages.length, a, b, score, o), core };
}

export async function runExtractionBench(options: BenchOptions): Promise<ExtractionBenchResult> {
  if (options.outDir) mkdirSync(options.outDir, { recursive: true });
  const result: ExtractionBenchResult = {
    date: new Date().toISOString(),
    node: process.version,
    zyte: runZyte(options),
    trafilatura: runTrafilatura(options),
  };
  if (!options.quiet) console.log(formatExtractionBench(result));
  return result;
}

const f3 = (x: number | undefined) => (x === undefined ? '-' : x.toFixed(3));
const f1 = (x: number | undefined) => (x === undefined ? '-' : x.toFixed(1));

function engineRows(r: SuiteResult<PrfScore | SnippetScore>): string[] {
  const rows: string[] = [];
  for (const [name, e] of [
    ['triangulate', r.ours],
    ['readability', r.readability],
  ] as const) {
    if (!e) continue;
    const s = e.score as Partial<SnippetScore> & PrfScore;
    rows.push(
      [
        name.padEnd(12),
        f3(s.f1),
        f3(s.precision),
        f3(s.recall),
        f3(s.accuracy).padStart(5),
        f1(e.run.pagesPerSecond).padStart(7),
        f1(e.run.peakRssMb).padStart(8),
        f1(e.run.peakHeapMb).padStart(8),
        String(e.run.errors).padStart(6),
      ].join('  '),
    );
  }
  return rows;
}

/** The result as a plain-text table. */
export function formatExtractionBench(r: ExtractionBenchResult): string {
  const head = [
    'engine'.padEnd(12),
    'F1   ',
    'prec ',
    'rec  ',
    'acc  ',
    'pages/s',
    'rss MB  ',
    'heap MB ',
    'errors',
  ].join('  ');
  const out: string[] = [];
  for (const s of [r.zyte, r.trafilatura] as SuiteResult<PrfScore | SnippetScore>[]) {
    out.push(`\n${s.suite} (${s.pages} pages)`);
    if (s.skipped) {
      out.push(`  skipped: ${s.skipped}`);
      continue;
    }
    out.push(
      head,
      ...engineRows(s),
      `speed ratio (triangulate / readability, whole extraction incl. decoding): ${f1(s.speedRatio)}×`,
    );
    if (s.core) {
      out.push(
        `core speed on decoded HTML: parse+segment ${f1(s.core.segmentPagesPerSecond)} pages/s vs linkedom+Readability ${f1(s.core.readabilityPagesPerSecond)} pages/s = ${f1(s.core.ratio)}×`,
      );
    }
  }
  return out.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      limit: { type: 'string' },
      shared: { type: 'string' },
      out: { type: 'string' },
      json: { type: 'boolean' },
      'no-memory': { type: 'boolean' },
      memory: { type: 'string' },
      suite: { type: 'string' },
    },
  });
  const _here = fileURLToPath(new URL('.', import.meta.url));
  const sharedDir = defaultSharedDir(values.shared);
  const limit = values.limit ? Number.parseInt(values.limit, 10) : undefined;
  if (values.memory) {
    memoryChild(values.memory as EngineRun['engine'], values.suite ?? 'extraction-zyte', sharedDir, limit);
  } else {
    const result = await runExtractionBench({
      sharedDir,
      ...(limit ? { limit } : {}),
      ...(values.out ? { outDir: values.out } : {}),
      memory: values['no-memory'] !== true,
      quiet: values.json === true,
    });
    if (values.json) console.log(JSON.stringify(result, null, 2));
  }
}
