/**
 * @module stories/cluster/threads
 * Threads as a union-find over stories (by opening order): a link merges two threads, the merged thread
 * is rooted at its earliest story (so its id is the earliest story's), and every link's reasons are kept.
 */

export interface ThreadsState {
  /** parent[i] = the story a story's thread points to (itself at a root). */
  readonly parent: number[];
  /** The reasons of each root's links, in the order they were made. */
  readonly reasons: [number, string[]][];
}

export class ThreadForest {
  private readonly parent: number[];
  private readonly reasons: Map<number, string[]>;

  constructor(state?: ThreadsState) {
    this.parent = state ? [...state.parent] : [];
    this.reasons = new Map((state?.reasons ?? []).map(([k, r]) => [k, [...r]]));
  }

  /** Registers a new story (alone in its own thread). */
  open(story: number): void {
    this.parent[story] = story;
  }

  /** The root (earliest story) of a story's thread. */
  find(story: number): number {
    let root = story;
    while (this.parent[root] !== root) root = this.parent[root] as number;
    let s = story;
    while (s !== root) {
      const next = this.parent[s] as number;
      this.parent[s] = root;
      s = next;
    }
    return root;
  }

  /** Links the threads of two stories with a reason; false when they were already one thread. */
  link(a: number, b: number, reason: string): boolean {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra === rb) return false;
    const [root, child] = ra < rb ? [ra, rb] : [rb, ra];
    this.parent[child] = root;
    const merged = [...(this.reasons.get(root) ?? []), ...(this.reasons.get(child) ?? []), reason];
    this.reasons.delete(child);
    this.reasons.set(root, merged);
    return true;
  }

  reasonsOf(root: number): string[] {
    return [...(this.reasons.get(root) ?? [])];
  }

  toState(): ThreadsState {
    return { parent: [...this.parent], reasons: [...this.reasons].map(([k, r]) => [k, [...r]]) };
  }
}
