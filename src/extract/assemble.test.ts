import { describe, expect, it } from 'vitest';
import { assembleText } from './assemble.js';
import type { SourceBlock } from './types.js';

const source: SourceBlock[] = [
  {
    kind: 'paragraph',
    start: 0,
    end: 16,
    text: 'Home » Harbour',
    removal: { reason: 'breadcrumb', ruleId: 'extract:breadcrumb' },
  },
  { kind: 'heading', start: 18, end: 40, text: 'Ferry  fares rise', level: 1 },
  { kind: 'paragraph', start: 42, end: 80, text: 'The council voted on Monday.' },
  { kind: 'table-row', start: 82, end: 100, text: 'Route | Fare', cells: ['Route', 'Fare'] },
  {
    kind: 'table-row',
    start: 101,
    end: 105,
    text: '---',
    cells: [],
    removal: { reason: 'chrome', ruleId: 'extract:table-separator' },
  },
  { kind: 'table-row', start: 106, end: 120, text: 'North | 4.20', cells: ['North', '4.20'] },
  { kind: 'table-row', start: 121, end: 135, text: 'South |', cells: ['South', ''] },
  {
    kind: 'paragraph',
    start: 137,
    end: 150,
    text: 'Leave a Comment',
    removal: { reason: 'comments', ruleId: 'extract:comments' },
  },
  { kind: 'table-row', start: 152, end: 160, text: 'East | 5.00', cells: ['East', '5.00'] },
];

describe('assembleText', () => {
  const { text, blocks, removed } = assembleText(source);

  it('assemble: blocks are joined by a blank line, rows of one table by a newline', () => {
    expect(text).toBe(
      'Ferry fares rise\n\nThe council voted on Monday.\n\nRoute | Fare\nNorth | 4.20\nSouth\n\nEast | 5.00',
    );
  });

  it('assemble: every block range slices its own text, in order, without overlap', () => {
    expect(blocks.map((b) => text.slice(b.start, b.end))).toEqual([
      'Ferry fares rise',
      'The council voted on Monday.',
      'Route | Fare',
      'North | 4.20',
      'South',
      'East | 5.00',
    ]);
    for (let i = 1; i < blocks.length; i++) expect(blocks[i]!.start).toBeGreaterThan(blocks[i - 1]!.end);
    expect(blocks[0]!.level).toBe(1);
  });

  it('assemble: row blocks carry cell ranges; an empty trailing cell is an empty range at the row end', () => {
    const rows = blocks.filter((b) => b.kind === 'table-row');
    expect(rows[1]!.cells!.map((c) => text.slice(c.start, c.end))).toEqual(['North', '4.20']);
    const south = rows[2]!;
    expect(south.cells!.map((c) => [c.start - south.start, c.end - south.start])).toEqual([
      [0, 5],
      [5, 5],
    ]);
  });

  it('assemble: removals keep their reason, rule and original offsets, in source order', () => {
    expect(removed.map((r) => [r.reason, r.start, r.end])).toEqual([
      ['breadcrumb', 0, 16],
      ['chrome', 101, 105],
      ['comments', 137, 150],
    ]);
  });

  it('assemble: an empty kept block becomes an "empty" removal, not an empty paragraph', () => {
    const out = assembleText([{ kind: 'paragraph', start: 0, end: 3, text: '   ' }]);
    expect(out.text).toBe('');
    expect(out.blocks).toEqual([]);
    expect(out.removed.map((r) => r.reason)).toEqual(['empty']);
  });
});
