/**
 * @module store/search-query
 * Turns whatever a user typed into a safe full-text query: words and "quoted phrases", all
 * required. The output is a list of double-quoted phrases of letters and digits, e.g.
 * `"peskov" "talks stalled"`, which SQLite FTS5 (MATCH) and PostgreSQL (websearch_to_tsquery)
 * both read as the same AND of phrases, and which can never be a syntax error: operators,
 * column filters, stars and stray quotes are dropped.
 */

/** At most this many terms are kept; the rest of a very long query is ignored. */
export const MAX_SEARCH_TERMS = 32;
/** Words longer than this are cut (nothing that long is a real token). */
export const MAX_WORD_LENGTH = 100;

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

function words(chunk: string): string[] {
  return (chunk.match(WORD) ?? []).map((word) => word.slice(0, MAX_WORD_LENGTH));
}

/** The terms of a query: each is one word, or several words that must appear as a phrase. */
export function parseSearchQuery(query: string): string[][] {
  const terms: string[][] = [];
  const parts = query.split('"');
  // Parts alternate outside/inside quotes; an unmatched last quote opens nothing.
  const closed = parts.length % 2 === 1;
  parts.forEach((part, index) => {
    const quoted = index % 2 === 1 && (closed || index < parts.length - 1);
    if (quoted) {
      const phrase = words(part);
      if (phrase.length > 0) terms.push(phrase);
      return;
    }
    for (const chunk of part.split(/\s+/)) {
      // "covid-19", "Putin's": one chunk, several words → a phrase, as the indexers split it.
      const phrase = words(chunk);
      if (phrase.length > 0) terms.push(phrase);
    }
  });
  return terms.slice(0, MAX_SEARCH_TERMS);
}

/** The safe query string for both dialects, or null when nothing searchable is left. */
export function toSafeQuery(query: string): string | null {
  const terms = parseSearchQuery(query);
  return terms.length === 0 ? null : terms.map((term) => `"${term.join(' ')}"`).join(' ');
}
