/**
 * @module extract/metadata/empty
 * An ArticleMeta with nothing found.
 */
import type { ArticleMeta } from '../../core/types.js';

export function emptyMeta(): ArticleMeta {
  return {
    title: null,
    outlet: null,
    authors: null,
    publishedAt: null,
    updatedAt: null,
    section: null,
    language: null,
    url: null,
  };
}
