/**
 * @module server/context
 * What every route handler shares: the store, the ingest jobs, a small cache of articles (immutable, ids
 * derive from their bytes, so caching is always safe) and the server's options.
 */
import type { Article } from '../core/types.js';
import type { Store } from '../store/store.js';
import { JobRegistry } from './jobs.js';

export interface ServerOptions {
  readonly host?: string;
  readonly port?: number;
  /** Access token; required when `host` is not loopback. */
  readonly token?: string;
  /** Allow URL submissions to reach loopback/private addresses (default false). */
  readonly allowPrivate?: boolean;
  /** Maximum upload request size in bytes. */
  readonly uploadLimit?: number;
  /** Folder with the built web UI (default: dist/web of this package). */
  readonly webRoot?: string;
}

export interface ServerContext {
  readonly store: Store;
  readonly jobs: JobRegistry;
  readonly options: Required<Pick<ServerOptions, 'allowPrivate' | 'uploadLimit'>> & ServerOptions;
  /** A stored article, through the cache. */
  article(id: string): Promise<Article | null>;
}

const CACHE_SIZE = 500;

export function createContext(store: Store, options: ServerContext['options']): ServerContext {
  const cache = new Map<string, Article>();
  return {
    store,
    jobs: new JobRegistry(),
    options,
    async article(id: string): Promise<Article | null> {
      const hit = cache.get(id);
      if (hit) {
        cache.delete(id);
        cache.set(id, hit);
        return hit;
      }
      const article = await store.getArticle(id);
      if (!article) return null;
      cache.set(id, article);
      if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
      return article;
    },
  };
}
