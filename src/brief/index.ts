/**
 * @module brief
 * Story + its articles (with analyses) + the story's verification + its thread → Brief: a lead whose every
 * sentence is a source sentence verbatim or a template filled from findings, each with citations; key quotes,
 * numbers, disagreements, flags, timeline, actor × issue positions; the citation check; Markdown and HTML.
 * Requires: story, sentences, mentions, quotes, claims, events, findings, flags. Provides: brief.
 * Messages: brief:unsupported-sentence (warning) when the check finds a sentence its citations do not support.
 */
import { defineStage, type StageContext } from '../pipeline/stage.js';
import { BRIEF_GENERATOR, buildBrief } from './build.js';
import type { BriefInput } from './context.js';
import type { Brief } from './types.js';

export { actorOf } from './actors.js';
export { articleMap, BRIEF_GENERATOR, buildBrief } from './build.js';
export { checkBrief } from './check.js';
export type { BriefArticle, BriefInput, BriefOptions, BriefThreadStory } from './context.js';
export { escapeHtml, renderBriefHtml } from './html.js';
export { ISSUES, type Issue } from './issues.data.js';
export { citationMarker, renderBriefMarkdown } from './markdown.js';
export type * from './types.js';

function run(input: BriefInput, ctx: StageContext): Brief {
  const brief = buildBrief(input);
  for (const problem of brief.check.problems) {
    ctx.log.warn(problem, { ruleId: 'brief:unsupported-sentence' });
  }
  return brief;
}

export const brief = defineStage<BriefInput, Brief>({
  name: BRIEF_GENERATOR.name,
  version: BRIEF_GENERATOR.version,
  requires: ['story', 'sentences', 'mentions', 'quotes', 'claims', 'events', 'findings', 'flags'],
  provides: ['brief'],
  run,
});
