/**
 * @module stories/cluster/story-index
 * Online story clustering: each new article joins the best existing story or opens a new one (text TF-IDF
 * with online document frequencies on top of a shipped background table, the centroid or the closest recent
 * member (max-link), IDF-weighted canonical entities, numbers, days apart),
 * candidates come from an inverted index, centroids are truncated, an article that fits two stories at the
 * merge threshold merges them (merge.ts), and stories on one subject are linked into threads. Earlier articles
 * move only with their whole story, by a merge. `toState`/`fromState` round-trip exactly.
 */
import { backgroundTable, entityBackgroundDf } from './background.js';
import { CLUSTER_DEFAULTS, type ClusterSettings, ENTITY_TYPE_WEIGHT } from './cluster.data.js';
import { eventVector, PLAIN } from './events.js';
import type { StoryFeatures } from './features.js';
import { mergeStories, postingKeys } from './merge.js';
import { Postings } from './postings.js';
import { type EntityInfo, type Fit, type Frequencies, fitReasons, fitStory, type Profile, withNorms } from './score.js';
import { copyMember, type MemberState, memberVector, type StoryIndexState, type StoryState } from './story-state.js';
import { termWeights } from './text.js';
import { linkThreads } from './thread-links.js';
import { ThreadForest } from './threads.js';
import { addInto, cosine, DocFrequency, ranked, top, unit, type Vector } from './vectors.js';

export type StoryClusterOptions = Partial<ClusterSettings>;

export interface StoryJoin {
  readonly storyId: string;
  readonly threadId: string;
  readonly opened: boolean;
  readonly score: number;
  readonly reasons: string[];
  /** Stories merged into `storyId` by this article (their ids no longer exist); absent when none. */
  readonly merged?: string[];
}

export interface StorySummary {
  id: string;
  articleIds: string[];
  threadId: string;
  title: string;
}

export interface ThreadSummary {
  id: string;
  storyIds: string[];
  title: string;
  reasons: string[];
}

/** A story inside the index (mutable centroid). */
export interface StoryRecord {
  readonly id: string;
  readonly order: number;
  firstDay?: number;
  lastDay?: number;
  terms: Vector;
  entities: Vector;
  numbers: Vector;
  events: Vector;
  readonly members: MemberState[];
  /** The reasons of the merges into this story. */
  readonly merges: string[];
  /** Set when the story was merged into another (then it has no members and is not listed). */
  mergedInto?: string;
}

interface Candidate {
  readonly story: StoryRecord;
  readonly fit: Fit;
}

const DAY_MS = 86_400_000;

function dayOf(iso: string | undefined): number | undefined {
  if (!iso) return undefined;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? undefined : Math.floor(t / DAY_MS);
}

const hexOf = (articleId: string) => articleId.replace(/^a_/, '');
const firstLine = (text: string) => (text.trim().split('\n')[0] ?? '').trim().slice(0, 160);

export class StoryIndex {
  readonly settings: ClusterSettings;
  private readonly freq: Frequencies;
  /** Entity id → background document frequency (from its name), filled as entities are first seen. */
  private readonly entityBackground = new Map<string, number>();
  private readonly info = new Map<string, EntityInfo>();
  private readonly list: StoryRecord[] = [];
  private readonly storyOf = new Map<string, number>();
  private readonly postings = new Postings();
  private readonly forest: ThreadForest;

  constructor(options: StoryClusterOptions = {}, state?: StoryIndexState) {
    this.settings = { ...CLUSTER_DEFAULTS, ...(state?.settings ?? {}), ...options };
    const background = backgroundTable(this.settings.backgroundScale);
    const entityBackground = this.settings.entityBackground > 0 ? background.n : 0;
    this.freq = {
      terms: new DocFrequency(state?.termFrequency.n ?? 0, new Map(state?.termFrequency.df ?? []), background),
      entities: new DocFrequency(state?.entityFrequency.n ?? 0, new Map(state?.entityFrequency.df ?? []), {
        n: entityBackground,
        df: this.entityBackground,
      }),
    };
    for (const [id, name, type] of state?.entityInfo ?? []) this.learn(id, name, type);
    this.forest = new ThreadForest(state?.threads);
    for (const s of state?.stories ?? []) this.restore(s);
  }

  static fromState(state: StoryIndexState): StoryIndex {
    return new StoryIndex({}, state);
  }

  /** Adds one article: it joins the best story above the threshold or opens a new one. */
  add(features: StoryFeatures): StoryJoin {
    const known = this.storyOf.get(features.id);
    if (known !== undefined) return this.repeat(features.id, known);
    const profile = this.profileOf(features);
    const candidates = this.candidatesOf(profile);
    const [best, runnerUp] = [candidates[0] ?? null, candidates[1] ?? null];
    const c = this.settings;
    let story: StoryRecord;
    let reasons: string[];
    const tie =
      best && runnerUp && runnerUp.fit.score >= c.joinThreshold && best.fit.score - runnerUp.fit.score < c.tieMargin;
    if (best && best.fit.score >= c.joinThreshold && !tie) {
      story = best.story;
      reasons = [`joined ${story.id}`, ...fitReasons(story.id, best.fit, this.info)];
    } else if (best && runnerUp && tie) {
      story = this.open(features.id);
      reasons = [
        `opened ${story.id}: ${best.story.id} and ${runnerUp.story.id} fit within ${c.tieMargin} of each other`,
      ];
      reasons.push(`closest: ${fitReasons(best.story.id, best.fit, this.info).join('; ')}`);
    } else {
      story = this.open(features.id);
      reasons = [`opened ${story.id}: no story reached ${c.joinThreshold}`];
      if (best) reasons.push(`closest: ${fitReasons(best.story.id, best.fit, this.info).join('; ')}`);
    }
    this.absorb(story, features, profile);
    const opened = story.members.length === 1;
    const bridged = opened ? null : this.bridge(story, candidates);
    if (bridged) [story, reasons] = [bridged.story, [...reasons, ...bridged.reasons]];
    linkThreads(this.threadContext(), story);
    return {
      storyId: story.id,
      threadId: this.threadIdOf(story.order),
      opened,
      score: opened ? 1 : (best?.fit.score ?? 1),
      reasons,
      ...(bridged ? { merged: bridged.merged } : {}),
    };
  }

  stories(): StorySummary[] {
    return this.live().map((s) => ({
      id: s.id,
      articleIds: s.members.map((m) => m.id),
      threadId: this.threadIdOf(s.order),
      title: this.centralTitle(s),
    }));
  }

  threads(): ThreadSummary[] {
    const byRoot = new Map<number, StoryRecord[]>();
    for (const s of this.live()) {
      const root = this.forest.find(s.order);
      byRoot.set(root, [...(byRoot.get(root) ?? []), s]);
    }
    return [...byRoot].map(([root, stories]) => ({
      id: this.threadIdOf(root),
      storyIds: stories.map((s) => s.id),
      title: this.centralTitle(this.list[root] as StoryRecord),
      reasons: this.forest.reasonsOf(root),
    }));
  }

  toState(): StoryIndexState {
    return {
      version: 1,
      settings: { ...this.settings },
      termFrequency: { n: this.freq.terms.n, df: [...this.freq.terms.df] },
      entityFrequency: { n: this.freq.entities.n, df: [...this.freq.entities.df] },
      entityInfo: [...this.info].map(([id, e]) => [id, e.name, e.type]),
      stories: this.list.map((s) => ({
        id: s.id,
        ...(s.firstDay !== undefined ? { firstDay: s.firstDay, lastDay: s.lastDay } : {}),
        terms: [...s.terms],
        entities: [...s.entities],
        numbers: [...s.numbers],
        ...(s.events.size > 0 ? { events: [...s.events] } : {}),
        members: s.members.map(copyMember),
        ...(s.merges.length > 0 ? { merges: [...s.merges] } : {}),
        ...(s.mergedInto !== undefined ? { mergedInto: s.mergedInto } : {}),
      })),
      threads: this.forest.toState(),
    };
  }

  /** Records a new entity's display name and type, and its background frequency when that is on. */
  private learn(id: string, name: string, type: string): void {
    this.info.set(id, { name, type });
    if (this.settings.entityBackground > 0)
      this.entityBackground.set(id, entityBackgroundDf(name, backgroundTable(this.settings.backgroundScale)));
  }

  /** The stories not merged into others. */
  private live(): StoryRecord[] {
    return this.list.filter((s) => s.mergedInto === undefined);
  }

  /**
   * Merges into the article's story every other candidate story the article also fits at the merge threshold
   * (it bridges two reports of one event); null when off or when nothing merges.
   */
  private bridge(
    story: StoryRecord,
    candidates: readonly Candidate[],
  ): { story: StoryRecord; reasons: string[]; merged: string[] } | null {
    const c = this.settings;
    if (c.mergeThreshold <= 0) return null;
    let current = story;
    const [reasons, merged]: [string[], string[]] = [[], []];
    for (const x of candidates) {
      if (x.story === story || x.fit.score < c.mergeThreshold || x.story.mergedInto !== undefined) continue;
      const gone = x.story.order < current.order ? current : x.story;
      const why = `the article also fits it at ${x.fit.score.toFixed(2)} ≥ ${c.mergeThreshold} (${fitReasons(x.story.id, x.fit, this.info).join('; ')})`;
      current = mergeStories(this.mergeContext(), current, x.story, why);
      merged.push(gone.id);
      reasons.push(`merged ${gone.id} into ${current.id}: ${why}`);
    }
    return merged.length > 0 ? { story: current, reasons, merged } : null;
  }

  private repeat(articleId: string, order: number): StoryJoin {
    const story = this.list[order] as StoryRecord;
    const opened = story.members[0]?.id === articleId;
    return {
      storyId: story.id,
      threadId: this.threadIdOf(order),
      opened,
      score: 1,
      reasons: [`already in ${story.id}`],
    };
  }

  private threadIdOf(order: number): string {
    const root = this.list[this.forest.find(order)] as StoryRecord;
    return `t_${root.id.slice(2)}`;
  }

  /** The article's profile; counts its terms and entities into the document frequencies first. */
  private profileOf(features: StoryFeatures): Profile {
    const c = this.settings;
    const raw = termWeights(features.title, features.text, c.titleWeight, c.nameWeight);
    this.freq.terms.count(raw.keys());
    const terms = top(raw, c.articleTerms, this.freq.terms);
    const entities: Vector = new Map();
    for (const e of features.entities) {
      const w = (ENTITY_TYPE_WEIGHT[e.type] ?? 0.5) * (1 + Math.log(Math.max(1, e.weight)));
      entities.set(e.id, (entities.get(e.id) ?? 0) + w);
      if (!this.info.has(e.id)) this.learn(e.id, e.name ?? e.id, e.type);
    }
    this.freq.entities.count(entities.keys());
    const numbers: Vector = new Map();
    for (const [k, x] of raw) if (/^\d/.test(k) && (k.includes('.') || Number(k) >= 10)) numbers.set(k, x);
    const events = eventVector(features.events, c.eventCoarseWeight);
    const day = dayOf(features.publishedAt);
    return { terms, entities, numbers, events, ...(day !== undefined ? { firstDay: day, lastDay: day } : {}) };
  }

  /** The candidate stories scored, best first (ties: the earlier story first). */
  private candidatesOf(article: Profile): Candidate[] {
    const c = this.settings;
    const profile = withNorms(article, this.freq);
    const query = [
      ...ranked(profile.terms, this.freq.terms)
        .slice(0, c.queryTerms)
        .map(([k, w]) => [`t:${k}`, w] as const),
      ...ranked(profile.entities, this.freq.entities)
        .slice(0, c.queryEntities)
        .map(([k, w]) => [`e:${k}`, w] as const),
    ];
    const out: Candidate[] = [];
    for (const order of this.postings.candidates(query, c.maxCandidates, c.maxPostings)) {
      const story = this.list[order] as StoryRecord;
      out.push({ story, fit: fitStory(profile, story, this.freq, c, this.memberText(profile, story)) });
    }
    return out.sort((x, y) => y.fit.score - x.fit.score || x.story.order - y.story.order);
  }

  /** The text cosine of the article with the story's closest recent member (× memberLink; 0 when off). */
  private memberText(profile: Profile, story: StoryRecord): number {
    const c = this.settings;
    if (c.memberLink <= 0 || story.members.length < 2) return 0;
    let best = 0;
    for (const m of story.members.slice(-c.memberLinkRecent)) {
      const x = cosine(profile.terms, memberVector(m), this.freq.terms, profile.norms?.terms);
      if (x > best) best = x;
    }
    return best * c.memberLink;
  }

  private open(articleId: string): StoryRecord {
    const story: StoryRecord = {
      id: `s_${hexOf(articleId)}`,
      order: this.list.length,
      terms: new Map(),
      entities: new Map(),
      numbers: new Map(),
      events: new Map(),
      members: [],
      merges: [],
    };
    this.list.push(story);
    this.forest.open(story.order);
    return story;
  }

  /** Folds the article into the story: centroid sums (truncated), dates, member, postings. */
  private absorb(story: StoryRecord, features: StoryFeatures, profile: Profile): void {
    const c = this.settings;
    const before = postingKeys(story);
    const terms = new Map(story.terms);
    addInto(terms, unit(profile.terms));
    story.terms = top(terms, c.centroidTerms, this.freq.terms);
    const entities = new Map(story.entities);
    addInto(entities, unit(profile.entities));
    story.entities = top(entities, c.centroidEntities, this.freq.entities);
    const numbers = new Map(story.numbers);
    addInto(numbers, unit(profile.numbers));
    story.numbers = top(numbers, c.centroidNumbers, this.freq.terms);
    const events = new Map(story.events);
    addInto(events, unit(profile.events ?? new Map()));
    story.events = top(events, c.centroidEvents, PLAIN);
    if (profile.firstDay !== undefined) {
      story.firstDay = Math.min(story.firstDay ?? profile.firstDay, profile.firstDay);
      story.lastDay = Math.max(story.lastDay ?? profile.firstDay, profile.firstDay);
    }
    const memberTerms = ranked(profile.terms, this.freq.terms)
      .slice(0, c.memberTerms)
      .map(([k]) => [k, profile.terms.get(k) as number] as [string, number]);
    story.members.push({
      id: features.id,
      title: features.title ?? firstLine(features.text),
      ...(features.title ? {} : { untitled: true as const }),
      terms: memberTerms,
    });
    this.storyOf.set(features.id, story.order);
    this.postings.update(story.order, before, postingKeys(story));
  }

  private restore(s: StoryState): void {
    const story: StoryRecord = {
      id: s.id,
      order: this.list.length,
      ...(s.firstDay !== undefined ? { firstDay: s.firstDay, lastDay: s.lastDay ?? s.firstDay } : {}),
      terms: new Map(s.terms),
      entities: new Map(s.entities),
      numbers: new Map(s.numbers),
      events: new Map(s.events ?? []),
      members: s.members.map(copyMember),
      merges: [...(s.merges ?? [])],
      ...(s.mergedInto !== undefined ? { mergedInto: s.mergedInto } : {}),
    };
    this.list.push(story);
    for (const m of story.members) this.storyOf.set(m.id, story.order);
    this.postings.update(story.order, new Set(), postingKeys(story));
  }

  /** The title of the member closest to the story's centroid (ties: the earliest); pages with a title first. */
  private centralTitle(s: StoryRecord): string {
    let best: MemberState | undefined;
    let bestScore = -1;
    const titled = s.members.filter((m) => !m.untitled);
    for (const m of titled.length > 0 ? titled : s.members) {
      const score = cosine(new Map(m.terms), s.terms, this.freq.terms);
      if (score > bestScore) [best, bestScore] = [m, score];
    }
    return best?.title ?? '';
  }

  private mergeContext() {
    return { ...this.threadContext(), storyOf: this.storyOf };
  }

  private threadContext() {
    return {
      stories: this.list,
      postings: this.postings,
      freq: this.freq,
      info: this.info,
      settings: this.settings,
      forest: this.forest,
    };
  }
}
