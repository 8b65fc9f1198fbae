/**
 * @module store/store.contract
 * One behavioural suite for every `Store` dialect (SQLite always; PostgreSQL when
 * TRIANGULATE_TEST_PG_URL is set). `factory` must return a fresh, empty, migrated store;
 * the suite closes each store after its test.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Message } from '../core/message.js';
import { fixture } from './store.fixtures.js';
import type { ArticleSummary, Store } from './store.js';

export type StoreFactory = () => Promise<Store>;

const ODD_QUERIES = [
  '',
  '   ',
  '"',
  '""',
  '"""',
  'AND(',
  'AND',
  'OR NOT',
  'NEAR(a b, 2)',
  '*',
  'cease*',
  '-',
  '-ceasefire',
  '^ceasefire',
  'title:ceasefire',
  '{title text}: x',
  "'",
  "it's",
  '\\',
  '();',
  "'; DROP TABLE articles; --",
  '"unterminated phrase',
  'a"b"c"',
  '🙂',
  '\u0000',
  'e\u0301',
  'x'.repeat(5000),
  Array.from({ length: 200 }, (_, i) => `w${i}`).join(' '),
];

/** Expected list order, computed independently: newest first, unknown dates last, then id. */
function expectedOrder(items: readonly { id: string; publishedAt: string | null }[]): string[] {
  const time = (value: string | null): number => {
    const parsed = value === null ? Number.NaN : Date.parse(value);
    return Number.isNaN(parsed) ? Number.NEGATIVE_INFINITY : parsed;
  };
  return [...items]
    .sort((a, b) => time(b.publishedAt) - time(a.publishedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((item) => item.id);
}

async function listAll(store: Store, limit: number, outlet?: string): Promise<ArticleSummary[]> {
  const seen: ArticleSummary[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 100; pages += 1) {
    const page = await store.listArticles({ limit, ...(cursor ? { cursor } : {}), ...(outlet ? { outlet } : {}) });
    expect(page.items.length).toBeLessThanOrEqual(limit);
    seen.push(...page.items);
    if (page.nextCursor === null) return seen;
    expect(page.nextCursor).toMatch(/^[A-Za-z0-9_-]+$/);
    cursor = page.nextCursor;
  }
  throw new Error('pagination did not end');
}

export function defineStoreContract(name: string, factory: StoreFactory): void {
  describe(`store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await factory();
    });
    afterEach(async () => {
      await store.close();
    });

    it('store: saves an ingested item and reads back exactly what was saved', async () => {
      const item = fixture({
        text: 'The talks resumed on Friday.\n\nBoth delegations said the ceasefire held.',
        url: 'https://courier.example/world/2025/03/14/talks',
        fetchedAt: '2025-03-14T10:00:00+01:00',
        declaredCharset: 'utf-8',
      });
      expect(await store.saveIngested(item)).toBe('new');
      expect(await store.getCapture(item.capture.id)).toStrictEqual(item.capture);
      expect(await store.getArticle(item.article.id)).toStrictEqual(item.article);
      expect(await store.getMessages(item.article.id)).toStrictEqual(item.messages);
      expect(await store.hasCapture(item.capture.contentHash)).toBe(true);
      expect(await store.countArticles()).toBe(1);
    });

    it('store: leaves absent optional capture fields absent', async () => {
      const item = fixture({ text: 'A bare capture.', messages: [] });
      await store.saveIngested(item);
      const capture = await store.getCapture(item.capture.id);
      expect(capture).toStrictEqual(item.capture);
      expect(capture && ['url', 'fetchedAt', 'declaredCharset'].filter((key) => key in capture)).toEqual([]);
      expect(await store.getMessages(item.article.id)).toEqual([]);
    });

    it('store: returns duplicate for bytes already stored and writes nothing', async () => {
      const first = fixture({ text: 'First extraction.' });
      expect(await store.saveIngested(first)).toBe('new');
      const again = {
        ...first,
        article: { ...first.article, text: 'A different extraction of the same bytes.' },
        messages: [
          ...first.messages,
          { severity: 'error', reason: 'x', ruleId: 'extract:x', source: 'extract' } as const,
        ],
      };
      expect(await store.saveIngested(again)).toBe('duplicate');
      expect(await store.getArticle(first.article.id)).toStrictEqual(first.article);
      expect(await store.getMessages(first.article.id)).toStrictEqual(first.messages);
      expect(await store.countArticles()).toBe(1);
    });

    it('store: concurrent saves of the same capture store it once', async () => {
      const item = fixture({ text: 'Saved from five workers at once.' });
      const results = await Promise.all(Array.from({ length: 5 }, () => store.saveIngested(item)));
      expect(results.filter((result) => result === 'new')).toHaveLength(1);
      expect(await store.countArticles()).toBe(1);
      expect(await store.getMessages(item.article.id)).toHaveLength(item.messages.length);
    });

    it('store: answers null or empty for records that do not exist', async () => {
      expect(await store.getArticle('a_00000000000000000000')).toBeNull();
      expect(await store.getCapture('c_00000000000000000000')).toBeNull();
      expect(await store.getSource('nowhere.html')).toBeNull();
      expect(await store.getMessages('a_00000000000000000000')).toEqual([]);
      expect(await store.hasCapture('0'.repeat(64))).toBe(false);
      expect(await store.countArticles()).toBe(0);
      expect(await store.listArticles()).toEqual({ items: [], nextCursor: null });
      expect(await store.searchArticles('anything')).toEqual([]);
    });

    it('store: keeps Unicode and markup verbatim', async () => {
      const text = [
        'Песков заявил: «переговоры зашли в тупик».',
        'Zürich, São Paulo, İstanbul — naïve café; e\u0301 (combining), ﬁ ligature.',
        '北京 表示 谈判 继续。 مرحبا بالعالم 🇺🇦 👩🏽‍💻 𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
        '<script>alert("x")</script> <b>bold</b> &amp; \'quotes\' "double" \\back\\slash',
        "'; DROP TABLE articles; -- \t tab \r\n crlf",
      ].join('\n\n');
      const title = '<script>document.title</script> Песков 🙂';
      const item = fixture({ text, title, outlet: 'Вести «Север»', language: 'ru' });
      await store.saveIngested(item);
      expect(await store.getArticle(item.article.id)).toStrictEqual(item.article);
      const { items } = await store.listArticles();
      expect(items[0]).toMatchObject({ title, outlet: 'Вести «Север»', language: 'ru', chars: text.length });
      const hits = await store.searchArticles('переговоры');
      expect(hits.map((hit) => hit.articleId)).toEqual([item.article.id]);
      expect(hits[0]?.snippet).toContain('«переговоры»');
    });

    it('store: round-trips raw bytes exactly, including NUL and invalid UTF-8', async () => {
      const all = Uint8Array.from({ length: 256 }, (_, i) => i);
      const invalid = Uint8Array.from([0xff, 0xfe, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0x00, 0xed, 0xa0, 0x80]);
      const empty = new Uint8Array(0);
      for (const bytes of [all, invalid, empty]) {
        const item = fixture({ text: `Bytes of length ${bytes.length}.`, bytes });
        expect(await store.saveIngested(item)).toBe('new');
        const capture = await store.getCapture(item.capture.id);
        expect(capture?.bytes).toStrictEqual(bytes);
        expect(capture?.bytes).toBeInstanceOf(Uint8Array);
      }
    });

    it('store: records sources and updates them by input', async () => {
      await store.recordSource({
        input: 'feeds/a.xml',
        status: 'refused',
        captureId: null,
        reason: 'robots.txt disallows',
      });
      await store.recordSource({ input: 'pages/b.html', status: 'ingested', captureId: 'c_b', reason: null });
      const refused = await store.getSource('feeds/a.xml');
      expect(refused).toMatchObject({
        input: 'feeds/a.xml',
        status: 'refused',
        captureId: null,
        reason: 'robots.txt disallows',
      });
      expect(Number.isNaN(Date.parse(refused?.updatedAt ?? ''))).toBe(false);
      await store.recordSource({ input: 'feeds/a.xml', status: 'ingested', captureId: 'c_a', reason: null });
      expect(await store.getSource('feeds/a.xml')).toMatchObject({
        status: 'ingested',
        captureId: 'c_a',
        reason: null,
      });
      expect(await store.getSource('pages/b.html')).toMatchObject({ status: 'ingested', captureId: 'c_b' });
    });

    it('store: pages through every article exactly once in a stable order', async () => {
      const dates = [
        '2025-03-14T09:30:00Z',
        '2025-03-14T12:30:00+03:00', // the same instant as the first
        '2025-03-14',
        '2025-03-15T00:00:00-05:00',
        null,
        'yesterday', // unparsable: listed with the unknown dates
        '2024-12-31T23:59:59.999Z',
        '2025-03-14T09:30:00Z',
        null,
        '1999-01-01',
        '2026-01-01T00:00:00Z',
      ];
      const items = dates.map((publishedAt, i) =>
        fixture({
          text: `Article number ${i}.`,
          publishedAt,
          outlet: i % 3 === 0 ? 'Northern Star' : 'Harbour Courier',
        }),
      );
      for (const item of items) await store.saveIngested(item);
      const expected = expectedOrder(
        items.map((item) => ({ id: item.article.id, publishedAt: item.article.meta.publishedAt?.value ?? null })),
      );
      for (const limit of [1, 3, 4, 11, 50]) {
        expect((await listAll(store, limit)).map((summary) => summary.id)).toEqual(expected);
      }
      const northern = items.filter((_, i) => i % 3 === 0).map((item) => item.article.id);
      const northernListed = (await listAll(store, 2, 'Northern Star')).map((summary) => summary.id);
      expect(northernListed).toEqual(expected.filter((id) => northern.includes(id)));
      expect(await store.countArticles()).toBe(items.length);
    });

    it('store: lists summaries with title, outlet, date, language and length', async () => {
      const item = fixture({
        text: 'Short.',
        title: null,
        outlet: 'Northern Star',
        publishedAt: '2025-03-14',
        language: null,
      });
      await store.saveIngested(item);
      const page = await store.listArticles({ limit: 10 });
      expect(page).toStrictEqual({
        items: [
          {
            id: item.article.id,
            input: item.article.input,
            title: null,
            outlet: 'Northern Star',
            publishedAt: '2025-03-14',
            language: null,
            chars: 6,
          },
        ],
        nextCursor: null,
      });
    });

    it('store: bounds page sizes and search limits instead of failing', async () => {
      for (const i of [1, 2, 3]) await store.saveIngested(fixture({ text: `Bounded ceasefire ${i}.` }));
      for (const limit of [0, -5, 0.5, Number.NaN, Number.POSITIVE_INFINITY]) {
        expect((await store.listArticles({ limit })).items.length).toBeGreaterThanOrEqual(1);
        expect((await store.searchArticles('ceasefire', limit)).length).toBeGreaterThanOrEqual(1);
      }
      expect((await store.listArticles({ limit: 1e9 })).items).toHaveLength(3);
      expect(await store.searchArticles('ceasefire', 2)).toHaveLength(2);
    });

    it('store: refuses a malformed cursor as a user error', async () => {
      for (const cursor of ['nonsense', '', 'WzEsMl0', '!!!']) {
        await expect(store.listArticles({ cursor })).rejects.toMatchObject({ name: 'UserError' });
      }
    });

    it('store: finds articles by word and phrase, ranked, with «» snippets', async () => {
      const strong = fixture({
        title: 'Ceasefire holds',
        text: 'The ceasefire held overnight.\n\nObservers said the ceasefire was fragile but the talks stalled again.',
      });
      const weak = fixture({
        title: 'Markets',
        text: 'Traders barely noticed the ceasefire. Talks on tariffs have not stalled.',
      });
      const none = fixture({ title: 'Weather', text: 'Rain is expected across the north.' });
      for (const item of [strong, weak, none]) await store.saveIngested(item);
      const hits = await store.searchArticles('ceasefire');
      expect(hits.map((hit) => hit.articleId)).toEqual([strong.article.id, weak.article.id]);
      expect(hits[0]!.rank).toBeGreaterThan(hits[1]!.rank);
      expect(hits[0]?.title).toBe('Ceasefire holds');
      expect(hits[1]?.snippet).toContain('«ceasefire»');
      expect((await store.searchArticles('CEASEFIRE')).length).toBe(2);
      expect((await store.searchArticles('"talks stalled"')).map((hit) => hit.articleId)).toEqual([strong.article.id]);
      expect((await store.searchArticles('talks stalled')).length).toBe(2);
      expect((await store.searchArticles('ceasefire rain')).length).toBe(0);
      expect(await store.searchArticles('ceasefire', 1)).toHaveLength(1);
    });

    it('store: never fails on odd search input', async () => {
      await store.saveIngested(fixture({ text: 'The ceasefire held. It’s fragile; AND NOT near.' }));
      for (const query of ODD_QUERIES) {
        const hits = await store.searchArticles(query);
        expect(Array.isArray(hits), `query ${JSON.stringify(query.slice(0, 40))}`).toBe(true);
      }
      expect(await store.searchArticles('"')).toEqual([]);
      expect(await store.searchArticles('AND(')).toHaveLength(1); // "and" is just a word here
      expect(await store.searchArticles('-ceasefire')).toHaveLength(1);
    });

    it('store: migrating again is a no-op', async () => {
      const item = fixture({ text: 'Survives migrations.' });
      await store.saveIngested(item);
      await store.migrate();
      await store.migrate();
      expect(await store.getArticle(item.article.id)).toStrictEqual(item.article);
      expect(await store.countArticles()).toBe(1);
      expect(await store.searchArticles('survives')).toHaveLength(1);
    });

    it('store: a failure mid-transaction leaves nothing written', async () => {
      const bad: Message = {
        severity: 'fatal',
        reason: 'x',
        ruleId: 'extract:x',
        source: 'extract',
      } as unknown as Message;
      const item = fixture({ text: 'Zanzibarian negotiators.', messages: [{ ...bad, severity: 'info' }, bad] });
      // The capture and the article insert fine; the second message breaks a CHECK constraint.
      await expect(store.saveIngested(item)).rejects.toThrow();
      expect(await store.hasCapture(item.capture.contentHash)).toBe(false);
      expect(await store.getCapture(item.capture.id)).toBeNull();
      expect(await store.getArticle(item.article.id)).toBeNull();
      expect(await store.getMessages(item.article.id)).toEqual([]);
      expect(await store.countArticles()).toBe(0);
      expect(await store.searchArticles('zanzibarian')).toEqual([]);
      // The store is still usable, and the same item saves once fixed.
      expect(await store.saveIngested({ ...item, messages: [] })).toBe('new');
      expect(await store.searchArticles('zanzibarian')).toHaveLength(1);
    });

    it('store: refuses an article that names another capture, writing nothing', async () => {
      const item = fixture({ text: 'Mismatched.' });
      const wrong = { ...item, article: { ...item.article, captureId: 'c_ffffffffffffffffffff' } };
      await expect(store.saveIngested(wrong)).rejects.toThrow(/capture/);
      expect(await store.hasCapture(item.capture.contentHash)).toBe(false);
    });

    it('store: refuses U+0000 in article text the same way in every dialect', async () => {
      const item = fixture({ text: 'before\u0000after' });
      await expect(store.saveIngested(item)).rejects.toMatchObject({ name: 'UserError', code: 'store:nul-character' });
      expect(await store.countArticles()).toBe(0);
    });

    it('store: stage outputs are saved with the ingested item, replaced on rerun, and read back exactly', async () => {
      const base = fixture({ text: 'Stage outputs ride along with the article.' });
      const data = { sentences: [{ start: 0, end: 12 }], note: 'Кремль «quoted» <script>' };
      const item = { ...base, outputs: [{ stage: 'analyze', recordId: base.article.id, stageVersion: '1', data }] };
      expect(await store.saveIngested(item)).toBe('new');
      expect(await store.getStageOutput('analyze', base.article.id)).toEqual(item.outputs[0]);
      const message: Message = {
        severity: 'info',
        reason: 'speaker unresolved',
        ruleId: 'analyze:x',
        source: 'analyze',
      };
      await store.saveStageOutput({ stage: 'analyze', recordId: base.article.id, stageVersion: '2', data: { v: 2 } }, [
        message,
      ]);
      await store.saveStageOutput({ stage: 'analyze', recordId: base.article.id, stageVersion: '2', data: { v: 2 } }, [
        message,
      ]);
      expect(await store.getStageOutput('analyze', base.article.id)).toMatchObject({
        stageVersion: '2',
        data: { v: 2 },
      });
      const messages = await store.getMessages(base.article.id);
      expect(messages.filter((m) => m.source === 'analyze')).toHaveLength(1);
      expect(messages.filter((m) => m.source !== 'analyze')).toHaveLength(base.messages.length);
      expect(await store.getStageOutput('analyze', 'a_missing')).toBeNull();
    });

    it('store: close can be called twice', async () => {
      await store.close();
    });
  });
}
