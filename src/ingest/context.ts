/**
 * @module ingest/context
 * The state one collectSources run shares between its readers: options with defaults applied,
 * the fetcher (created on first use), and the URLs already taken (for deduplication).
 */
import { Fetcher } from './fetch.js';
import type { CollectOptions, DocumentFetcher } from './types.js';

export interface CollectContext {
  readonly maxPerFeed: number;
  readonly maxDocumentBytes: number;
  readonly skip: (input: string) => Promise<boolean>;
  readonly stdin: NodeJS.ReadableStream;
  /** URLs fetched or listed in this run; a URL is fetched at most once. */
  readonly seenUrls: Set<string>;
  fetcher(): DocumentFetcher;
}

export function createContext(options: CollectOptions): CollectContext {
  let fetcher: DocumentFetcher | undefined = options.fetcher;
  return {
    maxPerFeed: options.maxPerFeed ?? 1000,
    maxDocumentBytes: options.maxDocumentBytes ?? 32 * 1024 * 1024,
    skip: options.skip ?? (async () => false),
    stdin: options.stdin ?? process.stdin,
    seenUrls: new Set<string>(),
    fetcher() {
      fetcher ??= new Fetcher(options.fetch);
      return fetcher;
    },
  };
}
