/**
 * @module brief/check
 * The citation check: every citation of a brief must point at an existing span of a known article, and every
 * sentence must be supported by what it cites — a 'source' sentence is, whitespace-normalised, its first cited
 * span; a 'template' sentence states no number or quoted value that its cited spans do not contain. Quotes
 * must be contained in their first citation, numbers likewise. Pure.
 */
import type { Article } from '../core/types.js';
import { normalise, occursIn, quotedValues, statedNumbers } from './text.js';
import type { Brief, BriefCheck, BriefSentence, Citation } from './types.js';

/** The cited text, or a problem when the citation points nowhere. */
export function resolveCitation(c: Citation, articles: ReadonlyMap<string, Article>): string | { problem: string } {
  const article = articles.get(c.articleId);
  if (!article) return { problem: `cites unknown article ${c.articleId}` };
  const ok =
    Number.isInteger(c.start) &&
    Number.isInteger(c.end) &&
    c.start >= 0 &&
    c.start < c.end &&
    c.end <= article.text.length;
  if (!ok) return { problem: `cites ${c.articleId} ${c.start}–${c.end} outside its text (${article.text.length})` };
  return article.text.slice(c.start, c.end);
}

/** Why a sentence is not supported by its citations, or null when it is. */
export function sentenceProblem(s: BriefSentence, articles: ReadonlyMap<string, Article>): string | null {
  if (s.citations.length === 0) return 'has no citation';
  const texts: string[] = [];
  for (const c of s.citations) {
    const t = resolveCitation(c, articles);
    if (typeof t !== 'string') return t.problem;
    texts.push(t);
  }
  if (s.kind === 'source') {
    return normalise(texts[0]!) === normalise(s.text) ? null : 'is not the text of its first cited span';
  }
  const values = [...statedNumbers(s.text), ...quotedValues(s.text)];
  const missing = values.filter((v) => !texts.some((t) => occursIn(v, t)));
  return missing.length ? `states ${missing.map((m) => `"${m}"`).join(', ')} found in no cited span` : null;
}

export function checkBrief(brief: Brief, articles: ReadonlyMap<string, Article>): BriefCheck {
  const problems: string[] = [];
  let citations = 0;
  let found = 0;
  const count = (where: string, list: readonly Citation[]): string[] => {
    const texts: string[] = [];
    for (const c of list) {
      citations++;
      const t = resolveCitation(c, articles);
      if (typeof t === 'string') {
        found++;
        texts.push(t);
      } else problems.push(`${where}: ${t.problem}`);
    }
    return texts;
  };
  let unsupported = 0;
  brief.sentences.forEach((s, i) => {
    count(`sentence ${i + 1}`, s.citations);
    const problem = sentenceProblem(s, articles);
    if (problem) {
      unsupported++;
      problems.push(`sentence ${i + 1} ${problem}`);
    }
  });
  brief.quotes.forEach((q, i) => {
    const [first] = count(`quote ${i + 1}`, q.citations);
    if (first === undefined || !occursIn(q.text, first)) problems.push(`quote ${i + 1} is not in its first cited span`);
    count(`quote ${i + 1} (also in)`, q.alsoIn);
  });
  brief.numbers.forEach((n, i) => {
    const [first] = count(`number ${i + 1}`, n.citations);
    if (first === undefined || !occursIn(n.text, first))
      problems.push(`number ${i + 1} is not in its first cited span`);
  });
  const lists: [string, readonly Citation[]][] = [
    ...(brief.disagreements ?? []).map((d, i): [string, readonly Citation[]] => [
      `disagreement ${i + 1}`,
      d.sides.flatMap((x) => x.citations),
    ]),
    ...brief.timeline.map((t, i): [string, readonly Citation[]] => [`timeline ${i + 1}`, t.citations]),
    ...brief.positions.map((p, i): [string, readonly Citation[]] => [`position ${i + 1}`, p.citations]),
    ...brief.findings.map((f): [string, readonly Citation[]] => [`finding ${f.id}`, f.evidence.map((e) => e.span)]),
  ];
  for (const [where, list] of lists) count(where, list);
  return {
    sentences: brief.sentences.length,
    citedSentences: brief.sentences.filter((s) => s.citations.length > 0).length,
    citations,
    citationsFound: found,
    unsupported,
    problems,
  };
}
