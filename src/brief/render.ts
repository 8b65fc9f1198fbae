/**
 * @module brief/render
 * What the Markdown and HTML renderings share: the title line, a sentence's support note, the disagreement
 * rows (contradicted and unclear findings, two sides each) and the positions grid (issues × actors).
 */
import type { Brief, BriefDisagreement, BriefSentence, PositionCell } from './types.js';

export function titleLine(brief: Brief): string {
  const outlets = new Set(brief.sources.map((s) => s.outlet ?? s.articleId)).size;
  const n = brief.sources.length;
  const thread = brief.thread
    ? ` · thread: ${brief.thread.title} (${brief.thread.stories.length} more ${brief.thread.stories.length === 1 ? 'story' : 'stories'})`
    : '';
  return `${n} article${n === 1 ? '' : 's'} · ${outlets} outlet${outlets === 1 ? '' : 's'} · ${brief.origins} independent origin${brief.origins === 1 ? '' : 's'}${thread}`;
}

export function sentenceNote(s: BriefSentence): string {
  const kind = s.kind === 'template' ? 'from findings; ' : '';
  return `${kind}${s.status}, ${s.origins} origin${s.origins === 1 ? '' : 's'}`;
}

export interface DisagreementRow {
  readonly what: string;
  readonly one: BriefDisagreement['sides'][number];
  readonly other: BriefDisagreement['sides'][number];
  readonly status: string;
}

/** Two sides per disagreement (a third and more are joined into the second). */
export function disagreementRows(brief: Brief): DisagreementRow[] {
  const none = { text: '—', citations: [] };
  return (brief.disagreements ?? []).map((d) => {
    const [one, ...rest] = d.sides;
    const other = rest.length
      ? { text: rest.map((r) => r.text).join('; '), citations: rest.flatMap((r) => r.citations) }
      : none;
    return { what: d.what, one: one ?? none, other, status: `${d.status}: ${d.note}` };
  });
}

export interface PositionGrid {
  readonly issues: readonly string[];
  readonly actors: readonly string[];
  cells(issue: string, actor: string): readonly PositionCell[];
}

/** Issues and actors in order of how much evidence they have (then first appearance). */
export function positionGrid(brief: Brief): PositionGrid {
  const rank = (key: (p: PositionCell) => string) => {
    const counts = new Map<string, number>();
    for (const p of brief.positions) counts.set(key(p), (counts.get(key(p)) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1]).map(([k]) => k);
  };
  return {
    issues: rank((p) => p.issue),
    actors: rank((p) => p.actor),
    cells: (issue, actor) => brief.positions.filter((p) => p.issue === issue && p.actor === actor),
  };
}
