/**
 * @module stories/cluster/postings
 * The inverted index of story clustering: salient keys (centroid terms "t:…", entities "e:…") → the stories
 * (by opening order) that hold them, so finding candidates for a new article does not scan every story.
 */

export class Postings {
  private readonly lists = new Map<string, Set<number>>();

  /** Moves story `story` from the keys it was posted under to `next`. */
  update(story: number, previous: ReadonlySet<string>, next: ReadonlySet<string>): void {
    for (const k of previous) if (!next.has(k)) this.lists.get(k)?.delete(story);
    for (const k of next) {
      if (previous.has(k)) continue;
      let list = this.lists.get(k);
      if (!list) {
        list = new Set();
        this.lists.set(k, list);
      }
      list.add(story);
    }
  }

  /**
   * Candidate stories for weighted query keys: the summed weight of each story's hits, best first (ties: the
   * earlier story), at most `limit`. Keys posted under more than `maxPostings` stories are not followed.
   */
  candidates(query: readonly (readonly [string, number])[], limit: number, maxPostings: number): number[] {
    const acc = new Map<number, number>();
    for (const [key, weight] of query) {
      const list = this.lists.get(key);
      if (!list || list.size > maxPostings) continue;
      for (const s of list) acc.set(s, (acc.get(s) ?? 0) + weight);
    }
    return [...acc]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([s]) => s);
  }
}
