/**
 * @module brief/markdown
 * Brief → Markdown, laid out like the hand-made mock-up: title line with counts, lead with citation markers
 * (`[a_1234abcd 120–245]`), disagreements, key quotes, numbers, positions, timeline, the integrity of the
 * sources, the thread and the check line. Cell text is escaped for tables.
 */
import {
  coverageLine,
  type DisagreementRow,
  disagreementRows,
  positionGrid,
  sentenceNote,
  shownNumbers,
  sourceEntries,
  timelineNote,
  titleLine,
} from './render.js';
import { shortId } from './text.js';
import { shownTimeline } from './timeline.js';
import type { Brief, Citation } from './types.js';

export function citationMarker(c: Citation): string {
  return `[${shortId(c.articleId)} ${c.start}–${c.end}]`;
}

const cell = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim() || '—';
const marks = (list: readonly Citation[]) => list.map(citationMarker).join(' ');
const table = (head: readonly string[], rows: readonly (readonly string[])[]) =>
  rows.length === 0
    ? ['(none)']
    : [
        `| ${head.join(' | ')} |`,
        `|${head.map(() => '---').join('|')}|`,
        ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
      ];

/** A quote between straight quote marks: its own outer marks (and a closing comma) dropped when it has them. */
const quoted = (text: string) => `"${/^["“]/u.test(text) ? text.replace(/^["“]+|[,"”]+$/gu, '') : text}"`;

export function renderBriefMarkdown(brief: Brief): string {
  const lines: string[] = [`## ${brief.title}`, titleLine(brief), sourcesLine(brief), ''];
  lines.push('### Lead', '');
  brief.sentences.forEach((s, i) => {
    const [own, ...more] = s.citations;
    const also = more.length ? ` — also ${marks(more)}` : '';
    lines.push(`${i + 1}. ${s.text} ${own ? citationMarker(own) : '[uncited]'}${also} — ${sentenceNote(s)}`);
  });
  lines.push('', '### Where the outlets disagree', '');
  lines.push(...table(['what', 'one says', 'another says', 'status'], disagreementRows(brief).map(disagreement)));
  lines.push('', '### Key quotes', '');
  const quoteRows = brief.quotes.map((q) => [
    `${quoted(q.text)} ${marks(q.citations)}`,
    [q.speaker.name, q.speaker.role].filter(Boolean).join(', '),
    q.via.join(' → '),
    q.direct ? 'direct' : 'reported',
    `${q.status}${q.note ? ` (${q.note})` : ''}`,
    marks(q.alsoIn),
  ]);
  lines.push(...table(['quote', 'speaker', 'via', 'form', 'status', 'also in'], quoteRows));
  lines.push('', '### Numbers', '');
  const shown = shownNumbers(brief);
  const numberRows = shown.rows.map((n) => [
    `${n.text} ${marks(n.citations)}`,
    n.of,
    n.saidBy,
    `${n.status}${n.note ? `: ${n.note}` : ''}`,
  ]);
  lines.push(...table(['value', 'of what', 'said by', 'status'], numberRows));
  if (shown.more > 0) lines.push('', `(${shown.more} more in JSON)`);
  lines.push('', '### Positions (actor × issue)', '');
  const grid = positionGrid(brief);
  const gridRows = grid.issues.map((issue) => [
    issue,
    ...grid.actors.map((actor) =>
      grid
        .cells(issue, actor)
        .map(
          (p) =>
            `${p.stance}${p.tone !== undefined ? ` (tone ${p.tone})` : ''} ${marks(p.citations)}${p.fromThread ? ' (thread)' : ''}`,
        )
        .join('; '),
    ),
  ]);
  lines.push(...table(['issue', ...grid.actors], gridRows));
  if (grid.more > 0) lines.push('', `(${grid.more} more in JSON)`);
  lines.push('', '### Timeline', '', ...timelineLines(brief));
  lines.push('', '### Integrity of the sources', '', ...integrity(brief));
  if (brief.thread && brief.thread.stories.length > 0) {
    lines.push('', `### Thread: ${brief.thread.title}`, '');
    for (const s of brief.thread.stories) lines.push(`- ${s.title} — ${s.id}`);
  }
  lines.push('', checkLine(brief), '');
  return lines.join('\n');
}

function timelineLines(brief: Brief): string[] {
  const coverage = coverageLine(brief);
  const shown = shownTimeline(brief);
  const lines = coverage ? [coverage, ''] : [];
  for (const t of shown.rows) lines.push(`- ${t.date} — ${t.text} ${marks(t.citations)} (${timelineNote(t)})`);
  if (shown.rows.length === 0) lines.push('(none)');
  if (shown.more > 0) lines.push('', `(${shown.more} more in JSON)`);
  return lines;
}

function disagreement(r: DisagreementRow): string[] {
  return [r.what, `${r.one.text} ${marks(r.one.citations)}`, `${r.other.text} ${marks(r.other.citations)}`, r.status];
}

function sourcesLine(brief: Brief): string {
  return `Sources: ${sourceEntries(brief).join(' · ')}`;
}

function integrity(brief: Brief): string[] {
  return brief.sources.map((s) => {
    const flags = brief.flags.filter((f) => f.articleId === s.articleId);
    const listed = flags.map((f) => `${f.kind}: "${f.text.replace(/\s+/g, ' ').slice(0, 90)}" — ${f.reason}`);
    const head = `- ${shortId(s.articleId)}${s.outlet ? ` (${s.outlet})` : ''}: ${s.reliability?.summary ?? 'not verified'}`;
    return [head, ...listed.map((l) => `  - ${l}`)].join('\n');
  });
}

export function checkLine(brief: Brief): string {
  const c = brief.check;
  return (
    `Check: ${c.citedSentences} of ${c.sentences} sentences cited; ${c.citationsFound} of ${c.citations} citations found ` +
    `in their sources; ${c.unsupported} unsupported sentences.` +
    (c.problems.length ? ` Problems: ${c.problems.join('; ')}` : '')
  );
}
