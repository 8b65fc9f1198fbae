/**
 * @module brief/text
 * Text helpers for the brief: whitespace and quote-mark normalisation (the form the citation check compares),
 * content words, set overlap, short excerpts, and numbers and quoted values stated in a sentence.
 */
import { STOPWORDS } from './text.data.js';

/** Curly quotes → straight, dashes → "-", runs of whitespace → one space, trimmed. */
export function normalise(s: string): string {
  return s
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Lower-cased content words (letters or digits, not function words), with a light plural fold. */
export function contentWords(s: string): Set<string> {
  const words = new Set<string>();
  for (const m of normalise(s)
    .toLowerCase()
    .matchAll(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu)) {
    let w = m[0].replace(/'s$/u, '');
    if (w.length < 3 || STOPWORDS.has(w)) continue;
    if (w.length > 4 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
    words.add(w);
  }
  return words;
}

/** Dice coefficient of two sets (0 when both are empty). */
export function dice<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** How many members of `a` are in `b`. */
export function shared<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

/** At most `max` characters, cut at a word boundary, with "…" when cut. */
export function excerpt(s: string, max: number): string {
  const t = normalise(s);
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[,;:\s-]+$/u, '')}…`;
}

/** The numbers a sentence states ("29", "3.5", "2,000"), as written; digits inside ids ("a_8b9c") are not numbers. */
export function statedNumbers(s: string): string[] {
  return [...normalise(s).matchAll(/(?<![\p{L}\p{N}_])\d+(?:[.,]\d+)*(?![\p{L}\p{N}_])/gu)].map((m) => m[0]);
}

/** The values a sentence states between double quote marks. */
export function quotedValues(s: string): string[] {
  return [...normalise(s).matchAll(/"([^"]+)"/g)].map((m) => m[1]!.trim()).filter(Boolean);
}

/** Whether `needle` occurs in `haystack` once both are normalised (case-insensitive). */
export function occursIn(needle: string, haystack: string): boolean {
  return normalise(haystack).toLowerCase().includes(normalise(needle).toLowerCase());
}

/** "a_1234abcd" for an article id: the marker used in rendered citations. */
export function shortId(articleId: string): string {
  return articleId.slice(0, 10);
}

/**
 * Word → the positions of the sets that hold it: finds the sets sharing words with one set without comparing
 * every pair. `overlaps` gives, in position order, each set that shares at least one word and how many it shares;
 * a set sharing none has Dice 0 with it.
 */
export class OverlapIndex {
  private readonly postings = new Map<string, number[]>();

  constructor(readonly sets: readonly ReadonlySet<string>[]) {
    sets.forEach((set, i) => {
      for (const w of set) {
        const list = this.postings.get(w);
        if (list) list.push(i);
        else this.postings.set(w, [i]);
      }
    });
  }

  overlaps(words: ReadonlySet<string>): [position: number, shared: number][] {
    const counts = new Map<number, number>();
    for (const w of words) for (const i of this.postings.get(w) ?? []) counts.set(i, (counts.get(i) ?? 0) + 1);
    return [...counts].sort((a, b) => a[0] - b[0]);
  }

  /** Dice coefficient of `words` and the set at `position`, given how many words they share. */
  dice(words: ReadonlySet<string>, position: number, shared: number): number {
    return (2 * shared) / (words.size + (this.sets[position]?.size ?? 0));
  }
}
