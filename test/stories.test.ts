/**
 * Stories, verification and briefs end to end through the CLI on the invented demo corpus (examples/demo, see
 * examples/README.md for what each page holds): two events, copies of one wire story, contradictions, a
 * content farm's integrity problems, and the online/recluster equivalence.
 */
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { memoryIo, tempDir } from './helpers.js';

const DEMO = join(import.meta.dirname, '..', 'examples', 'demo');

interface StoryJson {
  id: string;
  title: string;
  articles: {
    id: string;
    input: string;
    outlet: string | null;
    outletKey: string;
    originId: string;
    reasons: string[];
  }[];
  origins: { id: string; articleIds: string[]; kind: string }[];
  thread: { id: string; storyIds: string[] } | null;
}

async function storiesJson(db: string): Promise<StoryJson[]> {
  const io = memoryIo();
  expect(await main(['stories', '--db', db, '--json'], io)).toBe(0);
  return JSON.parse(io.out()) as StoryJson[];
}

const file = (input: string) => input.split('/').pop() ?? input;
const storyWith = (stories: StoryJson[], name: string) =>
  stories.find((s) => s.articles.some((a) => file(a.input) === name));

describe('stories on the demo corpus', () => {
  const dir = tempDir();
  const db = join(dir.path, 'store.db');
  let stories: StoryJson[] = [];
  beforeAll(async () => {
    expect(await main(['ingest', DEMO, '--db', db, '--quiet'], memoryIo())).toBe(0);
    stories = await storiesJson(db);
  }, 120_000);
  afterAll(() => dir.cleanup());

  it('stories: the ceasefire and the earthquake are different stories', () => {
    const ceasefire = storyWith(stories, 'crossline-ceasefire-signed.html');
    const quake = storyWith(stories, 'crossline-quake-toll-rises-112.html');
    expect(ceasefire).toBeDefined();
    expect(quake).toBeDefined();
    expect(ceasefire?.id).not.toBe(quake?.id);
    for (const name of ['globebrief-port-calder-truce-deal.html', 'harbourcourier-ceasefire-accord-analysis.html']) {
      expect(storyWith(stories, name)?.id).toBe(ceasefire?.id);
    }
    for (const name of ['halvikherald-brenno-shelters-fill.html', 'estmark-civilprotection-situation-report-5.txt']) {
      expect(storyWith(stories, name)?.id).toBe(quake?.id);
    }
  });

  it('stories: copies of the wire story are one origin', () => {
    const ceasefire = storyWith(stories, 'crossline-ceasefire-signed.html')!;
    const originOf = (name: string) => ceasefire.articles.find((a) => file(a.input) === name)?.originId;
    expect(originOf('sarnvalleypost-ceasefire-signed-wire.html')).toBe(originOf('crossline-ceasefire-signed.html'));
    expect(originOf('globebrief-port-calder-truce-deal.html')).toBe(originOf('crossline-ceasefire-signed.html'));
    expect(originOf('harbourcourier-ceasefire-accord-analysis.html')).not.toBe(
      originOf('crossline-ceasefire-signed.html'),
    );
    expect(ceasefire.origins.length).toBeLessThan(ceasefire.articles.length);
  });

  it('stories: recluster rebuilds the same stories as the online pass', async () => {
    const io = memoryIo();
    expect(await main(['recluster', '--db', db, '--quiet'], io)).toBe(0);
    const again = await storiesJson(db);
    const shape = (list: StoryJson[]) => list.map((s) => [s.id, s.articles.map((a) => a.id), s.thread?.id]).sort();
    expect(shape(again)).toEqual(shape(stories));
  });

  it('findings: the 14 vs 16 articles of the accord is contradicted, and the content farm is flagged', async () => {
    const ceasefire = storyWith(stories, 'crossline-ceasefire-signed.html')!;
    const io = memoryIo();
    expect(await main(['findings', ceasefire.id, '--db', db, '--json'], io)).toBe(0);
    const verification = JSON.parse(io.out()) as {
      findings: { status: string; values: { value: unknown }[] }[];
      flags: { articleId: string; kind: string }[];
    };
    const contradicted = verification.findings.filter((f) => f.status === 'contradicted');
    expect(contradicted.some((f) => f.values.some((v) => v.value === 14) && f.values.some((v) => v.value === 16))).toBe(
      true,
    );
    const farm = ceasefire.articles.find((a) => file(a.input) === 'quickdigest-ceasefire-what-it-means.txt');
    const kinds = verification.flags.filter((f) => f.articleId === farm?.id).map((f) => f.kind);
    expect(kinds).toContain('chatbot-residue');
  });

  it('brief: --all writes every story as Markdown with no unsupported sentence', async () => {
    const out = join(dir.path, 'briefs');
    const io = memoryIo();
    expect(await main(['brief', '--all', '--format', 'md', '--out', out, '--db', db], io)).toBe(0);
    const files = readdirSync(out).filter((f) => f.endsWith('.md'));
    expect(files).toHaveLength(stories.length);
    for (const name of files) {
      const text = readFileSync(join(out, name), 'utf8');
      expect(text).toMatch(/0 unsupported sentences/);
    }
  });

  it('brief: an unknown story and an unknown format exit 2 with a reason', async () => {
    const missing = memoryIo();
    expect(await main(['brief', 's_00000000000000000000', '--db', db], missing)).toBe(2);
    expect(missing.err()).toMatch(/no story s_0+/);
    const format = memoryIo();
    expect(await main(['brief', stories[0]!.id, '--format', 'pdf', '--db', db], format)).toBe(2);
    expect(format.err()).toMatch(/unknown brief format "pdf"/);
  });
});

describe('stories, online across runs', () => {
  const dir = tempDir();
  afterAll(() => dir.cleanup());

  it('stories: two ingest runs give the stories one run gives, and earlier members keep their reasons', async () => {
    const files = readdirSync(DEMO)
      .sort()
      .map((name) => join(DEMO, name));
    const split = join(dir.path, 'split.db');
    expect(await main(['ingest', ...files.slice(0, 7), '--db', split, '--quiet'], memoryIo())).toBe(0);
    const first = await storiesJson(split);
    expect(await main(['ingest', ...files.slice(7), '--db', split, '--quiet'], memoryIo())).toBe(0);
    const online = await storiesJson(split);
    const whole = join(dir.path, 'whole.db');
    expect(await main(['ingest', ...files, '--db', whole, '--quiet'], memoryIo())).toBe(0);
    const shape = (list: StoryJson[]) => list.map((s) => [s.id, s.articles.map((a) => a.id)]).sort();
    expect(shape(online)).toEqual(shape(await storiesJson(whole)));
    const reasonsOf = (list: StoryJson[]) =>
      new Map(list.flatMap((s) => s.articles.map((a) => [a.id, a.reasons] as const)));
    const before = reasonsOf(first);
    const after = reasonsOf(online);
    for (const [id, reasons] of before) expect(after.get(id)).toEqual(reasons);
  }, 180_000);
});

const PG_ADMIN = process.env.TRIANGULATE_TEST_PG_URL;

describe.skipIf(!PG_ADMIN)('stories on PostgreSQL (TRIANGULATE_TEST_PG_URL)', () => {
  const database = `triangulate_stories_${randomBytes(6).toString('hex')}`;
  const dir = tempDir();
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: PG_ADMIN });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  beforeAll(() => admin(`CREATE DATABASE ${database}`));
  afterAll(async () => {
    await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    dir.cleanup();
  });

  it('stories: PostgreSQL gives the stories and briefs SQLite gives', async () => {
    const url = new URL(PG_ADMIN as string);
    url.pathname = `/${database}`;
    const sqlite = join(dir.path, 'same.db');
    for (const db of [url.toString(), sqlite]) {
      expect(await main(['ingest', DEMO, '--db', db, '--quiet'], memoryIo())).toBe(0);
    }
    const shape = (list: StoryJson[]) => list.map((s) => [s.id, s.articles.map((a) => a.id), s.thread?.id]).sort();
    const onPg = await storiesJson(url.toString());
    expect(shape(onPg)).toEqual(shape(await storiesJson(sqlite)));
    const briefOf = async (db: string) => {
      const io = memoryIo();
      expect(await main(['brief', onPg[0]!.id, '--format', 'json', '--db', db], io)).toBe(0);
      return JSON.parse(io.out()) as { sentences: unknown[]; check: unknown };
    };
    const [pgBrief, sqliteBrief] = [await briefOf(url.toString()), await briefOf(sqlite)];
    expect(pgBrief.sentences).toEqual(sqliteBrief.sentences);
    expect(pgBrief.check).toEqual(sqliteBrief.check);
  }, 240_000);
});
