/**
 * @module pipeline/stories
 * Runs stories → verify → brief over the store. Online: the clustering state is stored, each run adds only
 * the articles not yet in a story (in arrival order), and only the stories that changed (and the other stories
 * of their threads) are verified and briefed again. `recluster` clears stories and replays every article in
 * arrival order, which gives what the online runs gave on the same order. Each batch is written in one
 * transaction with the clustering state, so a crash loses at most the batch in progress and a rerun resumes.
 */
import type { Analysis } from '../analyze/index.js';
import { BRIEF_GENERATOR, type BriefArticle, buildBrief } from '../brief/index.js';
import type { Brief } from '../brief/types.js';
import type { Article } from '../core/types.js';
import type { StageOutput, Store, StoriesUpdate, StoryCounts } from '../store/store.js';
import { StoryIndex, type StoryIndexState, storyFeaturesOf } from '../stories/cluster/index.js';
import { STORIES } from '../stories/index.js';
import { groupByTemplate } from '../stories/origins/index.js';
import type { Story, Thread } from '../stories/types.js';
import { VERIFIER, verifyStory } from '../verify/index.js';
import type { CorpusStats, Verification } from '../verify/types.js';
import { currentAnalysis } from './analyses.js';
import { buildStory, buildThread, type Membership, type StoryShape } from './story-records.js';

/**
 * Version of the stored clustering state. It includes verify's and brief's versions: when any of the three
 * changes, the next run rebuilds every story (a recluster), so no stored story mixes versions.
 */
export const STORIES_STAGE = {
  name: STORIES.name,
  version: `${STORIES.version};verify-${VERIFIER.version};brief-${BRIEF_GENERATOR.version}`,
} as const;
const STATE_RECORD = 'index';
/** Sibling stories of a thread whose evidence a brief may draw on. */
const THREAD_CONTEXT = 6;

export interface StoriesRunOptions {
  /** Clear stories and replay every stored article in arrival order. */
  readonly recluster?: boolean;
  /** Reference time for analyses computed on the way (default: now). */
  readonly now?: Date;
  /**
   * Articles per transaction. Default: a tenth of the pending articles, between 200 and 2,000 — each batch
   * rebuilds the stories it touched and stores the clustering state, so a big backlog goes in fewer, larger
   * batches, while a crash still loses at most one batch.
   */
  readonly batchSize?: number;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface StoriesRunSummary {
  /** Articles added to stories in this run. */
  readonly added: number;
  /** Stories written (new or changed). */
  readonly changed: number;
  readonly stories: number;
  readonly threads: number;
}

export async function runStories(store: Store, options: StoriesRunOptions = {}): Promise<StoriesRunSummary> {
  const now = options.now ?? new Date();
  const index = await openIndex(store, options.recluster ?? false);
  const known = new Set(index.stories().flatMap((s) => s.articleIds));
  const arrived = await store.listArticleIdsInArrivalOrder();
  const pending = arrived.filter((id) => !known.has(id));
  if (pending.length === 0)
    return { added: 0, changed: 0, stories: index.stories().length, threads: index.threads().length };
  const templateGroupOf = await templateGroups(store, arrived);
  const memberships = new Map<string, Membership>();
  const batchSize = Math.max(1, options.batchSize ?? Math.min(2000, Math.max(200, Math.ceil(pending.length / 10))));
  let changed = 0;
  for (let at = 0; at < pending.length; at += batchSize) {
    const batch = pending.slice(at, at + batchSize);
    const before = threadsOfStories(index);
    const touched = new Set<string>();
    for (const id of batch) {
      const article = await store.getArticle(id);
      if (!article) continue;
      const join = index.add(storyFeaturesOf(article, await currentAnalysis(store, article, now)));
      memberships.set(id, { score: join.score, reasons: join.reasons });
      touched.add(join.storyId);
    }
    const update = await buildUpdate(store, index, before, touched, { memberships, templateGroupOf, now });
    await store.saveStories(update);
    changed += update.stories.length;
    options.onProgress?.(Math.min(at + batchSize, pending.length), pending.length);
  }
  return { added: pending.length, changed, stories: index.stories().length, threads: index.threads().length };
}

async function openIndex(store: Store, recluster: boolean): Promise<StoryIndex> {
  const state = recluster ? null : await store.getStageOutput(STORIES_STAGE.name, STATE_RECORD);
  if (state && state.stageVersion === STORIES_STAGE.version) return StoryIndex.fromState(state.data as StoryIndexState);
  await store.clearStories();
  return new StoryIndex();
}

/** story id → thread id, for telling which stories a batch moved between threads. */
function threadsOfStories(index: StoryIndex): Map<string, string> {
  return new Map(index.stories().map((s) => [s.id, s.threadId]));
}

/** Pages without a named outlet, grouped by shared site template: article id → group key. */
async function templateGroups(store: Store, ids: readonly string[]): Promise<Map<string, string>> {
  const pages = [];
  for (const id of ids) {
    const article = await store.getArticle(id);
    if (!article || article.meta.outlet) continue;
    pages.push({
      id,
      text: article.text,
      ...(article.meta.title ? { title: article.meta.title.value } : {}),
      removed: article.removed,
    });
  }
  const groupOf = new Map<string, string>();
  for (const group of groupByTemplate(pages)) {
    if (group.length < 2) continue;
    for (const id of group) groupOf.set(id, group[0] as string);
  }
  return groupOf;
}

interface BuildContext {
  readonly memberships: ReadonlyMap<string, Membership>;
  readonly templateGroupOf: ReadonlyMap<string, string>;
  readonly now: Date;
}

interface Stale {
  /** Stories to rebuild: those that gained articles or changed thread, and the other stories of their threads. */
  readonly storyIds: Set<string>;
  readonly threadIds: Set<string>;
  /** Stories and threads that a batch merged into others. */
  readonly removedStoryIds: string[];
  readonly removedThreadIds: string[];
}

function staleAfterBatch(index: StoryIndex, before: ReadonlyMap<string, string>, touched: ReadonlySet<string>): Stale {
  const storyIds = new Set(touched);
  const threadOf = threadsOfStories(index);
  for (const [id, threadId] of threadOf) if (before.get(id) !== threadId) storyIds.add(id);
  const threadIds = new Set([...storyIds].flatMap((id) => (threadOf.has(id) ? [threadOf.get(id) as string] : [])));
  // A brief lists the other stories of its thread: when a thread's stories change, its other stories'
  // briefs are rebuilt too; new articles in a story that stays in the same thread leave its siblings alone.
  const membersBefore = membersOf(before);
  for (const thread of index.threads()) {
    if (!threadIds.has(thread.id) || sameMembers(membersBefore.get(thread.id), thread.storyIds)) continue;
    for (const id of thread.storyIds) storyIds.add(id);
  }
  const live = new Set(threadOf.values());
  const removedThreadIds = [...new Set(before.values())].filter((id) => !live.has(id));
  const removedStoryIds = [...before.keys()].filter((id) => !threadOf.has(id));
  return { storyIds, threadIds, removedStoryIds, removedThreadIds };
}

/** thread id → its story ids, from a story → thread map. */
function membersOf(threadOf: ReadonlyMap<string, string>): Map<string, Set<string>> {
  const members = new Map<string, Set<string>>();
  for (const [storyId, threadId] of threadOf) {
    const set = members.get(threadId) ?? new Set<string>();
    set.add(storyId);
    members.set(threadId, set);
  }
  return members;
}

function sameMembers(before: ReadonlySet<string> | undefined, now: readonly string[]): boolean {
  return before !== undefined && before.size === now.length && now.every((id) => before.has(id));
}

async function buildUpdate(
  store: Store,
  index: StoryIndex,
  before: ReadonlyMap<string, string>,
  touched: ReadonlySet<string>,
  ctx: BuildContext,
): Promise<StoriesUpdate> {
  const stale = staleAfterBatch(index, before, touched);
  const shapes = new Map(index.stories().map((s) => [s.id, s]));
  const threads = new Map(index.threads().map((t) => [t.id, buildThread(t)]));
  const loader = new ArticleLoader(store, ctx.now);
  const stories: Story[] = [];
  const counts = new Map<string, StoryCounts>();
  const outputs: StageOutput[] = [
    { stage: STORIES_STAGE.name, recordId: STATE_RECORD, stageVersion: STORIES_STAGE.version, data: index.toState() },
  ];
  for (const id of stale.storyIds) {
    const shape = shapes.get(id);
    if (!shape) continue;
    const story = await storyOf(shape, loader, ctx);
    const thread = threads.get(story.threadId) ?? null;
    const { verification, brief } = await verifyAndBrief(store, story, thread, shapes, loader, ctx);
    stories.push(story);
    counts.set(story.id, countsOf(verification));
    outputs.push(
      { stage: VERIFIER.name, recordId: story.id, stageVersion: VERIFIER.version, data: verification },
      { stage: BRIEF_GENERATOR.name, recordId: story.id, stageVersion: BRIEF_GENERATOR.version, data: brief },
    );
  }
  return {
    stories,
    threads: [...stale.threadIds].flatMap((id) => (threads.has(id) ? [threads.get(id) as Thread] : [])),
    removedStoryIds: stale.removedStoryIds,
    removedThreadIds: stale.removedThreadIds,
    counts,
    outputs,
  };
}

async function verifyAndBrief(
  store: Store,
  story: Story,
  thread: Thread | null,
  shapes: ReadonlyMap<string, StoryShape>,
  loader: ArticleLoader,
  ctx: BuildContext,
): Promise<{ verification: Verification; brief: Brief }> {
  const members = await loader.members(story);
  const verification = verifyStory({
    storyId: story.id,
    articles: members.map((m) => ({
      ...m,
      originId: originOf(story, m.article.id),
      outlet: m.article.meta.outlet?.value ?? null,
    })),
    corpus: await corpusStats(store, members),
  });
  const brief = buildBrief({
    story,
    articles: members,
    verification,
    thread: thread ? await threadContext(thread, story, shapes, loader, ctx) : null,
  });
  return { verification, brief };
}

/** The story record of a shape, built once per batch (a story is also the sibling of its thread's others). */
async function storyOf(shape: StoryShape, loader: ArticleLoader, ctx: BuildContext): Promise<Story> {
  const built = loader.built.get(shape.id);
  if (built) return built;
  const articles = new Map<string, Article>();
  for (const id of shape.articleIds) {
    const article = await loader.article(id);
    if (article) articles.set(id, article);
  }
  // Members that joined in an earlier run keep the reasons stored with the story then.
  const memberships = new Map(ctx.memberships);
  const previous = await loader.storedStory(shape.id);
  for (const member of previous?.articles ?? []) {
    if (!memberships.has(member.id)) memberships.set(member.id, { score: member.score, reasons: member.reasons });
  }
  const story = buildStory(shape, articles, memberships, ctx.templateGroupOf);
  loader.built.set(shape.id, story);
  return story;
}

async function threadContext(
  thread: Thread,
  story: Story,
  shapes: ReadonlyMap<string, StoryShape>,
  loader: ArticleLoader,
  ctx: BuildContext,
): Promise<{ thread: Thread; stories: { story: Story; articles: BriefArticle[] }[] }> {
  const siblings = thread.storyIds.filter((id) => id !== story.id).slice(-THREAD_CONTEXT);
  const stories = [];
  for (const id of siblings) {
    const shape = shapes.get(id);
    if (!shape) continue;
    const sibling = await storyOf(shape, loader, ctx);
    stories.push({ story: sibling, articles: await loader.members(sibling) });
  }
  return { thread, stories };
}

function originOf(story: Story, articleId: string): string {
  return story.articles.find((a) => a.id === articleId)?.originId ?? `o_${articleId.replace(/^a_/, '')}`;
}

function countsOf(verification: Verification): StoryCounts {
  return {
    findings: verification.findings.length,
    contradicted: verification.findings.filter((f) => f.status === 'contradicted').length,
    flags: verification.flags.filter((f) => f.severity === 'warning').length,
  };
}

/**
 * Store-wide mention counts for the entities of a story's articles, fetched up front (verify is pure and
 * synchronous). An excluded article subtracts itself only when it is one of the story's own, which is what
 * verify asks.
 */
async function corpusStats(store: Store, members: readonly BriefArticle[]): Promise<CorpusStats> {
  const mentionedBy = new Map<string, Set<string>>();
  for (const { article, analysis } of members) {
    for (const mention of analysis?.mentions ?? []) {
      const set = mentionedBy.get(mention.entityId) ?? new Set<string>();
      set.add(article.id);
      mentionedBy.set(mention.entityId, set);
    }
  }
  const totals = new Map<string, number>();
  for (const entityId of mentionedBy.keys()) totals.set(entityId, await store.countArticlesMentioning(entityId));
  return {
    articlesMentioning(entityId, exclude) {
      const own = mentionedBy.get(entityId) ?? new Set<string>();
      const excluded = [...exclude].filter((id) => own.has(id)).length;
      return Math.max(0, (totals.get(entityId) ?? 0) - excluded);
    },
  };
}

/** Loads articles and their current analyses once per batch, and keeps the story records built in it. */
class ArticleLoader {
  readonly built = new Map<string, Story>();
  private readonly articles = new Map<string, Article | null>();
  private readonly analyses = new Map<string, Analysis>();

  constructor(
    private readonly store: Store,
    private readonly now: Date,
  ) {}

  async storedStory(id: string): Promise<Story | null> {
    return this.store.getStory(id);
  }

  async article(id: string): Promise<Article | null> {
    if (!this.articles.has(id)) this.articles.set(id, await this.store.getArticle(id));
    return this.articles.get(id) ?? null;
  }

  async members(story: Story): Promise<BriefArticle[]> {
    const members: BriefArticle[] = [];
    for (const { id } of story.articles) {
      const article = await this.article(id);
      if (!article) continue;
      let analysis = this.analyses.get(id);
      if (!analysis) {
        analysis = await currentAnalysis(this.store, article, this.now);
        this.analyses.set(id, analysis);
      }
      members.push({ article, analysis });
    }
    return members;
  }
}
