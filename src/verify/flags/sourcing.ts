/**
 * @module verify/flags/sourcing
 * verify:no-named-source (info) — the article quotes no named person or known organisation and attributes
 * nothing to anyone: no quote with a resolved speaker, no relaying outlet, no claim credited to a named source.
 * Also the sourcing facts the reliability summary uses (named speakers, relaying outlets).
 */
import type { AttributedQuote } from '../../analyze/index.js';
import type { Flag, VerifyArticle } from '../types.js';

export interface Sourcing {
  /** Names of the people and known organisations quoted. */
  readonly named: readonly string[];
  /** Outlets and agencies the quotes are relayed through. */
  readonly via: readonly string[];
  /** Claims credited to a named speaker or a named document. */
  readonly creditedClaims: number;
}

export function sourcingOf(va: VerifyArticle): Sourcing {
  const analysis = va.analysis;
  if (!analysis) return { named: [], via: [], creditedClaims: 0 };
  const named = new Set<string>();
  for (const q of analysis.quotes) {
    const name = namedSpeaker(va, q);
    if (name) named.add(name);
  }
  const via = new Set(analysis.quotes.flatMap((q) => q.via.map((v) => v.text)));
  const creditedClaims = analysis.claims.filter(
    (c) => c.assertedBy.kind === 'speaker' && c.assertedBy.text && /^\p{Lu}/u.test(c.assertedBy.text),
  ).length;
  return { named: [...named], via: [...via], creditedClaims };
}

/** The speaker's name when it is a person, or an organisation the knowledge base knows. */
function namedSpeaker(va: VerifyArticle, q: AttributedQuote): string | null {
  if (!q.speaker || !q.speakerEntityId || q.speaker.kind === 'document' || q.speaker.kind === 'group') return null;
  const entity = va.analysis?.entities.find((e) => e.id === q.speakerEntityId);
  if (!entity) return null;
  if (entity.type === 'person' || (entity.type === 'organisation' && !entity.provisional)) return entity.name;
  return null;
}

export function noNamedSource(va: VerifyArticle, sourcing: Sourcing = sourcingOf(va)): Flag[] {
  if (!va.analysis || sourcing.named.length > 0 || sourcing.via.length > 0 || sourcing.creditedClaims > 0) return [];
  return [
    {
      articleId: va.article.id,
      kind: 'no-named-source',
      span: null,
      text: va.article.meta.title?.value ?? va.article.text.slice(0, 80),
      reason:
        'The article quotes no named person or known organisation and credits its statements to no one: nothing in it can be traced to a source.',
      severity: 'info',
      ruleId: 'verify:no-named-source',
    },
  ];
}
