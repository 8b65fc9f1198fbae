/**
 * @module bench/api
 * HTTP API latency benchmark (suite "api"; `npm run bench -- --only api [--limit N]`).
 * Builds a temporary SQLite store of 10,000 and then 100,000 articles (`--limit N`: N/10 and N) without the
 * analyze stage: seeded variants (another outlet, title, date; trimmed or re-ordered paragraphs) of base texts
 * from the demo corpus (examples/demo) and, when ../shared is present, the extraction-zyte gold bodies and the
 * ECB+ documents, stored as text captures through `extractArticle` + `store.saveIngested`, then grouped into
 * synthetic stories (`store.saveStories`: up to STORY_SIZE variants of one base per story, one origin per
 * article, each story in its own thread). At each volume the real server (`startServer`) runs in a child process
 * (this file, forked with SERVE_FLAG) on a free loopback port, and a keep-alive node:http load generator measures
 * p50/p90/p99/max and requests/s per route at concurrency 1 and 8, plus the server's RSS. Generation time and the
 * store's own search time (`searchArticles` in process, no HTTP) are reported alongside.
 */
import { fork } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { Agent, get } from 'node:http';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageLog } from '../src/core/message.js';
import { seededRandom } from '../src/core/random.js';
import { extractArticle } from '../src/extract/index.js';
import { makeCapture } from '../src/ingest/capture.js';
import { startServer } from '../src/server/index.js';
import { openStore } from '../src/store/open.js';
import type { Store } from '../src/store/store.js';
import type { Story, StoryArticle, Thread } from '../src/stories/types.js';

/** Argument that makes this file run as the benchmark's server child instead of a library. */
const SERVE_FLAG = '--api-bench-serve';
const VOLUMES = [10_000, 100_000];
/** Requests per route at concurrency 8; a quarter of that at concurrency 1. */
const REQUESTS = 2000;
const CONCURRENCY = [1, 8];
/** Untimed requests per route and concurrency before measuring. */
const WARMUP = 100;
/** A route stops early after this long (slow routes then report fewer requests); its warm-up after WARMUP_CAP_MS. */
const ROUTE_TIME_CAP_MS = 30_000;
const WARMUP_CAP_MS = 5_000;
/** Variants of one base per story (≈10,000 stories at 100,000 articles). */
const STORY_SIZE = 10;
const OUTLETS = ['northern-ledger', 'daily-meridian', 'coastline-post', 'capital-wire', 'evening-courier'];
const TARGETS = { list: 50, search: 150 };

interface Base {
  readonly id: string;
  readonly title: string;
  readonly paragraphs: readonly string[];
}

export interface RouteFigures {
  readonly route: string;
  readonly concurrency: number;
  readonly requests: number;
  readonly errors: number;
  readonly p50: number;
  readonly p90: number;
  readonly p99: number;
  readonly max: number;
  readonly perSecond: number;
  /** The issue's p99 target for the route, in ms. */
  readonly targetMs: number;
}

export interface VolumeFigures {
  readonly articles: number;
  readonly stories: number;
  readonly duplicates: number;
  /** Seconds to reach this volume from the previous one: extraction, saveIngested, saveStories. */
  readonly generation: {
    readonly added: number;
    readonly extractSeconds: number;
    readonly saveSeconds: number;
    readonly storiesSeconds: number;
  };
  /** Median ms of `store.searchArticles` in process (no HTTP): common words at 401 and 21 rows, rare at 401. */
  readonly storeSearchMs: { readonly commonAt401: number; readonly commonAt21: number; readonly rareAt401: number };
  readonly dbMb: number;
  readonly serverRssMb: number;
  readonly serverPeakRssMb: number;
  /** The machine's 1-minute load average before and after measuring (2 cores, shared with other work). */
  readonly loadAverage: readonly [number, number];
  readonly routes: readonly RouteFigures[];
}

export interface ApiBenchResult {
  readonly note: string;
  readonly bases: number;
  readonly searchTerms: {
    readonly common: readonly string[];
    /** Share of the base texts each common word occurs in (≈ the share of stored articles that match it). */
    readonly commonShare: readonly number[];
    readonly rare: readonly string[];
  };
  readonly volumes: readonly VolumeFigures[];
}

const repoRoot = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
})();

const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
const rssMb = () => process.memoryUsage().rss / 2 ** 20;
const paragraphsOf = (text: string) => text.split(/\n+/).filter((p) => p.trim() !== '');

/** Base texts: the demo corpus (extracted like any page), then the ECB+ documents and zyte gold bodies. */
function loadBases(sharedDir: string): { bases: Base[]; sources: string[] } {
  const bases: Base[] = [];
  const demo = join(repoRoot, 'examples', 'demo');
  for (const name of readdirSync(demo).sort()) {
    const kind = name.endsWith('.html') ? 'html' : 'text';
    const capture = makeCapture({ bytes: readFileSync(join(demo, name)), kind, input: name });
    const { article } = extractArticle(capture, { log: new MessageLog('extract'), now: new Date() });
    const title = article.meta.title?.value ?? name;
    bases.push({ id: `demo-${name}`, title, paragraphs: paragraphsOf(article.text) });
  }
  const sources = [`examples/demo (${bases.length})`];
  const ecb = join(sharedDir, 'data', 'clustering-ecbplus', 'docs.jsonl');
  if (existsSync(ecb)) {
    const before = bases.length;
    for (const line of readFileSync(ecb, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const doc = JSON.parse(line) as { doc_id: string; sentences: string[] };
      const sentences = doc.sentences.filter((s) => !/^https?:/.test(s));
      // The first line is the headline when the document has one, else the lead sentence: cut to a headline.
      const title = sentences[0]!
        .replace(/[.!?,;:]+$/, '')
        .split(/\s+/)
        .slice(0, 14)
        .join(' ');
      if (sentences.length >= 3) bases.push({ id: doc.doc_id, title, paragraphs: sentences.slice(1) });
    }
    sources.push(`clustering-ecbplus (${bases.length - before})`);
  }
  const zyte = join(sharedDir, 'data', 'extraction-zyte', 'ground-truth.json');
  if (existsSync(zyte)) {
    const before = bases.length;
    const gold = JSON.parse(readFileSync(zyte, 'utf8')) as Record<string, { articleBody?: string; headline?: string }>;
    for (const [id, item] of Object.entries(gold)) {
      const body = item.articleBody;
      if (body && body.length > 400)
        bases.push({ id: `zyte-${id}`, title: item.headline ?? body.slice(0, 80), paragraphs: paragraphsOf(body) });
    }
    sources.push(`extraction-zyte (${bases.length - before})`);
  }
  return { bases, sources };
}

/** Variant `n` of base `b` as a plain-text page: its own outlet (URL host), title, date and time, edited body. */
function variantPage(base: Base, b: number, n: number, rng: () => number): { text: string; url: string } {
  const paragraphs = [...base.paragraphs];
  if (n > 0 && paragraphs.length > 3 && rng() < 0.4) paragraphs.pop();
  if (n > 0 && paragraphs.length > 4 && rng() < 0.3) paragraphs.splice(1, 0, ...paragraphs.splice(3, 1));
  if (n > 0 && paragraphs.length > 5 && rng() < 0.2) paragraphs.shift();
  const roll = rng();
  const title = n === 0 || roll > 0.5 ? base.title : roll < 0.2 ? `Live: ${base.title}` : `${base.title} (update ${n})`;
  // (date, time) differs for every n < 240, so every variant's bytes differ.
  const day = new Date(Date.UTC(2023, 0, 1) + ((b * 37 + n * 3) % 720) * 86_400_000).toISOString().slice(0, 10);
  const time = `${String(6 + (n % 14)).padStart(2, '0')}:${String((n * 7 + b) % 60).padStart(2, '0')}`;
  const outlet = OUTLETS[(b + n) % OUTLETS.length]!;
  const slug = base.id.replace(/[^A-Za-z0-9]+/g, '-').toLowerCase();
  return {
    text: `${title}\n\nPublished ${day} ${time}\n\n${paragraphs.join('\n\n')}\n`,
    url: `https://${outlet}.example/${day.replaceAll('-', '/')}/${slug}-${n}`,
  };
}

/** What generation keeps between volumes: the story groups, timings and counts. */
interface Generation {
  readonly rng: () => number;
  readonly groups: Map<string, StoryArticle[]>;
  /** Articles generated so far (stored or duplicate). */
  stored: number;
  duplicates: number;
}

interface StageTimes {
  extractMs: number;
  saveMs: number;
}

/** Stores articles number `from` … `to - 1` (article k is variant k ÷ bases of base k mod bases); returns touched groups. */
async function addArticles(store: Store, bases: readonly Base[], from: number, to: number, gen: Generation) {
  const times: StageTimes = { extractMs: 0, saveMs: 0 };
  const touched = new Set<string>();
  for (let k = from; k < to; k++) {
    const b = k % bases.length;
    const n = Math.floor(k / bases.length);
    const page = variantPage(bases[b]!, b, n, gen.rng);
    let started = performance.now();
    const capture = makeCapture({
      bytes: new TextEncoder().encode(page.text),
      kind: 'text',
      input: page.url,
      url: page.url,
    });
    const log = new MessageLog('extract');
    const { article } = extractArticle(capture, { log, now: new Date() });
    times.extractMs += performance.now() - started;
    started = performance.now();
    const saved = await store.saveIngested({ capture, article, messages: log.messages });
    times.saveMs += performance.now() - started;
    if (saved === 'duplicate') {
      gen.duplicates++;
      continue;
    }
    const key = `${b}:${Math.floor(n / STORY_SIZE)}`;
    const group = gen.groups.get(key) ?? [];
    const outlet = article.meta.outlet?.value ?? null;
    group.push({
      id: article.id,
      input: page.url,
      title: article.meta.title?.value ?? null,
      outlet,
      outletKey: outlet ? `name:${outlet}` : `article:${article.id}`,
      publishedAt: article.meta.publishedAt?.value ?? null,
      originId: `o_${article.id.slice(2)}`,
      score: group.length === 0 ? 1 : 0.9,
      reasons: [group.length === 0 ? 'opened the story' : 'variant of the same base text (benchmark)'],
    });
    gen.groups.set(key, group);
    touched.add(key);
  }
  return { touched, times };
}

/** A story of one group of variants: one origin per article, alone in its own thread. */
function storyOf(members: readonly StoryArticle[]): { story: Story; thread: Thread } {
  const first = members[0]!;
  const hex = first.id.slice(2);
  const dates = members.flatMap((m) => (m.publishedAt ? [m.publishedAt] : [])).sort();
  const story: Story = {
    id: `s_${hex}`,
    title: first.title ?? first.input,
    threadId: `t_${hex}`,
    articles: members,
    origins: members.map((m) => ({ id: m.originId, articleIds: [m.id], kind: 'single' as const, evidence: [] })),
    firstPublished: dates[0] ?? null,
    lastPublished: dates.at(-1) ?? null,
  };
  return { story, thread: { id: story.threadId, title: story.title, storyIds: [story.id], reasons: [] } };
}

/** Writes (replacing) the stories of the touched groups, 500 per transaction. */
async function saveGroups(store: Store, gen: Generation, touched: ReadonlySet<string>): Promise<void> {
  const keys = [...touched];
  for (let i = 0; i < keys.length; i += 500) {
    const built = keys.slice(i, i + 500).map((key) => storyOf(gen.groups.get(key)!));
    await store.saveStories({ stories: built.map((s) => s.story), threads: built.map((s) => s.thread), outputs: [] });
  }
}

/** Median ms of `store.searchArticles` over the words (three rounds after an untimed one). */
async function medianSearchMs(store: Store, words: readonly string[], limit: number): Promise<number> {
  const times: number[] = [];
  for (let pass = 0; pass < 4; pass++)
    for (const word of words) {
      const started = performance.now();
      await store.searchArticles(word, limit);
      if (pass > 0) times.push(performance.now() - started);
    }
  times.sort((a, b) => a - b);
  return round(times[Math.floor(times.length / 2)] ?? Number.NaN);
}

/** The store's own search time, in process: the 401 rows the route asks for a 20-hit page, and 21 rows. */
async function storeSearchMs(
  store: Store,
  terms: ApiBenchResult['searchTerms'],
): Promise<VolumeFigures['storeSearchMs']> {
  return {
    commonAt401: await medianSearchMs(store, terms.common, 401),
    commonAt21: await medianSearchMs(store, terms.common, 21),
    rareAt401: await medianSearchMs(store, terms.rare, 401),
  };
}

/** Grows the store from `from` to `to` articles, timing each part, then times the store's search. */
async function grow(
  dbPath: string,
  bases: readonly Base[],
  to: number,
  gen: Generation,
  terms: ApiBenchResult['searchTerms'],
) {
  const store = await openStore(dbPath);
  try {
    const from = gen.stored;
    const { touched, times } = await addArticles(store, bases, from, to, gen);
    const started = performance.now();
    await saveGroups(store, gen, touched);
    const storiesSeconds = round((performance.now() - started) / 1000);
    gen.stored = to;
    const generation = {
      added: to - from,
      extractSeconds: round(times.extractMs / 1000),
      saveSeconds: round(times.saveMs / 1000),
      storiesSeconds,
    };
    return { generation, storeSearchMs: await storeSearchMs(store, terms) };
  } finally {
    await store.close();
  }
}

/** Function words and weekdays: widespread, but not what an analyst searches for (not taken as "common" words). */
const FUNCTION_WORDS = new Set(
  'according across actually against already although another around because become before behind being between beyond cannot during either enough further however including itself little rather really should since several something through toward towards under until whether which while within without would could their there these those where after about other still might never often also always first second years called monday tuesday wednesday thursday friday saturday sunday'.split(
    ' ',
  ),
);

/** Search words: the most widespread content words of ≥ 6 letters, and words of ≥ 7 letters found in one base text. */
function searchTerms(bases: readonly Base[], rng: () => number): ApiBenchResult['searchTerms'] {
  const df = new Map<string, number>();
  for (const base of bases) {
    const words = new Set(`${base.title} ${base.paragraphs.join(' ')}`.toLowerCase().match(/\p{L}{6,}/gu) ?? []);
    for (const word of words) df.set(word, (df.get(word) ?? 0) + 1);
  }
  const ranked = [...df].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const common = ranked.filter(([word]) => !FUNCTION_WORDS.has(word)).slice(0, 4);
  const singles = ranked.filter(([word, n]) => n === 1 && /^[a-z]{7,}$/.test(word)).map(([word]) => word);
  const rare = Array.from({ length: 8 }, () => singles[Math.floor(rng() * singles.length)]!);
  const commonShare = common.map(([, n]) => round(n / bases.length, 2));
  return { common: common.map(([word]) => word), commonShare, rare };
}

/** The server child: opens the store, serves it on a free loopback port, reports its URL and memory. */
async function serveChild(dbPath: string): Promise<void> {
  const store = await openStore(dbPath);
  const server = await startServer(store, { host: '127.0.0.1', port: 0 });
  let peak = rssMb();
  const timer = setInterval(() => {
    peak = Math.max(peak, rssMb());
  }, 50);
  process.on('message', (message: unknown) => {
    if (message === 'rss') {
      const rss = rssMb();
      peak = Math.max(peak, rss);
      process.send?.({ rss, peak });
    }
    if (message === 'stop') {
      clearInterval(timer);
      void server
        .close()
        .then(() => store.close())
        .then(() => process.disconnect());
    }
  });
  process.send?.({ url: server.url });
}

interface ChildServer {
  readonly url: URL;
  memory(): Promise<{ rss: number; peak: number }>;
  stop(): Promise<void>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Forks this file as the server over `dbPath` and waits for its address. */
async function startChild(dbPath: string): Promise<ChildServer> {
  const child = fork(fileURLToPath(import.meta.url), [SERVE_FLAG, dbPath], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const next = (key: string) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const onMessage = (message: unknown) => {
        if (!isRecord(message) || !(key in message)) return;
        child.off('message', onMessage);
        resolve(message);
      };
      child.on('message', onMessage);
      child.once('exit', (code) => reject(new Error(`api bench server exited (${code}) before answering`)));
    });
  const { url } = await next('url');
  return {
    url: new URL(String(url)),
    async memory() {
      const answer = next('rss');
      child.send('rss');
      const m = await answer;
      return { rss: Number(m.rss), peak: Number(m.peak) };
    },
    async stop() {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.send('stop');
      await exited;
    },
  };
}

/** One GET over the agent, body read to the end; resolves with its status and milliseconds. */
function timedGet(agent: Agent, base: URL, path: string): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = get({ host: base.hostname, port: base.port, path, agent }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started }));
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}

/** A GET whose JSON body is returned (for discovering cursors). */
function getJson(base: URL, path: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    get({ host: base.hostname, port: base.port, path }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
      res.on('error', reject);
    }).on('error', reject);
  });
}

interface LoadRun {
  readonly latencies: number[];
  readonly errors: number;
  readonly seconds: number;
}

/** `requests` GETs of `pathAt(i)` over `concurrency` keep-alive connections (stopping at the time cap). */
async function load(base: URL, pathAt: (i: number) => string, requests: number, concurrency: number, capMs: number) {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies: number[] = [];
  let errors = 0;
  let issued = 0;
  const started = performance.now();
  const deadline = started + capMs;
  const worker = async () => {
    while (issued < requests && performance.now() < deadline) {
      const { status, ms } = await timedGet(agent, base, pathAt(issued++));
      latencies.push(ms);
      if (status !== 200) errors++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  agent.destroy();
  return { latencies, errors, seconds: (performance.now() - started) / 1000 } satisfies LoadRun;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

interface RouteSpec {
  readonly route: string;
  readonly targetMs: number;
  readonly pathAt: (i: number) => string;
}

/** Warm-up, then the measured run of one route at one concurrency. */
async function measureRoute(base: URL, spec: RouteSpec, requests: number, concurrency: number): Promise<RouteFigures> {
  await load(base, spec.pathAt, Math.min(WARMUP, requests), concurrency, WARMUP_CAP_MS);
  const run = await load(base, (i) => spec.pathAt(i + WARMUP), requests, concurrency, ROUTE_TIME_CAP_MS);
  const sorted = [...run.latencies].sort((a, b) => a - b);
  return {
    route: spec.route,
    concurrency,
    requests: sorted.length,
    errors: run.errors,
    p50: round(percentile(sorted, 50)),
    p90: round(percentile(sorted, 90)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted.at(-1) ?? Number.NaN),
    perSecond: round(sorted.length / run.seconds, 0),
    targetMs: spec.targetMs,
  };
}

/** Cursors of the second half of the story pages (walked 50 at a time), for the deep-page route. */
async function deepCursors(base: URL): Promise<string[]> {
  const cursors: string[] = [];
  let cursor: string | null = null;
  do {
    const page = await getJson(base, `/api/stories?limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    cursor = isRecord(page) && typeof page.nextCursor === 'string' ? page.nextCursor : null;
    if (cursor) cursors.push(cursor);
  } while (cursor);
  return cursors.slice(Math.floor(cursors.length / 2));
}

/** The measured routes, with seeded story ids and the search words. */
function routeSpecs(storyIds: readonly string[], cursors: readonly string[], terms: ApiBenchResult['searchTerms']) {
  const rng = seededRandom(55);
  const ids = Array.from({ length: 4096 }, () => storyIds[Math.floor(rng() * storyIds.length)]!);
  const { list, search } = TARGETS;
  const specs: RouteSpec[] = [
    { route: 'GET /api/stories?limit=50', targetMs: list, pathAt: () => '/api/stories?limit=50' },
    {
      route: 'GET /api/stories?limit=50&cursor (deep)',
      targetMs: list,
      pathAt: (i) => `/api/stories?limit=50&cursor=${encodeURIComponent(cursors[i % cursors.length]!)}`,
    },
    { route: 'GET /api/stories/{id}', targetMs: list, pathAt: (i) => `/api/stories/${ids[i % ids.length]}` },
    { route: 'GET /api/articles?limit=50', targetMs: list, pathAt: () => '/api/articles?limit=50' },
    {
      route: 'GET /api/search?q=<common word>',
      targetMs: search,
      pathAt: (i) => `/api/search?q=${encodeURIComponent(terms.common[i % terms.common.length]!)}`,
    },
    {
      route: 'GET /api/search?q=<rare word>',
      targetMs: search,
      pathAt: (i) => `/api/search?q=${encodeURIComponent(terms.rare[i % terms.rare.length]!)}`,
    },
  ];
  // With a single page of stories there is no deep page to ask for.
  return cursors.length > 0 ? specs : specs.filter((spec) => !spec.route.includes('cursor'));
}

/** Serves the store from a child process and measures every route at every concurrency. */
async function measureVolume(
  dbPath: string,
  storyIds: readonly string[],
  terms: ApiBenchResult['searchTerms'],
  requests: number,
) {
  const server = await startChild(dbPath);
  try {
    const specs = routeSpecs(storyIds, await deepCursors(server.url), terms);
    const routes: RouteFigures[] = [];
    for (const spec of specs)
      for (const concurrency of CONCURRENCY) {
        const n = concurrency === 1 ? Math.ceil(requests / 4) : requests;
        routes.push(await measureRoute(server.url, spec, n, concurrency));
      }
    const memory = await server.memory();
    return { routes, serverRssMb: Math.round(memory.rss), serverPeakRssMb: Math.round(memory.peak) };
  } finally {
    await server.stop();
  }
}

const fileMb = (path: string) => (existsSync(path) ? statSync(path).size / 2 ** 20 : 0);

export async function runApiBench(options: { sharedDir: string; limit?: number }): Promise<ApiBenchResult> {
  const { bases, sources } = loadBases(options.sharedDir);
  const missing = existsSync(options.sharedDir) ? '' : `; ${options.sharedDir} absent: demo corpus only`;
  if (missing) console.log(`api: ${options.sharedDir} is absent; generating from the demo corpus only`);
  const volumes = options.limit ? [Math.max(1, Math.round(options.limit / 10)), options.limit] : VOLUMES;
  const requests = options.limit ? Math.min(REQUESTS, Math.max(200, Math.round(options.limit / 5))) : REQUESTS;
  const gen: Generation = { rng: seededRandom(5), groups: new Map(), stored: 0, duplicates: 0 };
  const terms = searchTerms(bases, seededRandom(9));
  const dir = mkdtempSync(join(os.tmpdir(), 'triangulate-api-bench-'));
  const dbPath = join(dir, 'store.db');
  const figures: VolumeFigures[] = [];
  try {
    for (const volume of volumes) {
      const { generation, storeSearchMs } = await grow(dbPath, bases, volume, gen, terms);
      const storyIds = [...gen.groups.values()].map((members) => `s_${members[0]!.id.slice(2)}`);
      console.log(
        `api: ${volume} articles generated (+${generation.added}: extract ${generation.extractSeconds} s, save ${generation.saveSeconds} s, stories ${generation.storiesSeconds} s); measuring…`,
      );
      const before = os.loadavg()[0]!;
      const measured = await measureVolume(dbPath, storyIds, terms, requests);
      const loadAverage: [number, number] = [round(before), round(os.loadavg()[0]!)];
      const dbMb = Math.round(fileMb(dbPath) + fileMb(`${dbPath}-wal`));
      const stats = { articles: volume - gen.duplicates, stories: storyIds.length, duplicates: gen.duplicates };
      figures.push({ ...stats, generation, storeSearchMs, dbMb, loadAverage, ...measured });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const note = `${bases.length} base texts: ${sources.join(', ')}${missing}; SQLite store; ${requests} requests per route at concurrency 8, ${Math.ceil(requests / 4)} at concurrency 1 (after ${WARMUP} warm-up)`;
  return { note, bases: bases.length, searchTerms: terms, volumes: figures };
}

export function formatApiBench(r: ApiBenchResult): string {
  const t = r.searchTerms;
  const common = t.common.map((word, i) => `${word} (${Math.round((t.commonShare[i] ?? 0) * 100)}% of base texts)`);
  const lines = [r.note, `search words: common ${common.join(', ')}; rare ${t.rare.join(', ')}`];
  for (const v of r.volumes) {
    const g = v.generation;
    lines.push(
      '',
      `${v.articles} articles, ${v.stories} stories (${v.duplicates} duplicates); +${g.added} generated: extract ${g.extractSeconds} s, saveIngested ${g.saveSeconds} s, saveStories ${g.storiesSeconds} s; db ${v.dbMb} MB; server RSS ${v.serverRssMb} MB (peak ${v.serverPeakRssMb} MB); load average ${v.loadAverage.join(' → ')}`,
      `store.searchArticles in process (median): common word ${v.storeSearchMs.commonAt401} ms for 401 rows (what the route asks for a 20-hit page), ${v.storeSearchMs.commonAt21} ms for 21 rows; rare word ${v.storeSearchMs.rareAt401} ms`,
      '| route | conc. | n | p50 ms | p90 ms | p99 ms | max ms | req/s | p99 target |',
      '|---|---|---|---|---|---|---|---|---|',
    );
    for (const x of v.routes) {
      const verdict = x.p99 < x.targetMs ? 'met' : '**missed**';
      const errors = x.errors > 0 ? ` (${x.errors} errors)` : '';
      lines.push(
        `| ${x.route} | ${x.concurrency} | ${x.requests}${errors} | ${x.p50} | ${x.p90} | ${x.p99} | ${x.max} | ${x.perSecond} | < ${x.targetMs}: ${verdict} |`,
      );
    }
  }
  return lines.join('\n');
}

if (process.argv[2] === SERVE_FLAG && process.argv[3]) await serveChild(process.argv[3]);
