import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { openStore } from '../src/store/open.js';
import { memoryIo, newsPage, tempDir } from './helpers.js';

const BIN = join(import.meta.dirname, '..', 'bin', 'triangulate.js');

describe('cli', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => dir.cleanup());

  it('cli: extract --jsonl prints one line per input in input order, with an error line for a bad input', async () => {
    writeFileSync(join(dir.path, 'b.html'), newsPage(2));
    writeFileSync(join(dir.path, 'a.html'), newsPage(1));
    writeFileSync(join(dir.path, 'empty.html'), '');
    const io = memoryIo();
    const code = await main(
      ['extract', join(dir.path, 'b.html'), join(dir.path, 'empty.html'), join(dir.path, 'a.html'), '--jsonl'],
      io,
    );
    const lines = io
      .out()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0].input).toContain('b.html');
    expect(lines[1].input).toContain('empty.html');
    expect(lines[1].error).toMatch(/empty/i);
    expect(lines[2].input).toContain('a.html');
    expect(lines[2].text).toContain('expansion plan number 1');
    expect(lines[2].text).not.toContain('Privacy');
    expect(code).toBe(1);
  });

  it('cli: ingest twice stores each page once and the second run only finds duplicates', async () => {
    for (let i = 0; i < 5; i++) writeFileSync(join(dir.path, `p${i}.html`), newsPage(i));
    const db = join(dir.path, 'store.db');
    const first = memoryIo();
    expect(await main(['ingest', dir.path, '--db', db, '--json'], first)).toBe(0);
    expect(JSON.parse(first.out())).toMatchObject({ ingested: 5, duplicate: 0, refused: 0 });
    const second = memoryIo();
    expect(await main(['ingest', dir.path, '--db', db, '--json'], second)).toBe(0);
    expect(JSON.parse(second.out())).toMatchObject({ ingested: 0, duplicate: 5, refused: 0 });
    const list = memoryIo();
    await main(['articles', '--db', db, '--json'], list);
    expect(JSON.parse(list.out()).items).toHaveLength(5);
  });

  it('cli: show prints an article with provenance, and an unknown id exits 2', async () => {
    writeFileSync(join(dir.path, 'p.html'), newsPage(7));
    const db = join(dir.path, 'store.db');
    await main(['ingest', dir.path, '--db', db, '--quiet'], memoryIo());
    const list = memoryIo();
    await main(['articles', '--db', db, '--json'], list);
    const id = JSON.parse(list.out()).items[0].id as string;
    const show = memoryIo();
    expect(await main(['show', id, '--db', db, '--json'], show)).toBe(0);
    const article = JSON.parse(show.out());
    expect(article.id).toBe(id);
    expect(article.provenance).toHaveProperty('title');
    const missing = memoryIo();
    expect(await main(['show', 'a_nope', '--db', db], missing)).toBe(2);
    expect(missing.err()).toMatch(/no article with id a_nope/);
  });

  it('cli: analyze of a stored article gives what analyzing its file gives', async () => {
    const page = join(dir.path, 'p.html');
    writeFileSync(page, newsPage(4));
    const db = join(dir.path, 'store.db');
    await main(['ingest', page, '--db', db, '--quiet'], memoryIo());
    const list = memoryIo();
    await main(['articles', '--db', db, '--json'], list);
    const id = JSON.parse(list.out()).items[0].id as string;
    const fromStore = memoryIo();
    const fromFile = memoryIo();
    expect(await main(['analyze', id, '--db', db, '--json'], fromStore)).toBe(0);
    expect(await main(['analyze', page, '--json'], fromFile)).toBe(0);
    const [stored] = JSON.parse(fromStore.out());
    const [fresh] = JSON.parse(fromFile.out());
    expect(stored.sentences.length).toBeGreaterThan(2);
    expect({ ...stored, input: null }).toEqual({ ...fresh, input: null });
  });

  it('cli: an unknown command is a usage error (exit 2)', async () => {
    const io = memoryIo();
    expect(await main(['frobnicate'], io)).toBe(2);
  });

  it('cli: the installed bin runs', () => {
    const result = spawnSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/ingest/);
  });

  it('cli: an ingest killed half-way resumes on rerun with nothing lost or duplicated', async () => {
    const pages = 150;
    for (let i = 0; i < pages; i++)
      writeFileSync(
        join(dir.path, `p${String(i).padStart(3, '0')}.html`),
        newsPage(i, `<p>Unique paragraph ${i}.</p>`),
      );
    const db = join(dir.path, 'store.db');
    const child = spawn(process.execPath, [BIN, 'ingest', dir.path, '--db', db, '--quiet'], { stdio: 'ignore' });
    const exited = new Promise((resolve) => child.once('exit', resolve)); // before the kill: it may end first
    await new Promise((resolve) => setTimeout(resolve, 900));
    child.kill('SIGKILL');
    await exited;
    const rerun = memoryIo();
    expect(await main(['ingest', dir.path, '--db', db, '--json'], rerun)).toBe(0);
    const summary = JSON.parse(rerun.out());
    expect(summary.ingested + summary.duplicate).toBe(pages);
    const store = await openStore(db);
    try {
      expect(await store.countArticles()).toBe(pages);
      for (const id of await store.listArticleIdsInArrivalOrder())
        expect(await store.storyOfArticle(id)).not.toBeNull();
    } finally {
      await store.close();
    }
  });

  it('cli: a stories pass killed half-way resumes on rerun and ends where an uninterrupted one does', async () => {
    for (let i = 0; i < 120; i++)
      writeFileSync(join(dir.path, `s${String(i).padStart(3, '0')}.html`), newsPage(i, `<p>Story ${i % 7}.</p>`));
    const db = join(dir.path, 'killed.db');
    expect(await main(['ingest', dir.path, '--db', db, '--no-stories', '--quiet'], memoryIo())).toBe(0);
    const child = spawn(process.execPath, [BIN, 'stories', '--db', db, '--quiet', '--batch-size', '10'], {
      stdio: 'ignore',
    });
    const exited = new Promise((resolve) => child.once('exit', resolve)); // before the kill: it may end first
    await new Promise((resolve) => setTimeout(resolve, 1500));
    child.kill('SIGKILL');
    await exited;
    const resumed = memoryIo();
    expect(await main(['stories', '--db', db, '--json'], resumed)).toBe(0);
    const rebuilt = memoryIo();
    expect(await main(['recluster', '--db', db, '--quiet'], memoryIo())).toBe(0);
    expect(await main(['stories', '--db', db, '--json'], rebuilt)).toBe(0);
    const shape = (out: string) =>
      (JSON.parse(out) as { id: string; articles: { id: string }[] }[])
        .map((s) => `${s.id}:${s.articles.map((a) => a.id).join(',')}`)
        .sort();
    expect(shape(resumed.out())).toEqual(shape(rebuilt.out()));
    expect(shape(resumed.out()).join(',').split('a_').length - 1).toBe(120);
  }, 120_000);
});
