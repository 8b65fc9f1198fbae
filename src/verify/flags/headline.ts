/**
 * @module verify/flags/headline
 * verify:headline-mismatch (conservative) — the title names a number, or a person, country or organisation the
 * knowledge base knows, that the body never mentions. Title words are looked up as 1–3-word names; a name counts
 * as supported when the body mentions the same entity (or what it stands for) or contains the words.
 */
import { type KnowledgeBase, loadKnowledgeBase } from '../../analyze/kb/index.js';
import type { Flag, VerifyArticle } from '../types.js';
import { HEADLINE_STOPWORDS } from './flags.data.js';

const STOP = new Set(HEADLINE_STOPWORDS);
const NUMBER_WORDS = /\b\d[\d,.]*\b/gu;

export function headlineMismatch(va: VerifyArticle, kb: KnowledgeBase = loadKnowledgeBase()): Flag[] {
  const title = va.article.meta.title?.value?.trim();
  if (!title || !va.analysis) return [];
  const body = bodyWithoutTitle(va.article.text, title);
  const lowerBody = body.toLowerCase();
  const missing: string[] = [];
  for (const n of title.match(NUMBER_WORDS) ?? []) {
    if (!new RegExp(`(?<![\\d.,])${n.replace(/[.,]/gu, '[.,]?')}(?![\\d])`, 'u').test(body)) missing.push(n);
  }
  const bodyEntities = new Set(va.analysis.mentions.flatMap((m) => [m.entityId, ...(m.actorId ? [m.actorId] : [])]));
  for (const name of titleNames(title, kb)) {
    const supported = name.ids.some((id) => bodyEntities.has(id)) || lowerBody.includes(name.text.toLowerCase());
    if (!supported) missing.push(name.text);
  }
  if (missing.length === 0) return [];
  return [
    {
      articleId: va.article.id,
      kind: 'headline-mismatch',
      span: null,
      text: title,
      reason: `The headline names ${missing.map((m) => `"${m}"`).join(', ')}, which the body of the article never mentions.`,
      severity: 'warning',
      ruleId: 'verify:headline-mismatch',
    },
  ];
}

/** The body: the text without any heading that repeats the title. */
function bodyWithoutTitle(text: string, title: string): string {
  return text.split(title).join(' ');
}

interface TitleName {
  readonly text: string;
  readonly ids: readonly string[];
}

/**
 * Capitalised 1–3-word spans of the title that name a country, organisation or metonym (or, with ≥2 words, a
 * person) in the knowledge base.
 */
function titleNames(title: string, kb: KnowledgeBase): TitleName[] {
  const tokens = title.match(/[\p{L}][\p{L}.'’-]*/gu) ?? [];
  const names: TitleName[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const len of [3, 2, 1]) {
      const parts = tokens.slice(i, i + len);
      if (parts.length < len || !parts.every((p) => /^\p{Lu}/u.test(p)) || STOP.has(parts[0]!.toLowerCase())) continue;
      const text = parts.join(' ').replace(/['’]s$/u, '');
      const found = kb
        .lookup(text)
        .filter((e) => (e.type !== 'place' || e.stands_for) && (len > 1 || e.type !== 'person'));
      if (found.length === 0) continue;
      const ids = found.flatMap((e) => [e.id, ...(e.stands_for ? [e.stands_for] : [])]);
      names.push({ text, ids });
      i += len - 1;
      break;
    }
  }
  return names;
}
