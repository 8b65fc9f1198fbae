/**
 * @module verify/flags/headline
 * verify:headline-mismatch (conservative) — the title names a number, or a person, country or organisation the
 * knowledge base knows, that the body never mentions; or its main predicate is a state change ("collapses",
 * "resigns", "is cancelled") that the body never supports, quoting the body sentence that says the opposite.
 * A number counts as mentioned when the body states it in another form or implies it (see headline-numbers).
 * Title words are looked up as 1–3-word names; a name counts as supported when the body mentions the same
 * entity (or what it stands for) or contains the words.
 */
import { type KnowledgeBase, loadKnowledgeBase } from '../../analyze/kb/index.js';
import type { Flag, VerifyArticle } from '../types.js';
import { HEADLINE_STOPWORDS } from './flags.data.js';
import { NEGATION_BEFORE, STATE_CHANGES, type StateChange } from './headline.data.js';
import { numberImplied } from './headline-numbers.js';

const STOP = new Set(HEADLINE_STOPWORDS);
const NUMBER_WORDS = /\b\d[\d,.]*\b/gu;

export function headlineMismatch(va: VerifyArticle, kb: KnowledgeBase = loadKnowledgeBase()): Flag[] {
  const title = va.article.meta.title?.value?.trim();
  if (!title || !va.analysis) return [];
  const body = bodyWithoutTitle(va.article.text, title);
  const lowerBody = body.toLowerCase();
  const missing: string[] = [];
  for (const m of title.matchAll(NUMBER_WORDS)) {
    const n = m[0];
    if (new RegExp(`(?<![\\d.,])${n.replace(/[.,]/gu, '[.,]?')}(?![\\d])`, 'u').test(body)) continue;
    if (!numberImplied(va, n, title.slice(m.index + n.length))) missing.push(n);
  }
  const bodyEntities = new Set(va.analysis.mentions.flatMap((m) => [m.entityId, ...(m.actorId ? [m.actorId] : [])]));
  for (const name of titleNames(title, kb)) {
    const supported = name.ids.some((id) => bodyEntities.has(id)) || lowerBody.includes(name.text.toLowerCase());
    if (!supported) missing.push(name.text);
  }
  const reasons = missing.length
    ? [`The headline names ${missing.map((m) => `"${m}"`).join(', ')}, which the body of the article never mentions.`]
    : [];
  const state = stateChangeMismatch(va, title, body);
  if (state) reasons.push(state);
  if (reasons.length === 0) return [];
  return [
    {
      articleId: va.article.id,
      kind: 'headline-mismatch',
      span: null,
      text: title,
      reason: reasons.join(' '),
      severity: 'warning',
      ruleId: 'verify:headline-mismatch',
    },
  ];
}

const wordRe = (phrase: string) => new RegExp(`(?<![\\p{L}])${phrase.replace(/\s+/gu, '\\s+')}(?![\\p{L}])`, 'giu');

/** The first state-change predicate of the title, with the word before it (its subject), unless negated. */
function titlePredicate(title: string): { change: StateChange; words: string } | null {
  for (const change of STATE_CHANGES) {
    for (const form of change.forms) {
      const m = wordRe(form).exec(title);
      if (!m) continue;
      const before = title.slice(0, m.index);
      if (NEGATION_BEFORE.test(before)) return null;
      const subject = /([\p{L}][\p{L}'’-]*)\s+(?:(?:is|was|has|have)\s+)?$/u.exec(before)?.[1];
      return { change, words: `${subject ? `${subject} ` : ''}${m[0]}`.trim() };
    }
  }
  return null;
}

/** Whether the body uses a support word of the change without a negation before it. */
function supported(change: StateChange, body: string): boolean {
  return change.support.some((w) =>
    [...body.matchAll(wordRe(w))].some((m) => !NEGATION_BEFORE.test(body.slice(Math.max(0, m.index - 30), m.index))),
  );
}

/** "Ceasefire COLLAPSES" over a body that says it is holding: the reason, quoting the contrary sentence. */
function stateChangeMismatch(va: VerifyArticle, title: string, body: string): string | null {
  const predicate = titlePredicate(title);
  if (!predicate || supported(predicate.change, body)) return null;
  const text = va.article.text;
  const subject = predicate.words.split(/\s+/u)[0]?.toLowerCase() ?? '';
  const sentences = (va.analysis?.sentences ?? [])
    .map((s) => text.slice(s.start, s.end).trim())
    .filter((s) => s !== title && predicate.change.contrary.some((c) => wordRe(c).test(s)));
  const contrary = sentences.find((s) => s.toLowerCase().includes(subject)) ?? sentences[0];
  const says = `The headline says "${predicate.words}", but the body never says so`;
  return contrary ? `${says}; it says the opposite: "${contrary}"` : `${says}.`;
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
