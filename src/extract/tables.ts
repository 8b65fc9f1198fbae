/**
 * @module extract/tables
 * Table repair over SourceBlocks (HTML and text alike): a table is a run of consecutive table-row blocks.
 * Rows lose their empty trailing cells, short rows are padded to the table's width, empty rows are dropped,
 * a row repeated inside its table (a table pasted twice, a header repeated) is removed as 'duplicate-row'
 * (the first copy stays), and a whole table that repeats an earlier one is removed the same way.
 */
import type { SourceBlock } from './types.js';

const normaliseCell = (cell: string) => cell.replace(/\s+/g, ' ').trim();
const rowKey = (cells: readonly string[]) => cells.map((c) => c.toLowerCase()).join('\u0001');

/** The index ranges [from, to) of the table runs among `blocks`. */
export function tableRuns(blocks: readonly SourceBlock[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let from = -1;
  for (let i = 0; i <= blocks.length; i++) {
    const isRow = i < blocks.length && blocks[i]!.kind === 'table-row';
    if (isRow && from < 0) from = i;
    if (!isRow && from >= 0) {
      runs.push([from, i]);
      from = -1;
    }
  }
  return runs;
}

/** The cells of a row without empty trailing cells (a row without cells is one cell: its text). */
export function trimmedCells(block: SourceBlock): string[] {
  const cells = (block.cells ?? [block.text]).map(normaliseCell);
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  return cells;
}

function withCells(block: SourceBlock, cells: readonly string[]): SourceBlock {
  return { ...block, cells, text: cells.join(' | ') };
}

/** Repairs every table of `blocks`; returns a new array of the same length. */
export function repairTables(blocks: readonly SourceBlock[]): SourceBlock[] {
  const out = [...blocks];
  const earlierTables = new Set<string>();
  for (const [from, to] of tableRuns(out)) {
    const keys = repairRun(out, from, to);
    markRepeatedTable(out, keys, earlierTables);
    for (const key of keys.values()) earlierTables.add(key);
  }
  return out;
}

/** Repairs one run in place; returns the row keys of the kept rows by block index. */
function repairRun(out: SourceBlock[], from: number, to: number): Map<number, string> {
  const trimmed = new Map<number, string[]>();
  for (let i = from; i < to; i++) {
    if (!out[i]!.removal) trimmed.set(i, trimmedCells(out[i]!));
  }
  const width = Math.max(0, ...[...trimmed.values()].map((c) => c.length));
  const seen = new Set<string>();
  const keys = new Map<number, string>();
  for (const [i, cells] of trimmed) {
    const block = out[i]!;
    if (cells.every((c) => c === '')) {
      out[i] = { ...block, removal: { reason: 'empty', ruleId: 'extract:empty-row' } };
      continue;
    }
    const key = rowKey(cells);
    if (seen.has(key)) {
      out[i] = { ...withCells(block, cells), removal: { reason: 'duplicate-row', ruleId: 'extract:duplicate-row' } };
      continue;
    }
    seen.add(key);
    keys.set(i, key);
    const padded = cells.length < width ? [...cells, ...new Array<string>(width - cells.length).fill('')] : cells;
    out[i] = withCells(block, padded);
  }
  return keys;
}

/** A table whose every kept row already appeared in an earlier table is a repeat: removes it. */
function markRepeatedTable(out: SourceBlock[], keys: Map<number, string>, earlier: ReadonlySet<string>): void {
  if (keys.size === 0 || ![...keys.values()].every((k) => earlier.has(k))) return;
  for (const i of keys.keys()) {
    out[i] = { ...out[i]!, removal: { reason: 'duplicate-row', ruleId: 'extract:duplicate-table' } };
  }
}
