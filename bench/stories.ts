/**
 * Story-clustering benchmark (suite "stories") on ECB+ (../shared/data/clustering-ecbplus/docs.jsonl, read at
 * run time): 982 news documents in 43 topics, each topic holding two different events of one kind; gold = the
 * `event_cluster`. Each document goes through the production path: its sentences joined as paragraphs into a
 * text capture → extractArticle (title/date only where production metadata extraction finds them) →
 * analyzeArticle → storyFeaturesOf. No gold field reaches the features.
 * Modes: online = StoryIndex.add in an arrival order shuffled with seededRandom (seed 1 reported, plus mean and
 * min over seeds 1–3); batch = clusterStories over the canonical order (publication date ascending, undated
 * documents last, ties by article id) — one pass, no refinement.
 * Metrics: pairwise P/R/F1, BCubed P/R/F1, and the same-kind merge rate (share of cross-event document pairs of
 * one topic put in one story). Thresholds were chosen on the odd-numbered topics; even-numbered topics are
 * held out and reported separately, alongside the full set (clustered together).
 * Throughput: StoryIndex.add over 10,000 synthetic articles (4 random paragraphs of extraction-zyte gold
 * bodies each, random dates over a year, capitalised words as entities); peak RSS of the process.
 * Run: `npm run bench -- --only stories` or `npx tsx bench/stories.ts [--limit N]`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { analyzeArticle } from '../src/analyze/index.js';
import { MessageLog } from '../src/core/message.js';
import { seededRandom } from '../src/core/random.js';
import { extractArticle } from '../src/extract/index.js';
import { makeCapture } from '../src/ingest/capture.js';
import {
  CLUSTER_DEFAULTS,
  clusterStories,
  type StoryFeatures,
  StoryIndex,
  storyFeaturesOf,
} from '../src/stories/cluster/index.js';
import { defaultSharedDir } from './shared-dir.js';

interface Doc {
  readonly docId: string;
  readonly topic: number;
  readonly cluster: string;
  readonly features: StoryFeatures;
}

export interface ClusterScore {
  readonly docs: number;
  readonly stories: number;
  readonly pairwise: { precision: number; recall: number; f1: number };
  readonly bcubed: { precision: number; recall: number; f1: number };
  readonly sameKindMergeRate: number;
  /** Threads of more than one story, and those joining stories of different topics (surely wrong links). */
  readonly threads: { readonly multiStory: number; readonly spanningTopics: number };
}

export interface SplitResult {
  readonly split: 'all' | 'odd topics (calibration)' | 'even topics (held out)';
  readonly online: ClusterScore;
  readonly onlineSeeds: { readonly bcubedF1Mean: number; readonly bcubedF1Min: number; readonly seeds: number[] };
  readonly batch: ClusterScore;
}

export interface StoriesBenchResult {
  readonly skipped?: string;
  readonly docs: number;
  readonly dated: number;
  readonly featureSeconds: number;
  readonly splits: SplitResult[];
  readonly throughput: {
    readonly articles: number;
    readonly seconds: number;
    readonly articlesPerSecond: number;
    readonly stories: number;
  } | null;
  readonly peakRssMb: number;
  readonly settings: typeof CLUSTER_DEFAULTS;
}

const NOW = new Date('2026-01-01T00:00:00Z');
const SEEDS = [1, 2, 3];
const round = (x: number) => Math.round(x * 1000) / 1000;

function readDocs(sharedDir: string, limit?: number): Doc[] | null {
  const path = join(sharedDir, 'data', 'clustering-ecbplus', 'docs.jsonl');
  if (!existsSync(path)) return null;
  const lines = readFileSync(path, 'utf8').trim().split('\n');
  const rows = lines.map(
    (l) => JSON.parse(l) as { doc_id: string; topic: number; event_cluster: string; sentences: string[] },
  );
  return (limit ? rows.slice(0, limit) : rows).map((row) => {
    const bytes = new TextEncoder().encode(row.sentences.join('\n\n'));
    const capture = makeCapture({ bytes, kind: 'text', input: `${row.doc_id}.txt` });
    const { article } = extractArticle(capture, { log: new MessageLog('extract'), now: NOW });
    const analysis = analyzeArticle(article, { log: new MessageLog('analyze'), now: NOW });
    return {
      docId: row.doc_id,
      topic: row.topic,
      cluster: row.event_cluster,
      features: storyFeaturesOf(article, analysis),
    };
  });
}

const prf = (p: number, r: number) => ({
  precision: round(p),
  recall: round(r),
  f1: round(p + r === 0 ? 0 : (2 * p * r) / (p + r)),
});

/** Scores a predicted assignment (article id → story id) against the gold event clusters. */
export function scoreClustering(
  docs: readonly Doc[],
  predicted: ReadonlyMap<string, string>,
): Omit<ClusterScore, 'threads'> {
  const storyOf = (d: Doc) => predicted.get(d.features.id) as string;
  const size = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  const [gold, pred, both] = [new Map<string, number>(), new Map<string, number>(), new Map<string, number>()];
  for (const d of docs) [size(gold, d.cluster), size(pred, storyOf(d)), size(both, `${storyOf(d)}|${d.cluster}`)];
  let [bp, br] = [0, 0];
  for (const d of docs) {
    const b = both.get(`${storyOf(d)}|${d.cluster}`) as number;
    bp += b / (pred.get(storyOf(d)) as number);
    br += b / (gold.get(d.cluster) as number);
  }
  let [tp, fp, fn, cross, merged] = [0, 0, 0, 0, 0];
  for (let i = 0; i < docs.length; i++)
    for (let j = i + 1; j < docs.length; j++) {
      const [a, b] = [docs[i] as Doc, docs[j] as Doc];
      const same = a.cluster === b.cluster;
      const linked = storyOf(a) === storyOf(b);
      if (same && linked) tp++;
      else if (linked) fp++;
      else if (same) fn++;
      if (!same && a.topic === b.topic) [cross, merged] = [cross + 1, merged + (linked ? 1 : 0)];
    }
  return {
    docs: docs.length,
    stories: pred.size,
    pairwise: prf(tp + fp === 0 ? 1 : tp / (tp + fp), tp + fn === 0 ? 1 : tp / (tp + fn)),
    bcubed: prf(bp / docs.length, br / docs.length),
    sameKindMergeRate: round(cross === 0 ? 0 : merged / cross),
  };
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const rng = seededRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function scoreOrder(docs: readonly Doc[], order: readonly Doc[]): ClusterScore {
  const { stories, threads } = clusterStories(order.map((d) => d.features));
  const storyOf = new Map<string, string>();
  for (const s of stories) for (const a of s.articleIds) storyOf.set(a, s.id);
  const topicOf = new Map(docs.map((d) => [storyOf.get(d.features.id) as string, d.topic]));
  const multi = threads.filter((t) => t.storyIds.length > 1);
  const spanning = multi.filter((t) => new Set(t.storyIds.map((id) => topicOf.get(id))).size > 1);
  return { ...scoreClustering(docs, storyOf), threads: { multiStory: multi.length, spanningTopics: spanning.length } };
}

/** Publication date ascending, undated last, ties by article id. */
function canonical(docs: readonly Doc[]): Doc[] {
  const key = (d: Doc) => d.features.publishedAt ?? '~';
  return [...docs].sort((a, b) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.features.id < b.features.id ? -1 : 1,
  );
}

function scoreSplit(split: SplitResult['split'], docs: readonly Doc[]): SplitResult {
  const online = SEEDS.map((seed) => scoreOrder(docs, shuffled(docs, seed)));
  const f1s = online.map((s) => s.bcubed.f1);
  return {
    split,
    online: online[0] as ClusterScore,
    onlineSeeds: {
      bcubedF1Mean: round(f1s.reduce((a, b) => a + b, 0) / f1s.length),
      bcubedF1Min: Math.min(...f1s),
      seeds: SEEDS,
    },
    batch: scoreOrder(docs, canonical(docs)),
  };
}

/** 10,000 synthetic articles from extraction-zyte gold paragraphs; StoryIndex.add timed. */
export function throughput(sharedDir: string, count = 10_000): StoriesBenchResult['throughput'] {
  const path = join(sharedDir, 'data', 'extraction-zyte', 'ground-truth.json');
  if (!existsSync(path)) return null;
  const gold = JSON.parse(readFileSync(path, 'utf8')) as Record<string, { articleBody?: string }>;
  const paragraphs = Object.keys(gold)
    .sort()
    .flatMap((k) => (gold[k]?.articleBody ?? '').split(/\n+/).filter((p) => p.length > 80));
  const rng = seededRandom(7);
  const pick = () => paragraphs[Math.floor(rng() * paragraphs.length)] as string;
  const features: StoryFeatures[] = [];
  for (let i = 0; i < count; i++) {
    const text = [pick(), pick(), pick(), pick()].join('\n\n');
    const names = [...new Set(text.match(/\b\p{Lu}\p{Ll}{2,}\b/gu) ?? [])].slice(0, 12);
    const day = new Date(Date.UTC(2030, 0, 1) + Math.floor(rng() * 365) * 86_400_000).toISOString().slice(0, 10);
    features.push({
      id: `a_${i.toString(16).padStart(20, '0')}`,
      text,
      publishedAt: day,
      entities: names.map((n) => ({ id: `new:${n.toLowerCase()}`, type: 'other', weight: 1, name: n })),
    });
  }
  const index = new StoryIndex();
  const started = performance.now();
  for (const f of features) index.add(f);
  const seconds = (performance.now() - started) / 1000;
  return {
    articles: count,
    seconds: round(seconds),
    articlesPerSecond: Math.round(count / seconds),
    stories: index.stories().length,
  };
}

export async function runStoriesBench(options: { sharedDir: string; limit?: number }): Promise<StoriesBenchResult> {
  const started = performance.now();
  const docs = readDocs(options.sharedDir, options.limit);
  const peak = () => Math.round(process.resourceUsage().maxRSS / 1024);
  if (!docs)
    return {
      skipped: `no data at ${join(options.sharedDir, 'data', 'clustering-ecbplus')}`,
      docs: 0,
      dated: 0,
      featureSeconds: 0,
      splits: [],
      throughput: null,
      peakRssMb: peak(),
      settings: CLUSTER_DEFAULTS,
    };
  const featureSeconds = round((performance.now() - started) / 1000);
  const splits = [
    scoreSplit('all', docs),
    scoreSplit(
      'odd topics (calibration)',
      docs.filter((d) => d.topic % 2 === 1),
    ),
    scoreSplit(
      'even topics (held out)',
      docs.filter((d) => d.topic % 2 === 0),
    ),
  ];
  return {
    docs: docs.length,
    dated: docs.filter((d) => d.features.publishedAt).length,
    featureSeconds,
    splits,
    throughput: throughput(options.sharedDir),
    peakRssMb: peak(),
    settings: CLUSTER_DEFAULTS,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function formatStoriesBench(r: StoriesBenchResult): string {
  if (r.skipped) return `stories: skipped (${r.skipped})`;
  const lines = [
    `stories on ECB+: ${r.docs} docs (${r.dated} with a date found by extraction), features in ${r.featureSeconds} s`,
  ];
  lines.push(
    '  split                      mode    stories  pair P  pair R  pair F1  B3 P    B3 R    B3 F1   same-kind merges  threads (multi-story / across topics)',
  );
  for (const s of r.splits)
    for (const [mode, c] of [
      ['online', s.online],
      ['batch', s.batch],
    ] as const)
      lines.push(
        `  ${s.split.padEnd(26)} ${mode.padEnd(7)} ${String(c.stories).padStart(7)}  ${pct(c.pairwise.precision).padStart(6)}  ${pct(c.pairwise.recall).padStart(6)}  ${pct(c.pairwise.f1).padStart(7)}  ${pct(c.bcubed.precision).padStart(6)}  ${pct(c.bcubed.recall).padStart(6)}  ${pct(c.bcubed.f1).padStart(6)}  ${pct(c.sameKindMergeRate).padStart(16)}  ${c.threads.multiStory} / ${c.threads.spanningTopics}`,
      );
  for (const s of r.splits)
    lines.push(
      `  online BCubed F1 over seeds ${s.onlineSeeds.seeds.join(',')} (${s.split}): mean ${pct(s.onlineSeeds.bcubedF1Mean)}, min ${pct(s.onlineSeeds.bcubedF1Min)}`,
    );
  const t = r.throughput;
  if (t)
    lines.push(
      `  throughput: ${t.articlesPerSecond} articles/s (StoryIndex.add, ${t.articles} synthetic articles in ${t.seconds} s → ${t.stories} stories)`,
    );
  lines.push(`  peak RSS: ${r.peakRssMb} MB`);
  return lines.join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { limit: { type: 'string' }, shared: { type: 'string' } } });
  const result = await runStoriesBench({
    sharedDir: defaultSharedDir(values.shared),
    limit: values.limit ? Number(values.limit) : undefined,
  });
  console.log(formatStoriesBench(result));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
