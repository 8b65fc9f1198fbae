/**
 * @module extract/text/segment
 * Plain-text page capture → SourceBlocks (paragraphs, headings, list items, block quotes, table rows), with
 * offsets into the source. Handles paragraphs separated by blank lines or given one per line, hard-wrapped
 * paragraphs, markdown headings and short title-shaped lines, "- " / "1." list items, "> " quotes and pipe
 * tables (separator rows and rules are kept as removed 'chrome' blocks so they are recorded).
 * Messages: extract:table-row-split (info) when rows run together on one line are split.
 */
import type { MessageLog } from '../../core/message.js';
import type { BlockKind } from '../../core/types.js';
import type { BlockRemoval, SourceBlock } from '../types.js';
import { visibleText } from './inline.js';
import { type Line, splitLines } from './lines.js';
import { contentWidth, parseRowCells, splitRunTogether } from './table-row.js';

interface Pending {
  kind: 'paragraph' | 'list-item' | 'quote';
  lines: Line[];
  parts: string[];
  /** Characters of the parts that were link text (Markdown links). */
  linked: number;
  level?: number;
}

const chrome = (rule: string): BlockRemoval => ({ reason: 'chrome', ruleId: `extract:${rule}` });

export function segmentText(source: string, log: MessageLog): SourceBlock[] {
  const lines = splitLines(source);
  const wrap = wrapWidth(lines);
  const blocks: SourceBlock[] = [];
  let pending: Pending | null = null;
  let tableWidth = 0;
  const flush = () => {
    if (pending) blocks.push(pendingBlock(pending, blocks.length === 0));
    pending = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const prev = i > 0 ? lines[i - 1]! : undefined;
    if (line.kind !== 'table' && line.kind !== 'separator') tableWidth = 0;
    if (line.kind === 'text' || line.kind === 'quote') {
      const next = continuePending(pending, prev, line, wrap);
      if (next) {
        pending = next;
        continue;
      }
    }
    if (line.kind === 'rule' && isSetextUnderline(pending, prev, line)) {
      blocks.push(setextHeading(pending!, line));
      blocks.push(ruleBlock(line, 'setext-underline'));
      pending = null;
      continue;
    }
    flush();
    if (line.kind === 'table') tableWidth = pushTableRows(blocks, line, tableWidth, log);
    else if (line.kind === 'separator')
      blocks.push({ ...ruleBlock(line, 'table-separator'), kind: 'table-row', cells: [] });
    else if (line.kind === 'rule') blocks.push(ruleBlock(line, 'horizontal-rule'));
    else if (line.kind === 'md-heading') blocks.push(markdownHeading(line));
    else if (line.kind !== 'blank') pending = startPending(line);
  }
  flush();
  return blocks;
}

function startPending(line: Line): Pending {
  if (line.kind === 'list') {
    const marker = /^\S+\s+/.exec(line.text)![0];
    const { text, linked } = visibleText(line.text.slice(marker.length));
    return { kind: 'list-item', lines: [line], parts: [text], linked, level: 1 + Math.floor(line.indent / 2) };
  }
  const kind = line.kind === 'quote' ? 'quote' : 'paragraph';
  const { text, linked } = visibleText(kind === 'quote' ? line.text.replace(/^>\s?/, '') : line.text);
  return { kind, lines: [line], parts: [text], linked };
}

/** The pending block extended by `line`, or null when `line` starts a new block. */
function continuePending(pending: Pending | null, prev: Line | undefined, line: Line, wrap: number): Pending | null {
  if (!pending || !prev || prev.kind === 'blank') return null;
  const extend = (raw: string): Pending => {
    const { text, linked } = visibleText(raw);
    return {
      ...pending,
      lines: [...pending.lines, line],
      parts: [...pending.parts, text],
      linked: pending.linked + linked,
    };
  };
  if (pending.kind === 'quote') return line.kind === 'quote' ? extend(line.text.replace(/^>\s?/, '')) : null;
  if (line.kind !== 'text') return null;
  if (pending.kind === 'list-item') return line.indent >= 2 && line.indent > prev.indent - 1 ? extend(line.text) : null;
  return joinsParagraph(prev.text, line.text, wrap) ? extend(line.text) : null;
}

/** Whether `next` continues the paragraph whose last line is `prev` (hard-wrapped text). */
function joinsParagraph(prev: string, next: string, wrap: number): boolean {
  if (wrap > 0 && prev.length >= 0.6 * wrap && !/[.!?:;"'”’…]$/.test(prev)) return true;
  if (prev.length < 40 || prev.length > 160) return false;
  if (/[-,]$/.test(prev)) return /^\p{L}/u.test(next);
  return !/[.!?:;"'”’)\]…]$/.test(prev) && /^\p{Ll}/u.test(next);
}

/** The line width of a hard-wrapped capture (most long lines no longer than ~100 characters), else 0. */
function wrapWidth(lines: readonly Line[]): number {
  const lengths = lines
    .filter((l) => l.kind === 'text' && l.text.length >= 40)
    .map((l) => l.text.length)
    .sort((a, b) => a - b);
  if (lengths.length < 4) return 0;
  const p90 = lengths[Math.floor(0.9 * (lengths.length - 1))]!;
  return p90 <= 100 ? p90 : 0;
}

function joinParts(parts: readonly string[]): string {
  let text = '';
  for (const part of parts) {
    if (text === '') text = part;
    else if (/\p{L}-$/u.test(text) && /^\p{Ll}/u.test(part)) text += part;
    else text += ` ${part}`;
  }
  return text.replace(/\s+/g, ' ').trim();
}

function pendingBlock(p: Pending, first: boolean): SourceBlock {
  const start = p.lines[0]!.start;
  const end = p.lines[p.lines.length - 1]!.end;
  const text = joinParts(p.parts);
  let kind: BlockKind = p.kind;
  let level = p.level;
  if (p.kind === 'paragraph' && p.lines.length === 1 && looksLikeHeading(text)) {
    kind = 'heading';
    level = first ? 1 : 2;
  }
  const block: SourceBlock = level === undefined ? { kind, start, end, text } : { kind, start, end, text, level };
  return p.linked > 0 && text.length > 0 ? { ...block, linkDensity: Math.min(1, p.linked / text.length) } : block;
}

/** A short title-shaped line: no final sentence punctuation, not starting lower-case, few words. */
export function looksLikeHeading(text: string): boolean {
  if (text.length === 0 || text.length > 120 || !/\p{L}/u.test(text)) return false;
  const words = text.split(/\s+/).length;
  if (words > 16 || /^\p{Ll}/u.test(text)) return false;
  const core = text.replace(/["'”’)\]]+$/, '');
  if (/[.,;:!…]$/.test(core)) return false;
  if (core.endsWith('?')) return words <= 12 && !/^(?:q|a|question|answer)\s*[:.)]/i.test(text);
  return true;
}

function markdownHeading(line: Line): SourceBlock {
  const hashes = /^#+/.exec(line.text)![0].length;
  const text = visibleText(line.text.slice(hashes).replace(/\s#+$/, '')).text.replace(/\s+/g, ' ').trim();
  return { kind: 'heading', start: line.start, end: line.end, text, level: Math.min(6, hashes) };
}

function isSetextUnderline(pending: Pending | null, prev: Line | undefined, line: Line): boolean {
  return (
    !!pending &&
    pending.kind === 'paragraph' &&
    pending.lines.length === 1 &&
    prev?.kind === 'text' &&
    /^(?:=+|-+)$/.test(line.text) &&
    prev.text.length <= 120
  );
}

function setextHeading(p: Pending, underline: Line): SourceBlock {
  const line = p.lines[0]!;
  return {
    kind: 'heading',
    start: line.start,
    end: line.end,
    text: joinParts(p.parts),
    level: underline.text.startsWith('=') ? 1 : 2,
  };
}

function ruleBlock(line: Line, rule: string): SourceBlock {
  return { kind: 'paragraph', start: line.start, end: line.end, text: line.text, removal: chrome(rule) };
}

/** Pushes the row(s) of a table line; returns the table's width (fixed by its first row). */
function pushTableRows(blocks: SourceBlock[], line: Line, width: number, log: MessageLog): number {
  const cells = parseRowCells(line);
  const tableWidth = width > 0 ? width : contentWidth(cells);
  const rows = splitRunTogether(cells, tableWidth);
  if (rows.length > 1)
    log.info(`split a line holding ${rows.length} table rows`, { ruleId: 'extract:table-row-split' });
  for (const row of rows) {
    const texts = row.map((c) => c.text);
    const whole = rows.length === 1;
    const start = whole || row.length === 0 ? line.start : row[0]!.start;
    const end = whole || row.length === 0 ? line.end : row[row.length - 1]!.end;
    blocks.push({ kind: 'table-row', start, end, text: texts.join(' | '), cells: texts });
  }
  return tableWidth;
}
