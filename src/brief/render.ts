/**
 * @module brief/render
 * What the Markdown and HTML renderings share: the title line, the sources (copies folded), the numbers shown,
 * a sentence's support note, the disagreement rows (contradicted and unclear findings, two sides each) and the positions grid (issues × actors).
 */
import { NUMBERS } from './numbers.data.js';
import { shortId } from './text.js';
import type { Brief, BriefDisagreement, BriefSentence, BriefSource, PositionCell } from './types.js';

export function titleLine(brief: Brief): string {
  const outlets = new Set(brief.sources.map((s) => s.outlet ?? s.articleId)).size;
  const n = brief.sources.length;
  const more = brief.thread?.stories.length ?? 0;
  const thread =
    brief.thread && more > 0
      ? ` · thread: ${brief.thread.title} (${more} more ${more === 1 ? 'story' : 'stories'})`
      : '';
  return `${n} article${n === 1 ? '' : 's'} · ${outlets} outlet${outlets === 1 ? '' : 's'} · ${brief.origins} independent origin${brief.origins === 1 ? '' : 's'}${thread}`;
}

/**
 * The sources, one entry per outlet: copies of one origin folded into its first article ("Crossline (+2
 * copies)"), each with the reliability summary of the article shown (the others' when they differ).
 */
export function sourceEntries(brief: Brief): string[] {
  const origins = new Map<string, BriefSource[]>();
  for (const s of brief.sources) origins.set(s.originId, [...(origins.get(s.originId) ?? []), s]);
  const byOutlet = new Map<string, { copies: number; summaries: string[] }>();
  for (const group of origins.values()) {
    const label = group[0]!.outlet ?? shortId(group[0]!.articleId);
    const entry = byOutlet.get(label) ?? { copies: 0, summaries: [] };
    entry.copies += group.length - 1;
    for (const s of group) {
      const summary = s.reliability?.summary ?? 'not verified';
      if (s === group[0] && !entry.summaries.includes(summary)) entry.summaries.push(summary);
    }
    byOutlet.set(label, entry);
  }
  return [...byOutlet].map(([label, e]) => {
    const copies = e.copies > 0 ? ` (+${e.copies} ${e.copies === 1 ? 'copy' : 'copies'})` : '';
    return `${label}${copies} — ${e.summaries.join('; ')}`;
  });
}

/** The rows of the numbers table a rendering shows, and how many more the JSON holds. */
export function shownNumbers(brief: Brief): { rows: Brief['numbers']; more: number } {
  const rows = brief.numbers.slice(0, NUMBERS.shown);
  return { rows, more: brief.numbers.length - rows.length };
}

/** "Coverage: first published 2026-11-24 15:02 (Crossline), last 2026-11-25 06:00 (The Harbour Courier); 2 undated." */
export function coverageLine(brief: Brief): string | null {
  const c = brief.coverage;
  if (!c || (!c.first && c.undated === 0)) return null;
  const when = (at: string) => at.replace('T', ' ').replace(/:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?$/u, '');
  const first = c.first ? `first published ${when(c.first.at)} (${c.first.outlet})` : 'no publication date known';
  const last = c.last && c.first && c.last.at !== c.first.at ? `, last ${when(c.last.at)} (${c.last.outlet})` : '';
  const undated = c.undated > 0 ? `; ${c.undated} article${c.undated === 1 ? '' : 's'} undated` : '';
  return `Coverage: ${first}${last}${undated}.`;
}

/** "(3 origins; weekday-after-article-date)": an entry's support and how its date was found. */
export function timelineNote(t: Brief['timeline'][number]): string {
  const n = t.origins ?? 1;
  return `${n} origin${n === 1 ? '' : 's'}; ${t.method}`;
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
  /** Cells of the JSON the grid does not show. */
  readonly more: number;
}

/** What the renderings show of the positions: actors (columns), issues (rows) and stances per cell. */
export const POSITIONS_SHOWN = { actors: 5, issues: 6, perCell: 2, perCellThread: 1 } as const;

/**
 * Issues and actors in order of how much evidence they have (then first appearance), at most POSITIONS_SHOWN;
 * per cell the first stances from the story (most origins first) and one from the thread.
 */
export function positionGrid(brief: Brief): PositionGrid {
  const rank = (key: (p: PositionCell) => string, max: number) => {
    const counts = new Map<string, number>();
    for (const p of brief.positions) counts.set(key(p), (counts.get(key(p)) ?? 0) + 1);
    return [...counts]
      .sort((a, b) => b[1] - a[1])
      .map(([k]) => k)
      .slice(0, max);
  };
  const actors = rank((p) => p.actor, POSITIONS_SHOWN.actors);
  const issues = rank((p) => p.issue, POSITIONS_SHOWN.issues);
  const cells = (issue: string, actor: string) => {
    const all = brief.positions.filter((p) => p.issue === issue && p.actor === actor);
    return [
      ...all.filter((p) => !p.fromThread).slice(0, POSITIONS_SHOWN.perCell),
      ...all.filter((p) => p.fromThread).slice(0, POSITIONS_SHOWN.perCellThread),
    ];
  };
  const shown = issues.reduce((n, i) => n + actors.reduce((m, a) => m + cells(i, a).length, 0), 0);
  return { issues, actors, cells, more: brief.positions.length - shown };
}
