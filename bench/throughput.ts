/**
 * Throughput benchmark (suite "throughput"; `npm run bench -- --only throughput [--limit N]`).
 *   analyze — words per second on one core and peak memory, analysing 1,000 news articles: the ECB+ documents
 *     (../shared/data/clustering-ecbplus, real news 2008–2013), then extraction-zyte gold bodies to fill up.
 *   pipeline — articles per second through stories + verify + brief (`runStories`) over a SQLite store holding
 *     N articles (default 10,000; `--limit N`). The articles are made from the same bases with seeded variants:
 *     another outlet, a trimmed or re-ordered body, a few words changed, a shifted date — so the stream has wire
 *     copies, several outlets per event and many events, like a news feed. Ingest (extract + analyze + store) is
 *     timed separately and not counted in the stories figure.
 * Everything is read from ../shared at run time; nothing is copied into the repository.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeArticle } from '../src/analyze/index.js';
import { loadKnowledgeBase } from '../src/analyze/kb/index.js';
import { MessageLog } from '../src/core/message.js';
import { seededRandom } from '../src/core/random.js';
import { extractArticle } from '../src/extract/index.js';
import { makeCapture } from '../src/ingest/capture.js';
import { ingestInputs } from '../src/pipeline/ingest.js';
import { runStories } from '../src/pipeline/stories.js';
import { openStore } from '../src/store/open.js';

interface BaseDoc {
  readonly id: string;
  readonly title: string;
  readonly body: string;
  readonly date?: string;
}

export interface ThroughputResult {
  readonly analyze: {
    readonly articles: number;
    readonly words: number;
    readonly seconds: number;
    readonly wordsPerSecond: number;
    readonly peakRssMb: number;
  } | null;
  readonly pipeline: {
    readonly articles: number;
    readonly ingestSeconds: number;
    readonly storiesSeconds: number;
    readonly articlesPerSecond: number;
    readonly stories: number;
    readonly threads: number;
    readonly peakRssMb: number;
  } | null;
  readonly note: string;
}

function loadBases(sharedDir: string): BaseDoc[] {
  const bases: BaseDoc[] = [];
  const ecb = join(sharedDir, 'data', 'clustering-ecbplus', 'docs.jsonl');
  if (existsSync(ecb)) {
    for (const line of readFileSync(ecb, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const doc = JSON.parse(line) as { doc_id: string; sentences: string[] };
      const sentences = doc.sentences.filter((s) => !/^https?:/.test(s));
      if (sentences.length < 3) continue;
      bases.push({ id: doc.doc_id, title: sentences[0] as string, body: sentences.slice(1).join('\n\n') });
    }
  }
  const zyte = join(sharedDir, 'data', 'extraction-zyte', 'ground-truth.json');
  if (existsSync(zyte)) {
    const gold = JSON.parse(readFileSync(zyte, 'utf8')) as Record<string, { articleBody?: string; headline?: string }>;
    for (const [id, item] of Object.entries(gold)) {
      if (item.articleBody && item.articleBody.length > 400)
        bases.push({ id: `zyte-${id}`, title: item.headline ?? item.articleBody.slice(0, 80), body: item.articleBody });
    }
  }
  return bases;
}

const rssMb = () => process.memoryUsage().rss / 2 ** 20;

function analyzeThroughput(bases: readonly BaseDoc[]): ThroughputResult['analyze'] {
  const docs = bases.slice(0, 1000);
  if (docs.length === 0) return null;
  const kb = loadKnowledgeBase();
  const articles = docs.map((doc) => {
    const bytes = new TextEncoder().encode(`${doc.title}\n\n${doc.body}\n`);
    const capture = makeCapture({ bytes, kind: 'text', input: `${doc.id}.txt` });
    return extractArticle(capture, { log: new MessageLog('extract'), now: new Date() }).article;
  });
  let words = 0;
  let peak = rssMb();
  const started = performance.now();
  for (const article of articles) {
    words += article.text.split(/\s+/).filter(Boolean).length;
    analyzeArticle(article, { log: new MessageLog('analyze'), now: new Date() }, { kb });
    peak = Math.max(peak, rssMb());
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    articles: articles.length,
    words,
    seconds,
    wordsPerSecond: Math.round(words / seconds),
    peakRssMb: Math.round(peak),
  };
}

const OUTLETS = [
  'Northern Ledger',
  'Daily Meridian',
  'Coastline Post',
  'Capital Wire',
  'Evening Courier',
  'Harbour Times',
];

/** One seeded variant of a base as a text capture: outlet line, date line, title, body with light changes. */
function variantText(base: BaseDoc, n: number, rng: () => number): string {
  const paragraphs = base.body.split(/\n+/).filter((p) => p.trim() !== '');
  if (n > 0 && paragraphs.length > 3 && rng() < 0.5) paragraphs.pop();
  if (n > 0 && paragraphs.length > 3 && rng() < 0.3) paragraphs.splice(1, 0, ...paragraphs.splice(2, 1));
  const edited = paragraphs.map((p) => (n > 0 && rng() < 0.2 ? p.replace(/\b(said|says|told)\b/, 'stated') : p));
  const day = 1 + ((n * 3 + base.id.length) % 27);
  const outlet = OUTLETS[(n + base.id.length) % OUTLETS.length];
  const title = n > 0 && rng() < 0.4 ? `${base.title} (update ${n})` : base.title;
  return `${outlet}\n\n${title}\n\nPublished 2024-03-${String(day).padStart(2, '0')}\n\n${edited.join('\n\n')}\n`;
}

async function pipelineThroughput(bases: readonly BaseDoc[], count: number): Promise<ThroughputResult['pipeline']> {
  if (bases.length === 0) return null;
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-throughput-'));
  try {
    const rng = seededRandom(7);
    const lines: string[] = [];
    for (let k = 0; k < count; k++) {
      const base = bases[k % bases.length] as BaseDoc;
      const n = Math.floor(k / bases.length);
      lines.push(JSON.stringify({ url: `https://news.example/${base.id}/${n}`, text: variantText(base, n, rng) }));
    }
    const records = join(dir, 'stream.jsonl');
    writeFileSync(records, `${lines.join('\n')}\n`);
    const store = await openStore(join(dir, 'store.db'));
    try {
      let started = performance.now();
      await ingestInputs(store, [records], { analyze: true });
      const ingestSeconds = (performance.now() - started) / 1000;
      let peak = rssMb();
      const timer = setInterval(() => {
        peak = Math.max(peak, rssMb());
      }, 100);
      started = performance.now();
      const run = await runStories(store);
      const storiesSeconds = (performance.now() - started) / 1000;
      clearInterval(timer);
      peak = Math.max(peak, rssMb());
      return {
        articles: run.added,
        ingestSeconds: Math.round(ingestSeconds),
        storiesSeconds: Math.round(storiesSeconds * 10) / 10,
        articlesPerSecond: Math.round((run.added / storiesSeconds) * 10) / 10,
        stories: run.stories,
        threads: run.threads,
        peakRssMb: Math.round(peak),
      };
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function runThroughputBench(options: { sharedDir: string; limit?: number }): Promise<ThroughputResult> {
  const bases = loadBases(options.sharedDir);
  if (bases.length === 0) {
    return {
      analyze: null,
      pipeline: null,
      note: `skipped: no ECB+ or extraction-zyte data under ${options.sharedDir}`,
    };
  }
  const analyze = analyzeThroughput(bases);
  const pipeline = await pipelineThroughput(bases, options.limit ?? 10_000);
  return { analyze, pipeline, note: `${bases.length} base articles` };
}

export function formatThroughputBench(r: ThroughputResult): string {
  const lines = [r.note];
  if (r.analyze) {
    const a = r.analyze;
    lines.push(
      `analyze: ${a.articles} articles, ${a.words} words in ${a.seconds.toFixed(1)} s on one core → ${a.wordsPerSecond} words/s; peak RSS ${a.peakRssMb} MB`,
    );
  }
  if (r.pipeline) {
    const p = r.pipeline;
    lines.push(
      `pipeline: ${p.articles} articles ingested in ${p.ingestSeconds} s; stories + verify + brief in ${p.storiesSeconds} s → ${p.articlesPerSecond} articles/s; ${p.stories} stories, ${p.threads} threads; peak RSS ${p.peakRssMb} MB`,
    );
  }
  return lines.join('\n');
}
