/**
 * @module present/article
 * The stable JSON shape of an Article for the CLI and the HTTP API (documented in docs/cli.md).
 * A view only: it derives, it never stores.
 */
import type { Article, Author, Field } from '../core/types.js';

export interface FieldProvenance {
  readonly source: string;
  readonly confidence: number;
  readonly note?: string;
}

export interface ArticleJson {
  readonly id: string;
  readonly input: string;
  readonly url: string | null;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly authors: Author[];
  readonly publishedAt: string | null;
  readonly updatedAt: string | null;
  readonly section: string | null;
  readonly language: string | null;
  readonly text: string;
  readonly blocks: { kind: string; start: number; end: number; level?: number; mark?: string }[];
  readonly removed: { reason: string; rule: string; text: string; start: number; end: number }[];
  readonly provenance: Record<string, FieldProvenance | null>;
}

function provenanceOf<T>(field: Field<T> | null): FieldProvenance | null {
  if (!field) return null;
  return field.note === undefined
    ? { source: field.source, confidence: field.confidence }
    : { source: field.source, confidence: field.confidence, note: field.note };
}

export function articleToJson(article: Article, options: { withBlocks?: boolean } = {}): ArticleJson {
  const { meta } = article;
  return {
    id: article.id,
    input: article.input,
    url: meta.url?.value ?? null,
    title: meta.title?.value ?? null,
    outlet: meta.outlet?.value ?? null,
    authors: meta.authors?.value ?? [],
    publishedAt: meta.publishedAt?.value ?? null,
    updatedAt: meta.updatedAt?.value ?? null,
    section: meta.section?.value ?? null,
    language: meta.language?.value ?? null,
    text: article.text,
    blocks:
      options.withBlocks === false
        ? []
        : article.blocks.map(({ kind, start, end, level, mark }) => ({
            kind,
            start,
            end,
            ...(level === undefined ? {} : { level }),
            ...(mark === undefined ? {} : { mark }),
          })),
    removed: article.removed.map((r) => ({
      reason: r.reason,
      rule: r.ruleId,
      text: r.text,
      start: r.start,
      end: r.end,
    })),
    provenance: {
      title: provenanceOf(meta.title),
      outlet: provenanceOf(meta.outlet),
      authors: provenanceOf(meta.authors),
      publishedAt: provenanceOf(meta.publishedAt),
      updatedAt: provenanceOf(meta.updatedAt),
      section: provenanceOf(meta.section),
      language: provenanceOf(meta.language),
      url: provenanceOf(meta.url),
    },
  };
}
