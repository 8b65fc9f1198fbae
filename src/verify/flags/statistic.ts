/**
 * @module verify/flags/statistic
 * verify:unsourced-statistic — a statistic (a percentage, a fraction, a count, an amount) credited to a study,
 * survey or report that a reader cannot trace: no title, no date, no link, no author ("according to a recent
 * Pew Research Center study", "a new survey found"), or to research in general ("studies show", "experts
 * say"). The reason says what is missing.
 */
import type { Claim } from '../../analyze/claims/index.js';
import { sentenceAround, words } from '../evidence.js';
import type { Flag, VerifyArticle } from '../types.js';
import { STATISTIC_KINDS, STUDY_WORDS, TRACEABLE, VAGUE_RESEARCH } from './flags.data.js';

const STATS = new Set(STATISTIC_KINDS);
const STUDY = new Set(STUDY_WORDS);

export function unsourcedStatistics(va: VerifyArticle): Flag[] {
  const flags: Flag[] = [];
  const sentences = new Set<number>();
  for (const claim of va.analysis?.claims ?? []) {
    if (!STATS.has(claim.kind) || typeof claim.value !== 'number') continue;
    const sentence = sentenceAround(va, claim);
    if (sentences.has(sentence.start)) continue;
    const sentenceText = va.article.text.slice(sentence.start, sentence.end);
    const problem = untraceable(claim, sentenceText);
    if (!problem) continue;
    sentences.add(sentence.start);
    flags.push({
      articleId: va.article.id,
      kind: 'unsourced-statistic',
      span: { articleId: va.article.id, start: sentence.start, end: sentence.end },
      text: sentenceText,
      reason: `The statistic "${va.article.text.slice(claim.valueSpan.start, claim.valueSpan.end)}" ${problem}.`,
      severity: 'warning',
      ruleId: 'verify:unsourced-statistic',
    });
  }
  return flags;
}

/** What is wrong with the statistic's source, or null when it is traceable or not credited to research. */
function untraceable(claim: Claim, sentence: string): string | null {
  const by = claim.assertedBy;
  const studyText = by.text && (by.kind === 'study' || isStudyPhrase(by.text)) ? by.text : undefined;
  if (studyText) {
    if (by.kind === 'study' && by.unnamed === false) return null;
    if (TRACEABLE.test(sentence)) return null;
    return `is credited to "${studyText}", ${missing(studyText)}`;
  }
  if (by.kind === 'outlet' || by.kind === 'study') {
    const vague = VAGUE_RESEARCH.exec(sentence);
    if (vague && !TRACEABLE.test(sentence)) {
      return `is credited to "${vague[0]}" in general: no study, author, title, date or link is named`;
    }
  }
  return null;
}

/** "a recent study" / "the X study": its head is a research noun. */
function isStudyPhrase(text: string): boolean {
  const head = words(text).pop();
  return head !== undefined && STUDY.has(head);
}

function missing(study: string): string {
  const names = study.match(/(?:[\p{Lu}][\p{L}&'’.-]*)(?:\s+(?:of|for|and|on|[\p{Lu}][\p{L}&'’.-]*))*/gu) ?? [];
  const named = names.filter((n) => !/^(?:A|An|The|According)$/u.test(n));
  const who = named.length > 0 ? `which names ${named.join(', ')} but gives` : 'which gives no author and';
  return `${who} no title, date or link to the study, so the figure cannot be checked`;
}
