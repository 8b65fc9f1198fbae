/**
 * @module verify/flags/expert
 * verify:unattributed-expert — a named person presented as an expert (a role apposition: "Dr. X", "X, a
 * geopolitical analyst at the Institute for …", "economist X") whom no other stored article mentions (outside
 * the article's own origin), whom the knowledge base does not know, and whose words reach the reader through
 * no named reporting (no relay such as "told Reuters", "according to …", no via on their quotes).
 */
import type { ResolvedMention } from '../../analyze/entities/resolve.js';
import type { Range } from '../../core/types.js';
import { sentenceAround } from '../evidence.js';
import type { CorpusStats, Flag, VerifyArticle } from '../types.js';
import { EXPERT_NOUNS, EXPERT_TITLES, RELAY_MARKS } from './flags.data.js';

const alt = (list: readonly string[]) =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/\./gu, '\\.').replace(/\s+/gu, '\\s+'))
    .join('|');
const ORG = String.raw`(?:the\s+)?[\p{Lu}][\p{L}&'’.-]*(?:\s+(?:of|for|on|and|the|in|[\p{Lu}][\p{L}&'’.-]*))*`;
const APPOSITION_AFTER = new RegExp(
  String.raw`^,\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:${alt(EXPERT_NOUNS)})s?\b(?:\s+(?:at|of|with|from)\s+(${ORG}))?`,
  'u',
);
const ROLE_BEFORE = new RegExp(String.raw`(?:^|[\s(])(?:${alt(EXPERT_TITLES)}|${alt(EXPERT_NOUNS)})\s+$`, 'iu');

interface Presented {
  readonly mention: ResolvedMention;
  readonly range: Range;
  readonly institution?: string;
}

export function unattributedExperts(va: VerifyArticle, story: readonly VerifyArticle[], corpus: CorpusStats): Flag[] {
  const analysis = va.analysis;
  if (!analysis) return [];
  const exclude = new Set(story.filter((o) => o.originId === va.originId).map((o) => o.article.id));
  const flags: Flag[] = [];
  const seen = new Set<string>();
  for (const m of analysis.mentions) {
    if (m.type !== 'person' || seen.has(m.entityId)) continue;
    const presented = presentedAsExpert(va, m);
    if (!presented) continue;
    seen.add(m.entityId);
    const entity = analysis.entities.find((e) => e.id === m.entityId);
    if (entity && !entity.provisional) continue;
    if (corpus.articlesMentioning(m.entityId, exclude) > 0) continue;
    if (relayed(va, m.entityId)) continue;
    flags.push(flagOf(va, presented, entity?.name ?? m.text, corpus, exclude));
  }
  return flags;
}

function presentedAsExpert(va: VerifyArticle, m: ResolvedMention): Presented | null {
  const { text } = va.article;
  const after = APPOSITION_AFTER.exec(text.slice(m.end, m.end + 160));
  const title = ROLE_BEFORE.exec(text.slice(Math.max(0, m.start - 40), m.start));
  const start = title ? m.start - title[0].trimStart().length : m.start;
  if (after) {
    const matched = after[0].replace(/[.,;:]+$/u, '');
    const institution = after[1]?.replace(/[.,;:]+$/u, '').trim();
    return {
      mention: m,
      range: { start, end: m.end + matched.length },
      ...(institution ? { institution } : {}),
    };
  }
  return title ? { mention: m, range: { start, end: m.end } } : null;
}

/** Whether any sentence naming the person, or any of their quotes, carries a relay to named reporting. */
function relayed(va: VerifyArticle, entityId: string): boolean {
  const analysis = va.analysis!;
  const quotes = analysis.quotes.filter((q) => q.speakerEntityId === entityId);
  if (quotes.some((q) => q.via.length > 0)) return true;
  const ranges: Range[] = [
    ...analysis.mentions.filter((m) => m.entityId === entityId).map((m) => sentenceAround(va, m)),
    ...quotes.map((q) => ({ start: q.start, end: q.end })),
  ];
  return ranges.some((r) => RELAY_MARKS.test(va.article.text.slice(r.start, r.end)));
}

function flagOf(
  va: VerifyArticle,
  p: Presented,
  name: string,
  corpus: CorpusStats,
  exclude: ReadonlySet<string>,
): Flag {
  const text = va.article.text.slice(p.range.start, p.range.end);
  const reasons = [
    `${name} is presented as an expert ("${text}")`,
    'no other stored article mentions this person',
    'the knowledge base does not know them',
    'their words are not attributed to any reporting (no "told …", "according to …" or relaying outlet)',
  ];
  const institution = p.institution && institutionUnknown(va, p, corpus, exclude);
  if (institution) reasons.splice(2, 0, `nor does any other stored article mention ${p.institution}`);
  return {
    articleId: va.article.id,
    kind: 'unattributed-expert',
    span: { articleId: va.article.id, start: p.range.start, end: p.range.end },
    text,
    reason: `${reasons.join('; ')}.`,
    severity: 'warning',
    ruleId: 'verify:unattributed-expert',
  };
}

function institutionUnknown(
  va: VerifyArticle,
  p: Presented,
  corpus: CorpusStats,
  exclude: ReadonlySet<string>,
): boolean {
  const org = va.analysis!.mentions.find(
    (m) => m.start >= p.mention.end && m.end <= p.range.end && m.type !== 'person',
  );
  return org !== undefined && corpus.articlesMentioning(org.entityId, exclude) === 0;
}
