import { describe, expect, it } from 'vitest';
import { MessageLog } from '../../core/message.js';
import type { SourceBlock } from '../types.js';
import { segmentText } from './segment.js';

const segment = (source: string) => segmentText(source, new MessageLog('extract'));
const kept = (blocks: SourceBlock[]) => blocks.filter((b) => !b.removal);
const summary = (blocks: SourceBlock[]) => kept(blocks).map((b) => [b.kind, b.text]);

describe('segmentText', () => {
  it('segment: paragraphs separated by blank lines, with a title-shaped heading', () => {
    const source =
      'Harbour Council Votes on Ferry Fares\n\nThe council met on Monday.\nIt voted 7 to 2.\n\nFares rise in May.';
    expect(summary(segment(source))).toEqual([
      ['heading', 'Harbour Council Votes on Ferry Fares'],
      ['paragraph', 'The council met on Monday.'],
      ['paragraph', 'It voted 7 to 2.'],
      ['paragraph', 'Fares rise in May.'],
    ]);
  });

  it('segment: every block range points at its source text', () => {
    const source =
      '  Lead line of the story here.  \r\n\r\n- first point\n- second point\n\n> A quoted line\n> continues\n';
    for (const b of segment(source)) {
      expect(b.start).toBeGreaterThanOrEqual(0);
      expect(b.end).toBeLessThanOrEqual(source.length);
      const slice = source.slice(b.start, b.end);
      for (const word of b.text.split(/\s+/)) expect(slice).toContain(word);
    }
  });

  it('segment: list items lose their marker and keep their depth; quotes merge', () => {
    const blocks = kept(segment('- first point\n  - nested point\n1. numbered\n\n> A quoted line\n> continues'));
    expect(blocks.map((b) => [b.kind, b.text, b.level])).toEqual([
      ['list-item', 'first point', 1],
      ['list-item', 'nested point', 2],
      ['list-item', 'numbered', 1],
      ['quote', 'A quoted line continues', undefined],
    ]);
  });

  it('segment: markdown and setext headings, rules recorded as chrome', () => {
    const blocks = segment(
      '## Tide tables\n\nBody text of the piece.\n\nLower Harbour\n-------------\n\n* * *\n\nEnd.',
    );
    expect(summary(blocks)).toEqual([
      ['heading', 'Tide tables'],
      ['paragraph', 'Body text of the piece.'],
      ['heading', 'Lower Harbour'],
      ['paragraph', 'End.'],
    ]);
    expect(blocks.filter((b) => b.removal).map((b) => b.removal!.ruleId)).toEqual([
      'extract:setext-underline',
      'extract:horizontal-rule',
    ]);
  });

  it('segment: hard-wrapped paragraphs are joined, one-sentence lines are not', () => {
    const wrapped = [
      'The harbour authority said on Tuesday that the new ferry timetable would',
      'take effect in the spring, after months of consultation with residents and',
      'the two operators that share the crossing.',
      '',
      'Residents had asked for an earlier first sailing, and the authority agreed',
      'to move it forward by twenty minutes on weekdays.',
    ].join('\n');
    expect(kept(segment(wrapped)).map((b) => b.text)).toEqual([
      'The harbour authority said on Tuesday that the new ferry timetable would take effect in the spring, after months of consultation with residents and the two operators that share the crossing.',
      'Residents had asked for an earlier first sailing, and the authority agreed to move it forward by twenty minutes on weekdays.',
    ]);
  });

  it('segment: pipe tables give rows with cells; the separator row is recorded as chrome', () => {
    const blocks = segment('| Route | Fare |\n|---|---|\n| North | 4.20 |\n| South | 3.10 | |');
    const rows = blocks.filter((b) => b.kind === 'table-row');
    expect(rows.map((r) => r.cells)).toEqual([['Route', 'Fare'], [], ['North', '4.20'], ['South', '3.10', '']]);
    expect(rows[1]!.removal).toEqual({ reason: 'chrome', ruleId: 'extract:table-separator' });
  });

  it('segment: rows run together on one line are split into rows of the table width', () => {
    const source = '| Route | Fare |\n| North | 4.20 || South | 3.10 |\n| East | 5.00 | West | 2.90 |';
    const rows = kept(segment(source)).filter((b) => b.kind === 'table-row');
    expect(rows.map((r) => r.cells)).toEqual([
      ['Route', 'Fare'],
      ['North', '4.20'],
      ['South', '3.10'],
      ['East', '5.00'],
      ['West', '2.90'],
    ]);
    for (const r of rows) expect(source.slice(r.start, r.end)).toContain(r.cells![0]!);
  });

  it('segment: tables without outer pipes need two consecutive rows of the same width', () => {
    expect(kept(segment('Name | Age\nAda | 36')).map((b) => b.kind)).toEqual(['table-row', 'table-row']);
    expect(kept(segment('Weather | Sport')).map((b) => b.kind)).not.toContain('table-row');
  });

  it('segment: questions and lines ending in a colon are not headings unless short questions', () => {
    const blocks = kept(segment('What happens next?\n\nKey points include:\n\nQ: Will fares rise again?'));
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'paragraph']);
  });

  it('segment: Markdown links keep their text and give the block a link density; images are dropped', () => {
    const blocks = kept(
      segment(
        '- [Harbour council approves pier](https://ledger.example/pier)\n\nSee the **full** minutes ![map](/m.png) here.',
      ),
    );
    expect(blocks.map((b) => b.text)).toEqual(['Harbour council approves pier', 'See the full minutes here.']);
    expect(blocks[0]!.linkDensity).toBe(1);
    expect(blocks[1]!.linkDensity).toBeUndefined();
  });

  it('segment: empty and whitespace-only input give no kept blocks', () => {
    expect(kept(segment(''))).toEqual([]);
    expect(kept(segment(' \n\t\n\r\n'))).toEqual([]);
  });
});
