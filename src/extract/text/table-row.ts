/**
 * @module extract/text/table-row
 * One pipe-table line of a text capture → cells with source offsets; rows that were run together on one
 * line ("| a | b || c | d |", or twice the table's width) are split back into rows.
 */
import type { Range } from '../../core/types.js';
import { visibleText } from './inline.js';
import type { Line } from './lines.js';

export interface Cell extends Range {
  /** The cell's text, trimmed; "" for an empty cell. */
  readonly text: string;
}

/** The cells of a table line, without the outer pipes. A backslash-escaped pipe does not split. */
export function parseRowCells(line: Line): Cell[] {
  const cells: Cell[] = [];
  const { text } = line;
  let segStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && (text[i] !== '|' || text[i - 1] === '\\')) continue;
    cells.push(trimCell(text, segStart, i, line.start));
    segStart = i + 1;
  }
  if (text.startsWith('|')) cells.shift();
  if (text.endsWith('|') && text.length > 1) cells.pop();
  return cells;
}

function trimCell(text: string, from: number, to: number, base: number): Cell {
  let s = from;
  let e = to;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  const visible = visibleText(text.slice(s, e).replace(/\\\|/g, '|')).text;
  return { text: visible.replace(/\s+/g, ' ').trim(), start: base + s, end: base + e };
}

/** Number of cells once empty trailing cells are dropped. */
export function contentWidth(cells: readonly Cell[]): number {
  let n = cells.length;
  while (n > 0 && cells[n - 1]!.text === '') n--;
  return n;
}

/** Splits a row that holds several rows of a table `width` cells wide; otherwise returns it whole. */
export function splitRunTogether(cells: readonly Cell[], width: number): Cell[][] {
  const used = cells.slice(0, contentWidth(cells));
  if (width < 2 || used.length <= width) return [[...cells]];
  if (used.some((c) => c.text === '')) {
    const groups: Cell[][] = [[]];
    for (const c of used) {
      if (c.text === '') groups.push([]);
      else groups[groups.length - 1]!.push(c);
    }
    const rows = groups.filter((g) => g.length > 0);
    if (rows.length >= 2 && rows.every((g) => g.length === width)) return rows;
    return [[...cells]];
  }
  if (used.length % width !== 0) return [[...cells]];
  const rows: Cell[][] = [];
  for (let i = 0; i < used.length; i += width) rows.push(used.slice(i, i + width));
  return rows;
}
