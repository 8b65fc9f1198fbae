/**
 * @module stories/types
 * The records of the stories stage (DESIGN §3): a `Story` groups the articles about one event across
 * outlets, its copies folded into `Origin`s; a `Thread` links stories about one ongoing subject. No logic.
 */
import type { Origin } from './origins/origins.js';

/** One article as a member of a story. */
export interface StoryArticle {
  readonly id: string;
  /** How the user named the article's input (path, URL, record). */
  readonly input: string;
  readonly title: string | null;
  readonly outlet: string | null;
  /**
   * Same key, same outlet: "name:" + the normalised outlet name, or "template:" + the first article id of a group
   * of pages that share one site template (pages without a named outlet), or "article:" + its own id.
   */
  readonly outletKey: string;
  readonly publishedAt: string | null;
  /** The origin (independent source) the article belongs to. */
  readonly originId: string;
  /** Similarity to the story when the article joined it (1 for the article that opened it). */
  readonly score: number;
  /** Why it joined (or opened) the story, in plain words. */
  readonly reasons: readonly string[];
}

export interface Story {
  /** "s_" + the hex of the id of the article that opened it. */
  readonly id: string;
  /** The title of the story's most representative article. */
  readonly title: string;
  /** The thread the story belongs to (a story alone in its thread still has one). */
  readonly threadId: string;
  /** In arrival order. */
  readonly articles: readonly StoryArticle[];
  /** The independent sources behind the articles: copies of one wire story are one origin. */
  readonly origins: readonly Origin[];
  readonly firstPublished: string | null;
  readonly lastPublished: string | null;
}

/** Stories about one ongoing subject ("US–Russia strategic stability"). */
export interface Thread {
  /** "t_" + the hex of the id of its first story's first article. */
  readonly id: string;
  readonly title: string;
  /** In order of opening. */
  readonly storyIds: readonly string[];
  /** Why the stories were linked (pairs and their shared terms/entities). */
  readonly reasons: readonly string[];
}
