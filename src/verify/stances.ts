/**
 * @module verify/stances
 * Event and stance corroboration: who did what, with its cooperation/conflict sign, reported across a story.
 * Evidence comes from three places: the analysis's CAMEO events ("the Kremlin has welcomed …" → RUSGOV, 051,
 * +3.4, target USA); an evaluative verb, noun or appraisal right after an actor mention ("Peskov's praise", "X
 * called the move a positive one"); and evaluative words in an actor's quoted words ("We considered this a
 * positive step", "largely consistent with Russia's vision"). Items are grouped by actor country and sign (and
 * target, when named): ≥2 independent origins → corroborated; both signs for one actor → unclear.
 */
import type { ResolvedMention } from '../analyze/entities/resolve.js';
import { actorCodeOf } from '../analyze/events/actors.js';
import type { AttributedQuote } from '../analyze/index.js';
import { type KnowledgeBase, loadKnowledgeBase } from '../analyze/kb/index.js';
import type { Range } from '../core/types.js';
import { articleLabel, byStoryOrder, evidenceOf, findingId, originsOf, sentenceAround } from './evidence.js';
import {
  APPRAISAL_VERBS,
  NEGATION_BEFORE,
  NEGATIVE_NOUNS,
  NEGATIVE_VERBS,
  NEGATIVE_WORDS,
  POSITIVE_NOUNS,
  POSITIVE_VERBS,
  POSITIVE_WORDS,
  STANCE_ADVERBS,
} from './stances.data.js';
import type { Evidence, Finding, FindingStatus, VerifyArticle } from './types.js';

type Sign = 1 | -1;

interface StanceItem {
  readonly va: VerifyArticle;
  /** CAMEO-style code of the actor ('RUSGOV', 'RUS'). */
  readonly actor: string;
  readonly target: string | null;
  readonly sign: Sign;
  /** What carries the stance: the event label or the cue words. */
  readonly cue: string;
  readonly range: Range;
  readonly how: string;
}

const alt = (list: readonly string[]) => list.map((w) => w.replace(/\s+/gu, '\\s+')).join('|');
const VERB_AFTER = new RegExp(
  `^(?:\\s+(?:${alt(STANCE_ADVERBS)}))*\\s+(${alt(POSITIVE_VERBS)}|${alt(NEGATIVE_VERBS)})\\b`,
  'iu',
);
const NOUN_AFTER = new RegExp(
  `^['’]s\\s+(?:[\\p{L}-]+\\s+){0,2}?(${alt(POSITIVE_NOUNS)}|${alt(NEGATIVE_NOUNS)})\\b`,
  'iu',
);
const APPRAISAL_AFTER = new RegExp(
  `^(?:\\s+(?:has|have|had))?\\s+(?:${alt(APPRAISAL_VERBS)})\\s+[^.;:!?]{0,80}?\\b(${alt(POSITIVE_WORDS)}|${alt(NEGATIVE_WORDS)})\\b`,
  'iu',
);
const QUOTE_WORDS = new RegExp(`\\b(${alt(POSITIVE_WORDS)}|${alt(NEGATIVE_WORDS)})\\b`, 'giu');
const POSITIVE = new Set([...POSITIVE_VERBS, ...POSITIVE_NOUNS, ...POSITIVE_WORDS]);

const signOf = (cue: string): Sign => (POSITIVE.has(cue.toLowerCase().replace(/\s+/gu, ' ')) ? 1 : -1);
const country = (code: string) => code.slice(0, 3);

/** Groups the reported stances and events of the story's articles into 'event' findings. */
export function corroborateStances(
  articles: readonly VerifyArticle[],
  kb: KnowledgeBase = loadKnowledgeBase(),
): Finding[] {
  const order = new Map(articles.map((va, i) => [va.article.id, i]));
  const items = articles.flatMap((va) => stanceItems(va, kb));
  const groups = new Map<string, StanceItem[]>();
  for (const item of items) {
    const key = country(item.actor);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups.values()].flatMap((g) => splitByTarget(g)).map((g) => toFinding(g, kb, order));
}

function stanceItems(va: VerifyArticle, kb: KnowledgeBase): StanceItem[] {
  if (!va.analysis) return [];
  const date = va.article.meta.publishedAt?.value;
  const items: StanceItem[] = [];
  for (const e of va.analysis.events) {
    if (e.goldstein === 0) continue;
    const target = e.target ? country(e.target.actorCode) : null;
    const how = `event ${e.code} (${e.label}) coded from "${e.cue.text}"`;
    items.push({ va, actor: e.source.actorCode, target, sign: e.goldstein > 0 ? 1 : -1, cue: e.label, range: e, how });
  }
  for (const m of va.analysis.mentions) {
    const actor = actorOfMention(m, kb, date);
    const found = actor ? cueAfterMention(va, m) : null;
    if (actor && found) items.push({ va, actor, target: null, ...found });
  }
  for (const q of va.analysis.quotes) {
    const actor = actorOfSpeaker(va, q, kb, date);
    const found = actor ? cueInQuote(va, q) : null;
    if (actor && found) items.push({ va, actor, target: null, ...found });
  }
  return dedupe(items);
}

/** One item per article, sentence, actor country and sign (events first). */
function dedupe(items: readonly StanceItem[]): StanceItem[] {
  const seen = new Set<string>();
  return items.filter((i) => {
    const s = sentenceAround(i.va, i.range);
    const key = `${s.start}:${country(i.actor)}:${i.sign}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function actorOfMention(m: ResolvedMention, kb: KnowledgeBase, date?: string): string | undefined {
  const stands = m.actorId ? kb.get(m.actorId) : undefined;
  if (stands) return actorCodeOf(stands, date);
  const e = kb.get(m.entityId);
  return e && e.type !== 'place' ? actorCodeOf(e, date) : undefined;
}

function actorOfSpeaker(va: VerifyArticle, q: AttributedQuote, kb: KnowledgeBase, date?: string): string | undefined {
  if (!q.speaker || q.speaker.kind === 'document') return undefined;
  const entity = q.speakerEntityId ? kb.get(q.speakerEntityId) : undefined;
  if (entity && entity.type !== 'place') return actorCodeOf(entity, date);
  const ranges = [q.speaker.range, q.speaker.resolvedFrom].filter((r): r is Range => r !== undefined);
  const mention = va.analysis?.mentions.find((m) => ranges.some((r) => m.start < r.end && r.start < m.end));
  return mention ? actorOfMention(mention, kb, date) : undefined;
}

type Found = Pick<StanceItem, 'sign' | 'cue' | 'range' | 'how'>;

/** "the Kremlin has welcomed", "Peskov's effusive praise", "Peskov called the move a positive one". */
function cueAfterMention(va: VerifyArticle, m: ResolvedMention): Found | null {
  const sentence = sentenceAround(va, m);
  const after = va.article.text.slice(m.end, sentence.end);
  for (const [pattern, kind] of [
    [VERB_AFTER, 'verb'],
    [NOUN_AFTER, 'noun'],
    [APPRAISAL_AFTER, 'appraisal'],
  ] as const) {
    const match = pattern.exec(after);
    const cue = match?.[1];
    if (!match || !cue) continue;
    const at = m.end + match.index + match[0].length - cue.length;
    if (NEGATION_BEFORE.test(va.article.text.slice(m.end, at))) return null;
    return { sign: signOf(cue), cue, range: sentence, how: `${kind} "${cue}" right after "${m.text}"` };
  }
  return null;
}

/** Evaluative words in the quoted words: one sign only, not negated. */
function cueInQuote(va: VerifyArticle, q: AttributedQuote): Found | null {
  const content = va.article.text.slice(q.content.start, q.content.end).replace(/["“”‘’«»]/gu, ' ');
  const cues: string[] = [];
  for (const match of content.matchAll(QUOTE_WORDS)) {
    if (!NEGATION_BEFORE.test(content.slice(0, match.index))) cues.push(match[1]!.replace(/\s+/gu, ' '));
  }
  const signs = new Set(cues.map(signOf));
  if (cues.length === 0 || signs.size > 1) return null;
  const cue = cues[0]!;
  const speaker = q.speaker?.text ?? 'the speaker';
  return {
    sign: signOf(cue),
    cue,
    range: { start: q.start, end: q.end },
    how: `"${cue}" in words attributed to ${speaker}`,
  };
}

/** Items naming different targets stay apart; items naming none join the actor's first target group. */
function splitByTarget(items: readonly StanceItem[]): StanceItem[][] {
  const byTarget = new Map<string, StanceItem[]>();
  for (const item of items.filter((i) => i.target !== null)) {
    byTarget.set(item.target!, [...(byTarget.get(item.target!) ?? []), item]);
  }
  const untargeted = items.filter((i) => i.target === null);
  const groups = [...byTarget.values()];
  if (groups.length === 0) return [untargeted];
  groups[0]!.push(...untargeted);
  return groups;
}

function actorLabel(codes: readonly string[], kb: KnowledgeBase): string {
  const code = country(codes[0]!);
  const name = kb.get(`country:${code}`)?.name ?? code;
  return codes.every((c) => c.endsWith('GOV')) ? `${name} (government)` : name;
}

function toFinding(group: readonly StanceItem[], kb: KnowledgeBase, order: ReadonlyMap<string, number>): Finding {
  const sort = byStoryOrder(order);
  const actor = actorLabel(
    group.map((i) => i.actor),
    kb,
  );
  const targetCode = group.find((i) => i.target !== null)?.target;
  const target = targetCode ? (kb.get(`country:${targetCode}`)?.name ?? targetCode) : undefined;
  const ev = (i: StanceItem): Evidence =>
    evidenceOf(i.va, i.range, { value: i.sign > 0 ? 'positive' : 'negative', assertedBy: i.cue });
  const evidence = group.map(ev).sort(sort);
  const values = ([1, -1] as const)
    .map((sign) => group.filter((i) => i.sign === sign))
    .filter((g) => g.length > 0)
    .map((g) => ({ value: g[0]!.sign > 0 ? 'positive' : 'negative', evidence: g.map(ev).sort(sort) }));
  const { status, reasons } = statusOf(group, values.length);
  const subject = target ? `${actor} → ${target}` : actor;
  const cues = [...new Set(group.map((i) => i.cue))].slice(0, 4).join(', ');
  const where = [...new Set(group.map((i) => articleLabel(i.va)))].join(', ');
  return {
    id: findingId('event', subject),
    kind: 'event',
    status,
    subject,
    property: 'stance',
    summary: `${subject}: ${values.map((v) => v.value).join(' and ')} (${cues}) — ${where}`,
    values,
    origins: originsOf(evidence),
    evidence,
    reasons: [...reasons, ...group.map((i) => `${articleLabel(i.va)}: ${i.how}`)],
    actor,
    ...(target ? { target } : {}),
  };
}

function statusOf(group: readonly StanceItem[], signs: number): { status: FindingStatus; reasons: string[] } {
  const origins = new Set(group.map((i) => i.va.originId)).size;
  if (signs > 1) {
    return { status: 'unclear', reasons: ['reported both as welcoming and as opposing: may concern different things'] };
  }
  if (origins >= 2)
    return { status: 'corroborated', reasons: [`the same stance is reported by ${origins} independent origins`] };
  return { status: 'single-source', reasons: ['reported by one origin only'] };
}
