/**
 * @module brief/memo
 * Memo of computations that depend on an article's text alone (a sentence's dates, its content words), kept
 * between briefs: a story is briefed again on every batch that adds to it, over the same articles. Keyed by the
 * article id and a 64-bit hash of its text, so an id reused with other text does not hit; at most
 * KEPT_ARTICLES articles are kept (the oldest go first). Results are shared: callers only read them.
 */

// Bounded so memory stays flat on big backlogs (about 45 MB per 1,000 articles kept, measured at 4,000).
const KEPT_ARTICLES = 5_000;
const tables = new Map<string, Map<string, unknown>>();

/** Two FNV-1a 32-bit hashes (different seeds) of a string, as hex. */
function textHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return `${(a >>> 0).toString(16)}:${(b >>> 0).toString(16)}:${text.length}`;
}

export type TextMemo = <T>(key: string, compute: () => T) => T;

/** The memo of one article's text: `memo(key, compute)` gives the stored result for `key`, or computes it. */
export function textMemo(article: { readonly id: string; readonly text: string }): TextMemo {
  const id = `${article.id}\u0000${textHash(article.text)}`;
  let table = tables.get(id);
  if (!table) {
    if (tables.size >= KEPT_ARTICLES) tables.delete(tables.keys().next().value as string);
    table = new Map();
    tables.set(id, table);
  }
  const own = table;
  return <T>(key: string, compute: () => T): T => {
    if (own.has(key)) return own.get(key) as T;
    const value = compute();
    own.set(key, value);
    return value;
  };
}
