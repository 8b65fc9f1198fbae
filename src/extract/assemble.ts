/**
 * @module extract/assemble
 * Kept SourceBlocks → the article's clean text, its Blocks and the list of Removals.
 * Blocks are joined by a blank line ("\n\n"), except consecutive rows of one table, joined by "\n" so a table
 * stays together. A table row's text is its cells joined by " | ", and its Block carries each cell's range.
 * Invariant: every Block lies inside `text` and never overlaps the next; `removed` holds every removed block
 * with its offsets in the capture's decoded source, in source order.
 */
import type { Block, Range, Removal } from '../core/types.js';
import type { SourceBlock } from './types.js';

export interface AssembledText {
  readonly text: string;
  readonly blocks: Block[];
  readonly removed: Removal[];
}

const CELL_SEPARATOR = ' | ';

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A table row's cells, whitespace collapsed; null when the block is not a row with cells. */
function rowCells(block: SourceBlock): string[] | null {
  return block.kind === 'table-row' && block.cells && block.cells.length > 0 ? block.cells.map(collapse) : null;
}

/** The text a kept block contributes: a row's cells joined (empty trailing cells add nothing). */
function blockText(block: SourceBlock): string {
  const cells = rowCells(block);
  if (cells) {
    let used = cells.length;
    while (used > 0 && cells[used - 1] === '') used--;
    return cells.slice(0, used).join(CELL_SEPARATOR);
  }
  return block.kind === 'preformatted'
    ? block.text.replace(/\n{2,}/g, '\n').replace(/^\s+|\s+$/g, '')
    : collapse(block.text);
}

/** Cell ranges inside a row's text at `start`; empty trailing cells are empty ranges at the row's end. */
function cellRanges(cells: readonly string[], start: number, end: number): Range[] {
  const ranges: Range[] = [];
  let pos = start;
  for (const cell of cells) {
    const from = Math.min(pos, end);
    ranges.push({ start: from, end: Math.min(from + cell.length, end) });
    pos += cell.length + CELL_SEPARATOR.length;
  }
  return ranges;
}

export function assembleText(blocks: readonly SourceBlock[]): AssembledText {
  let text = '';
  const out: Block[] = [];
  const removed: Removal[] = [];
  let previousKeptIsRow = false;
  for (const block of blocks) {
    if (block.kind !== 'table-row') previousKeptIsRow = false;
    if (block.removal) {
      removed.push({
        reason: block.removal.reason,
        ruleId: block.removal.ruleId,
        text: block.text,
        start: block.start,
        end: block.end,
      });
      continue;
    }
    const body = blockText(block);
    if (body === '') {
      removed.push({ reason: 'empty', ruleId: 'extract:empty', text: block.text, start: block.start, end: block.end });
      continue;
    }
    if (text !== '') text += block.kind === 'table-row' && previousKeptIsRow ? '\n' : '\n\n';
    const start = text.length;
    text += body;
    out.push(toBlock(block, start, text.length));
    previousKeptIsRow = block.kind === 'table-row';
  }
  removed.sort((a, b) => a.start - b.start || a.end - b.end);
  return { text, blocks: out, removed };
}

function toBlock(block: SourceBlock, start: number, end: number): Block {
  const base: Block = {
    kind: block.kind,
    start,
    end,
    ...(block.level === undefined ? {} : { level: block.level }),
    ...(block.mark === undefined ? {} : { mark: block.mark }),
  };
  const cells = rowCells(block);
  return cells ? { ...base, cells: cellRanges(cells, start, end) } : base;
}
