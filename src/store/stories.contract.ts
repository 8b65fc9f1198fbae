/**
 * @module store/stories.contract
 * The store contract for what later stages keep: stories and threads, the entity index, queryable
 * annotations, arrival order and the article filters built on them. Run on every dialect beside
 * `defineStoreContract`; `factory` must return a fresh, empty, migrated store.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Story, Thread } from '../stories/types.js';
import type { StoreFactory } from './store.contract.js';
import { fixture } from './store.fixtures.js';
import type { AnnotationInput, IngestedItem, Page, Store } from './store.js';

const hex = (id: string) => id.replace(/^a_/, '');

function withIndex(item: IngestedItem, entities: [string, string, string][], annotations: AnnotationInput[]) {
  return {
    ...item,
    index: { entities: entities.map(([id, name, type]) => ({ id, name, type, mentions: 2 })), annotations },
  };
}

function quote(start: number, end: number, entityId: string | null): AnnotationInput {
  return { kind: 'quote', start, end, entityId, targetId: null, data: { content: { start, end } } };
}

function storyOf(items: readonly IngestedItem[], threadId?: string): Story {
  const first = items[0]!.article;
  return {
    id: `s_${hex(first.id)}`,
    title: first.meta.title?.value ?? 'untitled',
    threadId: threadId ?? `t_${hex(first.id)}`,
    articles: items.map(({ article }, i) => ({
      id: article.id,
      input: article.input,
      title: article.meta.title?.value ?? null,
      outlet: article.meta.outlet?.value ?? null,
      outletKey: `name:${article.meta.outlet?.value ?? article.id}`,
      publishedAt: article.meta.publishedAt?.value ?? null,
      originId: `o_${hex(article.id)}`,
      score: i === 0 ? 1 : 0.5,
      reasons: ['invented for the contract'],
    })),
    origins: items.map(({ article }) => ({
      id: `o_${hex(article.id)}`,
      articleIds: [article.id],
      kind: 'single' as const,
      evidence: [],
    })),
    firstPublished: first.meta.publishedAt?.value ?? null,
    lastPublished: items.at(-1)!.article.meta.publishedAt?.value ?? null,
  };
}

async function all<T>(fetch: (cursor?: string) => Promise<Page<T>>): Promise<T[]> {
  const seen: T[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 100; pages += 1) {
    const page = await fetch(cursor);
    seen.push(...page.items);
    if (page.nextCursor === null) return seen;
    cursor = page.nextCursor;
  }
  throw new Error('pagination did not end');
}

export function defineStoriesContract(name: string, factory: StoreFactory): void {
  describe(`store contract (stories and index): ${name}`, () => {
    let store: Store;
    const items = [
      fixture({ text: 'Ceasefire talks resumed in Vellmar.', publishedAt: '2025-03-14T09:00:00Z', outlet: 'Courier' }),
      fixture({ text: 'Delegates met again in Vellmar.', publishedAt: '2025-03-15T09:00:00Z', outlet: 'Ledger' }),
      fixture({ text: 'A quake shook the coast of Brenno.', publishedAt: '2025-03-12T09:00:00Z', outlet: 'Courier' }),
      fixture({ text: 'An undated note about Brenno.', publishedAt: null, outlet: 'Ledger' }),
    ];
    beforeEach(async () => {
      store = await factory();
    });
    afterEach(async () => {
      await store.close();
    });

    it('store: keeps arrival order, not publication order', async () => {
      for (const item of [items[2]!, items[0]!, items[3]!, items[1]!]) await store.saveIngested(item);
      expect(await store.listArticleIdsInArrivalOrder()).toEqual(
        [items[2]!, items[0]!, items[3]!, items[1]!].map((i) => i.article.id),
      );
    });

    it('store: indexes entities and annotations written with the article', async () => {
      await store.saveIngested(
        withIndex(
          items[0]!,
          [
            ['person:ana-ruiz', 'Ana Ruiz', 'person'],
            ['country:VLM', 'Vellmar', 'country'],
          ],
          [
            quote(0, 10, 'person:ana-ruiz'),
            quote(12, 20, null),
            {
              kind: 'event',
              start: 0,
              end: 30,
              entityId: 'country:VLM',
              targetId: 'person:ana-ruiz',
              data: { code: '051' },
            },
          ],
        ),
      );
      await store.saveIngested(withIndex(items[1]!, [['country:VLM', 'Vellmar', 'country']], [quote(3, 9, null)]));
      await store.saveIngested(withIndex(items[2]!, [['country:VLM', 'Vellmar', 'country']], []));
      const entities = await all((cursor) => store.listEntities({ limit: 1, ...(cursor ? { cursor } : {}) }));
      expect(entities.map((e) => [e.id, e.articles])).toEqual([
        ['country:VLM', 3],
        ['person:ana-ruiz', 1],
      ]);
      expect(await store.getEntity('person:ana-ruiz')).toEqual({
        id: 'person:ana-ruiz',
        name: 'Ana Ruiz',
        type: 'person',
        articles: 1,
      });
      expect((await store.listEntities({ q: 'ana' })).items.map((e) => e.id)).toEqual(['person:ana-ruiz']);
      expect((await store.listEntities({ type: 'country' })).items.map((e) => e.id)).toEqual(['country:VLM']);
      expect(await store.countArticlesMentioning('country:VLM')).toBe(3);
      expect(await store.countArticlesMentioning('country:VLM', new Set([items[0]!.article.id]))).toBe(2);
      expect(await store.countArticlesMentioning('person:nobody')).toBe(0);
      const byEntity = await store.listArticles({ entity: 'person:ana-ruiz' });
      expect(byEntity.items.map((a) => a.id)).toEqual([items[0]!.article.id]);
      const quotes = await all((cursor) =>
        store.listAnnotations({ kind: 'quote', limit: 1, ...(cursor ? { cursor } : {}) }),
      );
      expect(quotes.map((q) => [q.articleId, q.ordinal])).toEqual([
        [items[1]!.article.id, 0],
        [items[0]!.article.id, 0],
        [items[0]!.article.id, 1],
      ]);
      expect(quotes[1]!.data).toEqual({ content: { start: 0, end: 10 } });
      const about = await store.listAnnotations({ kind: 'event', entity: 'person:ana-ruiz' });
      expect(about.items.map((e) => e.targetId)).toEqual(['person:ana-ruiz']);
      await expect(store.listAnnotations({ kind: 'quote', cursor: 'garbage' })).rejects.toThrow(/cursor/);
    });

    it('store: filters articles by publication window', async () => {
      for (const item of items) await store.saveIngested(item);
      const window = await store.listArticles({ from: '2025-03-13', to: '2025-03-15' });
      expect(window.items.map((a) => a.id)).toEqual([items[0]!.article.id]);
      await expect(store.listArticles({ from: 'last tuesday' })).rejects.toThrow(/from/);
    });

    it('store: saves, lists, updates and clears stories and threads', async () => {
      for (const item of items) await store.saveIngested(item);
      const talks = storyOf([items[0]!, items[1]!]);
      const quake = storyOf([items[2]!], talks.threadId);
      const undated = storyOf([items[3]!]);
      const thread: Thread = { id: talks.threadId, title: 'Vellmar', storyIds: [talks.id, quake.id], reasons: ['x'] };
      await store.saveStories({
        stories: [talks, quake, undated],
        threads: [thread],
        counts: new Map([[talks.id, { findings: 4, contradicted: 1, flags: 2 }]]),
        outputs: [{ stage: 'brief', recordId: talks.id, stageVersion: '1', data: { ok: true } }],
      });
      expect(await store.getStory(talks.id)).toEqual(talks);
      expect(await store.getThread(thread.id)).toEqual(thread);
      expect(await store.storyOfArticle(items[1]!.article.id)).toBe(talks.id);
      const listed = await all((cursor) => store.listStories({ limit: 2, ...(cursor ? { cursor } : {}) }));
      expect(listed.map((s) => s.id)).toEqual([talks.id, quake.id, undated.id]);
      expect(listed[0]).toMatchObject({ articles: 2, origins: 2, outlets: ['Courier', 'Ledger'], contradicted: 1 });
      expect(listed[1]).toMatchObject({ findings: 0, flags: 0 });
      const inThread = await store.listStories({ thread: thread.id });
      expect(inThread.items.map((s) => s.id)).toEqual([talks.id, quake.id]);
      const members = await store.listArticles({ story: talks.id });
      expect(members.items.map((a) => a.id).sort()).toEqual([items[0]!.article.id, items[1]!.article.id].sort());

      const merged = storyOf([items[0]!, items[1]!, items[2]!]);
      await store.saveStageOutput({ stage: 'brief', recordId: quake.id, stageVersion: '1', data: {} });
      await store.saveStories({ stories: [merged], threads: [], removedStoryIds: [quake.id], outputs: [] });
      expect(await store.getStory(quake.id)).toBeNull();
      expect(await store.getStageOutput('brief', quake.id)).toBeNull();
      expect(await store.storyOfArticle(items[2]!.article.id)).toBe(merged.id);

      await store.clearStories();
      expect((await store.listStories()).items).toEqual([]);
      expect(await store.storyOfArticle(items[0]!.article.id)).toBeNull();
      expect(await store.getThread(thread.id)).toBeNull();
      expect(await store.getStageOutput('brief', talks.id)).toBeNull();
      expect(await store.countArticles()).toBe(4);
    });
  });
}
