/**
 * @module analyze/coref/view
 * The working view the role and pronoun steps share: the quote step's token document (tokens, lower-cased
 * forms, quotation spans, sentence token ranges), each token's words in `normaliseName` form, and which
 * resolved mention covers each token. Built once per article.
 */

import { partitionPoint } from '../../core/span.js';
import type { ResolvedMention } from '../entities/resolve.js';
import { normaliseName } from '../kb/index.js';
import { buildDoc, type Doc, quoteAt } from '../quotes/doc.js';
import type { Sentence } from '../text/index.js';

export interface View {
  readonly doc: Doc;
  /** Per token: its words in `normaliseName` form ("secretary-general" → ['secretary', 'general']). */
  readonly norm: readonly (readonly string[])[];
  /** The mentions of the name step, in text order. */
  readonly mentions: readonly ResolvedMention[];
  /** Per token: index into `mentions` of the mention covering it, or -1. */
  readonly mentionAt: Int32Array;
  /** Per mention: its first and last token. */
  readonly firstTok: Int32Array;
  readonly lastTok: Int32Array;
  /** Per token: its sentence index. */
  readonly sentenceAt: Int32Array;
}

/** Index of the first token that ends after `pos` (the token covering or following it). */
export function tokenCovering(doc: Doc, pos: number): number {
  return partitionPoint(doc.tokens.length, (i) => doc.tokens[i]!.end <= pos);
}

export function buildView(text: string, sentences: readonly Sentence[], mentions: readonly ResolvedMention[]): View {
  const doc = buildDoc(text, sentences);
  const n = doc.tokens.length;
  const norm = doc.tokens.map((t) => {
    const w = normaliseName(text.slice(t.start, t.end));
    return w ? w.split(' ') : [];
  });
  const mentionAt = new Int32Array(n).fill(-1);
  const firstTok = new Int32Array(mentions.length).fill(-1);
  const lastTok = new Int32Array(mentions.length).fill(-1);
  mentions.forEach((m, i) => {
    let k = tokenCovering(doc, m.start);
    if (k >= n || doc.tokens[k]!.start >= m.end) return;
    firstTok[i] = k;
    for (; k < n && doc.tokens[k]!.start < m.end; k++) {
      if (mentionAt[k] === -1) mentionAt[k] = i;
      lastTok[i] = k;
    }
  });
  const sentenceAt = new Int32Array(n).fill(-1);
  doc.sentenceTokens.forEach((r, s) => {
    sentenceAt.fill(s, r.from, r.to);
  });
  return { doc, norm, mentions, mentionAt, firstTok, lastTok, sentenceAt };
}

/** The mention covering token `k`, if any. */
export function mentionOf(view: View, k: number): ResolvedMention | undefined {
  const i = k >= 0 && k < view.mentionAt.length ? view.mentionAt[k]! : -1;
  return i >= 0 ? view.mentions[i] : undefined;
}

/** True when token `k` lies inside a quotation (marks included). */
export function inQuote(view: View, k: number): boolean {
  const t = view.doc.tokens[k];
  return t !== undefined && quoteAt(view.doc, t.start) !== undefined;
}

/** The lower-cased token `k` with a curly apostrophe made straight, or '' outside the text. */
export function lowerAt(view: View, k: number): string {
  return (view.doc.lower[k] ?? '').replace(/\u2019/g, "'");
}

/** True for a capitalised word token. */
export function isCapital(view: View, k: number): boolean {
  const t = view.doc.tokens[k];
  return !!t && t.kind === 'word' && t.shape.charAt(0) === 'X';
}

/** The first word token of sentence `s` (its end when it has none). */
export function firstWord(view: View, s: number): number {
  const r = view.doc.sentenceTokens[s]!;
  for (let k = r.from; k < r.to; k++) if (view.doc.tokens[k]!.kind === 'word') return k;
  return r.to;
}
