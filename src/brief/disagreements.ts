/**
 * @module brief/disagreements
 * The disagreements: the contradicted and unclear findings of the verification, each side worded as its
 * sources word it ("33 pages", "on Tuesday") with the outlets that say it (copies of one wire story folded:
 * "Crossline (+2 copies)") and the spans it rests on, one per origin.
 */
import type { Finding } from '../verify/types.js';
import type { BriefContext } from './context.js';
import { groupByOrigin, nameList, onePerOrigin, originLabel } from './outlets.js';
import { showValue, what } from './templates.js';
import { excerpt } from './text.js';
import type { BriefDisagreement } from './types.js';

/** Outlets named per side at most; the rest are counted. */
const MAX_NAMED = 3;

export function buildDisagreements(ctx: BriefContext): BriefDisagreement[] {
  return ctx.input.verification.findings
    .filter((f) => f.status === 'contradicted' || f.status === 'unclear')
    .map((f) => ({
      findingId: f.id,
      what: what(f),
      status: f.status,
      sides: sidesOf(ctx, f),
      note: f.reasons[0] ?? f.summary,
    }));
}

function sidesOf(ctx: BriefContext, f: Finding): BriefDisagreement['sides'] {
  const outlets = (ids: readonly string[]) => nameList(groupByOrigin(ctx, ids).map(originLabel), MAX_NAMED);
  if (f.values.length >= 2) {
    return f.values.map((v) => ({
      text: `${showValue(ctx, v) ?? String(v.value)} (${outlets(v.evidence.map((e) => e.span.articleId))})`,
      citations: onePerOrigin(
        ctx,
        v.evidence.map((e) => e.span),
      ),
    }));
  }
  return f.evidence.map((e) => ({
    text: `"${excerpt(e.text, 90)}" (${outlets([e.span.articleId])})`,
    citations: [e.span],
  }));
}
