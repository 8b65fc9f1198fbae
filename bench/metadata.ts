/**
 * Metadata benchmark on extraction-trafilatura (evaldata.json: gold title, author, date per page).
 * Runs the real pipeline (extractArticle on an html Capture, now = 2026-11-29) and reports:
 *   - title: normalised exact match, and token F1 ≥ 0.9;
 *   - author: normalised set of names equal to the gold set (pages with a gold author);
 *   - date: exact publication day (pages with a gold date); htmldate reaches 90.3%;
 *   - coverage: how often we output a value (over the pages scored for that field).
 * Run: `npx tsx bench/metadata.ts [--limit N] [--shared DIR] [--verbose]`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { captureIdFor, sha256Hex } from '../src/core/ids.js';
import { MessageLog } from '../src/core/message.js';
import type { ArticleMeta, Capture } from '../src/core/types.js';
import { extractArticle } from '../src/extract/index.js';
import { parseDate } from '../src/extract/metadata/dates.js';
import { defaultSharedDir } from './shared-dir.js';

export interface FieldScore {
  /** Pages with a gold value for the field. */
  readonly pages: number;
  readonly correct: number;
  readonly accuracy: number;
  /** Fraction of those pages where we output a value. */
  readonly coverage: number;
}

export interface MetadataBenchResult {
  readonly skipped?: string;
  readonly pages: number;
  readonly title: FieldScore & { readonly f1At09: number };
  readonly author: FieldScore;
  readonly date: FieldScore;
  /** Date correctness by the origin of our value (source → [correct, total]). */
  readonly dateBySource: Record<string, [number, number]>;
  readonly misses: { field: string; url: string; gold: string; got: string; note?: string }[];
  readonly seconds: number;
}

interface GoldPage {
  readonly file: string;
  readonly title?: string;
  readonly author?: string | string[];
  readonly date?: string;
}

const NOW = new Date('2026-11-29T12:00:00Z');

const norm = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

function tokenF1(a: string, b: string): number {
  const ta = norm(a).split(' ').filter(Boolean);
  const tb = norm(b).split(' ').filter(Boolean);
  if (ta.length === 0 || tb.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const t of tb) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of ta) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      common++;
      counts.set(t, c - 1);
    }
  }
  if (common === 0) return 0;
  const p = common / ta.length;
  const r = common / tb.length;
  return (2 * p * r) / (p + r);
}

const nameSet = (s: string | string[]) =>
  (Array.isArray(s) ? s.join('; ') : s)
    .split(/\s*(?:[,;&|]|\s(?:and|und|et|y)\s)\s*/i)
    .map(norm)
    .filter(Boolean)
    .sort()
    .join('|');

function loadPage(dir: string, file: string): Uint8Array | null {
  const gz = join(dir, 'eval', `${file}.gz`);
  if (existsSync(gz)) return new Uint8Array(gunzipSync(readFileSync(gz)));
  const plain = join(dir, 'eval', file);
  return existsSync(plain) ? new Uint8Array(readFileSync(plain)) : null;
}

function captureOf(bytes: Uint8Array, url: string, input: string): Capture {
  const contentHash = sha256Hex(bytes);
  return { id: captureIdFor(contentHash), contentHash, bytes, kind: 'html', mediaType: 'text/html', input, url };
}

class Tally {
  pages = 0;
  correct = 0;
  covered = 0;
  extra = 0;
  score(): FieldScore {
    const d = this.pages || 1;
    return { pages: this.pages, correct: this.correct, accuracy: this.correct / d, coverage: this.covered / d };
  }
}

export async function runMetadataBench(options: { sharedDir: string; limit?: number }): Promise<MetadataBenchResult> {
  const dir = join(options.sharedDir, 'data', 'extraction-trafilatura');
  const empty = { pages: 0, correct: 0, accuracy: 0, coverage: 0 };
  if (!existsSync(join(dir, 'evaldata.json'))) {
    const skipped = `skipped: ${dir}/evaldata.json not found`;
    return {
      skipped,
      pages: 0,
      title: { ...empty, f1At09: 0 },
      author: empty,
      date: empty,
      dateBySource: {},
      misses: [],
      seconds: 0,
    };
  }
  const gold = JSON.parse(readFileSync(join(dir, 'evaldata.json'), 'utf8')) as Record<string, GoldPage>;
  const title = new Tally();
  const author = new Tally();
  const date = new Tally();
  const bySource: Record<string, [number, number]> = {};
  const misses: MetadataBenchResult['misses'] = [];
  const started = performance.now();
  let pages = 0;
  for (const [url, page] of Object.entries(gold)) {
    if (options.limit !== undefined && pages >= options.limit) break;
    const bytes = loadPage(dir, page.file);
    if (!bytes) continue;
    pages++;
    const meta = extractArticle(captureOf(bytes, url, page.file), { log: new MessageLog('extract'), now: NOW }).article
      .meta;
    scoreTitle(page, meta, title, url, misses);
    scoreAuthor(page, meta, author, url, misses);
    scoreDate(page, meta, date, bySource, url, misses);
  }
  const seconds = (performance.now() - started) / 1000;
  const titleScore = { ...title.score(), f1At09: title.extra / (title.pages || 1) };
  return {
    pages,
    title: titleScore,
    author: author.score(),
    date: date.score(),
    dateBySource: bySource,
    misses,
    seconds,
  };
}

type Misses = MetadataBenchResult['misses'];

function scoreTitle(page: GoldPage, meta: ArticleMeta, t: Tally, url: string, misses: Misses): void {
  if (!page.title) return;
  t.pages++;
  const got = meta.title?.value ?? '';
  if (got) t.covered++;
  if (norm(got) === norm(page.title)) t.correct++;
  else misses.push({ field: 'title', url, gold: page.title, got, note: meta.title?.note });
  if (tokenF1(got, page.title) >= 0.9) t.extra++;
}

function scoreAuthor(page: GoldPage, meta: ArticleMeta, t: Tally, url: string, misses: Misses): void {
  if (!page.author || page.author.length === 0) return;
  t.pages++;
  const got = meta.authors?.value.map((a) => a.name).join('; ') ?? '';
  if (got) t.covered++;
  if (nameSet(got) === nameSet(page.author)) t.correct++;
  else misses.push({ field: 'author', url, gold: String(page.author), got, note: meta.authors?.note });
}

function scoreDate(
  page: GoldPage,
  meta: ArticleMeta,
  t: Tally,
  bySource: Record<string, [number, number]>,
  url: string,
  misses: Misses,
): void {
  const goldDay = page.date ? parseDate(page.date)?.day : undefined;
  if (!goldDay) return;
  t.pages++;
  const got = meta.publishedAt?.value ?? '';
  if (got) t.covered++;
  const ok = got.slice(0, 10) === goldDay;
  if (ok) t.correct++;
  else misses.push({ field: 'date', url, gold: goldDay, got, note: meta.publishedAt?.note });
  const key = meta.publishedAt ? (meta.publishedAt.note?.split(';')[0] ?? meta.publishedAt.source) : '(none)';
  const entry = bySource[key] ?? [0, 0];
  bySource[key] = entry;
  entry[1]++;
  if (ok) entry[0]++;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function formatMetadataBench(r: MetadataBenchResult): string {
  if (r.skipped) return `metadata benchmark ${r.skipped}`;
  return [
    `metadata on extraction-trafilatura: ${r.pages} pages in ${r.seconds.toFixed(1)} s`,
    `  title   exact ${pct(r.title.accuracy)}  token-F1≥0.9 ${pct(r.title.f1At09)}  coverage ${pct(r.title.coverage)}  (n=${r.title.pages})`,
    `  author  exact ${pct(r.author.accuracy)}  coverage ${pct(r.author.coverage)}  (n=${r.author.pages})`,
    `  date    day   ${pct(r.date.accuracy)}  coverage ${pct(r.date.coverage)}  (n=${r.date.pages}; htmldate 90.3%)`,
  ].join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      limit: { type: 'string' },
      shared: { type: 'string' },
      verbose: { type: 'boolean' },
      field: { type: 'string' },
    },
  });
  const sharedDir = defaultSharedDir(values.shared);
  const result = await runMetadataBench({ sharedDir, limit: values.limit ? Number(values.limit) : undefined });
  console.log(formatMetadataBench(result));
  if (values.verbose) {
    console.log('date by origin:', result.dateBySource);
    for (const m of result.misses.filter((x) => !values.field || x.field === values.field)) {
      console.log(
        `${m.field}\t${m.url}\tgold=${JSON.stringify(m.gold)}\tgot=${JSON.stringify(m.got)}\t${m.note ?? ''}`,
      );
    }
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
