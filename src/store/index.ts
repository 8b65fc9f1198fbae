/**
 * @module store
 * Storage: one `Store` interface, SQLite embedded by default, PostgreSQL at scale.
 * Open it with `openStore(location?)`; nothing else picks the dialect.
 */
export { dialectFor, openStore } from './open.js';
export { parseSearchQuery, toSafeQuery } from './search-query.js';
export type {
  ArticleQuery,
  ArticleSummary,
  Dialect,
  IngestedItem,
  Page,
  SearchHit,
  SourceRecord,
  Store,
} from './store.js';
