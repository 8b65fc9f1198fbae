/**
 * @module extract/html/walk
 * One linear, non-recursive pass over the DOM: numbers the elements in document order (with
 * parent, subtree end, text and link lengths) and cuts the visible text into raw blocks
 * (paragraphs, headings, list items, table rows, quotes, pre, captions) with source offsets.
 */
import type { AnyNode, Element } from 'domhandler';
import type { BlockKind } from '../../core/types.js';
import { collapseRuns, isWhitespace } from '../whitespace.js';
import { BLOCK_TAGS, INVISIBLE_TAGS } from './boilerplate.data.js';
import type { ElementHint } from './hints.js';
import { hintFor, isHidden } from './hints.js';

/** Elements in document (pre-)order; index 0 is a virtual root standing for the document. */
export interface ElementTable {
  readonly tag: string[];
  readonly node: (Element | null)[];
  readonly parent: number[];
  /** Index of the last descendant: the subtree of i is [i, end[i]]. */
  readonly end: number[];
  /** Visible text length (whitespace collapsed) in the subtree. */
  readonly textLen: number[];
  /** Of which inside links. */
  readonly linkLen: number[];
  readonly hint: (ElementHint | undefined)[];
}

export interface RawBlock {
  kind: BlockKind;
  text: string;
  start: number;
  end: number;
  /** The element that owns the block (its innermost block-level or hinted ancestor). */
  owner: number;
  /** True when the block is the whole content of its owner element. */
  whole: boolean;
  linkChars: number;
  level: number | undefined;
  cells: string[] | undefined;
}

interface OwnerFrame {
  el: number;
  flushes: number;
}
interface RowFrame {
  blocksAt: number;
  cells: string[];
  simple: boolean;
  el: number;
}
interface CellFrame {
  blocksAt: number;
}

/** The level of a heading tag ("h1"…"h6"), else 0: as /^h([1-6])$/, without a regex. */
function headingLevel(tag: string): number {
  if (tag.length !== 2 || tag.charCodeAt(0) !== 104) return 0;
  const d = tag.charCodeAt(1) - 48;
  return d >= 1 && d <= 6 ? d : 0;
}

/** Whether `s` is whitespace only (empty included). */
function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isWhitespace(s.charCodeAt(i))) return false;
  return true;
}

/** Length of an already collapsed string once trimmed (only a single leading and trailing " " can go). */
function trimmedLength(c: string): number {
  const n = c.length;
  if (n === 0) return 0;
  let v = n;
  if (c.charCodeAt(0) === 32) v--;
  if (n > 1 && c.charCodeAt(n - 1) === 32) v--;
  return v;
}

/** Mutable state of the walk. */
class Walker {
  readonly table: ElementTable = {
    tag: ['#root'],
    node: [null],
    parent: [-1],
    end: [0],
    textLen: [0],
    linkLen: [0],
    hint: [undefined],
  };
  readonly blocks: RawBlock[] = [];
  /** The text of the document's first <title>, if any. */
  title = '';
  private readonly owners: OwnerFrame[] = [{ el: 0, flushes: 0 }];
  private readonly rows: RowFrame[] = [];
  private readonly cells: CellFrame[] = [];
  private readonly open: number[] = [0];
  private parts: string[] = [];
  private runStart = -1;
  private runEnd = -1;
  private runLink = 0;
  private lastBr = false;
  private inPre = 0;
  private inLink = 0;
  private inQuote = 0;
  private inLi = 0;
  private listDepth = 0;
  private inCaption = 0;
  private headings: number[] = [];
  private headingEls: number[] = [];

  enter(el: Element): boolean {
    const tag = el.name.toLowerCase();
    if (tag === 'title' && this.title === '') this.title = titleText(el);
    if (INVISIBLE_TAGS.has(tag) || isHidden(el)) return false;
    const t = this.table;
    const idx = t.tag.length;
    const parent = this.open[this.open.length - 1] ?? 0;
    t.tag.push(tag);
    t.node.push(el);
    t.parent.push(parent);
    t.end.push(idx);
    t.textLen.push(0);
    t.linkLen.push(0);
    const hint = hintFor(el, tag);
    t.hint.push(hint);
    this.open.push(idx);
    if (tag === 'br') {
      this.onBr();
      return true;
    }
    const block = BLOCK_TAGS.has(tag) || hint !== undefined;
    if (block) {
      this.flush(false);
      this.owners.push({ el: idx, flushes: 0 });
    }
    this.enterContext(tag, idx);
    return true;
  }

  private enterContext(tag: string, idx: number): void {
    const h = headingLevel(tag);
    if (h > 0) {
      this.headings.push(h);
      this.headingEls.push(idx);
    } else if (tag === 'a') this.inLink++;
    else if (tag === 'pre' || tag === 'xmp' || tag === 'listing' || tag === 'plaintext') this.inPre++;
    else if (tag === 'blockquote') this.inQuote++;
    else if (tag === 'li' || tag === 'dd' || tag === 'dt') this.inLi++;
    else if (tag === 'ul' || tag === 'ol' || tag === 'dl' || tag === 'menu') this.listDepth++;
    else if (tag === 'figcaption' || tag === 'caption' || tag === 'figure') this.inCaption++;
    else if (tag === 'tr') this.rows.push({ blocksAt: this.blocks.length, cells: [], simple: true, el: idx });
    else if (tag === 'td' || tag === 'th') this.cells.push({ blocksAt: this.blocks.length });
  }

  exit(): void {
    const idx = this.open.pop() ?? 0;
    const t = this.table;
    const tag = t.tag[idx] ?? '';
    const parent = t.parent[idx] ?? 0;
    t.end[parent] = Math.max(t.end[parent] ?? 0, t.end[idx] ?? idx);
    t.textLen[parent] = (t.textLen[parent] ?? 0) + (t.textLen[idx] ?? 0);
    t.linkLen[parent] = (t.linkLen[parent] ?? 0) + (t.linkLen[idx] ?? 0);
    if (tag === 'br') return;
    const top = this.owners[this.owners.length - 1];
    if (top && top.el === idx) {
      this.flush(true);
      this.owners.pop();
    }
    this.exitContext(tag, idx);
  }

  private exitContext(tag: string, idx: number): void {
    if (headingLevel(tag) > 0) {
      this.headings.pop();
      this.headingEls.pop();
    } else if (tag === 'a') this.inLink--;
    else if (tag === 'pre' || tag === 'xmp' || tag === 'listing' || tag === 'plaintext') this.inPre--;
    else if (tag === 'blockquote') this.inQuote--;
    else if (tag === 'li' || tag === 'dd' || tag === 'dt') this.inLi--;
    else if (tag === 'ul' || tag === 'ol' || tag === 'dl' || tag === 'menu') this.listDepth--;
    else if (tag === 'figcaption' || tag === 'caption' || tag === 'figure') this.inCaption--;
    else if (tag === 'td' || tag === 'th') this.closeCell();
    else if (tag === 'tr') this.closeRow(idx);
  }

  private closeCell(): void {
    const cell = this.cells.pop();
    const row = this.rows[this.rows.length - 1];
    if (!cell || !row) return;
    const made = this.blocks.length - cell.blocksAt;
    if (made > 1) row.simple = false;
    else row.cells.push(made === 1 ? (this.blocks[this.blocks.length - 1]?.text ?? '') : '');
  }

  private closeRow(idx: number): void {
    const row = this.rows.pop();
    if (!row?.simple || row.cells.length < 2) return;
    const made = this.blocks.splice(row.blocksAt);
    if (made.length === 0) return;
    const el = this.table.node[idx];
    const text = row.cells.filter((c) => c !== '').join(' | ');
    const linkChars = made.reduce((n, b) => n + b.linkChars, 0);
    this.blocks.push({
      kind: 'table-row',
      text,
      cells: row.cells,
      owner: idx,
      whole: true,
      linkChars,
      level: undefined,
      start: el?.startIndex ?? made[0]!.start,
      end: el?.endIndex != null ? el.endIndex + 1 : made[made.length - 1]!.end,
    });
  }

  text(data: string, start: number, end: number): void {
    const el = this.open[this.open.length - 1] ?? 0;
    let collapsed: string, visible: number;
    if (this.inPre > 0) {
      collapsed = data;
      visible = data.trim().length;
    } else {
      if (this.parts.length === 0 && isBlank(data)) return;
      collapsed = collapseRuns(data);
      visible = trimmedLength(collapsed);
    }
    if (visible === 0 && this.parts.length === 0) return;
    if (visible > 0) this.lastBr = false;
    this.parts.push(collapsed);
    if (this.runStart < 0) this.runStart = start;
    this.runEnd = end;
    this.table.textLen[el] = (this.table.textLen[el] ?? 0) + visible;
    if (this.inLink > 0) {
      this.runLink += visible;
      this.table.linkLen[el] = (this.table.linkLen[el] ?? 0) + visible;
    }
  }

  private onBr(): void {
    if (this.lastBr && this.parts.length > 0) {
      this.flush(false);
      return;
    }
    if (this.parts.length > 0) {
      this.parts.push(this.inPre > 0 ? '\n' : ' ');
      this.lastBr = true;
    }
  }

  private kind(): { kind: BlockKind; level: number | undefined } {
    if (this.inPre > 0) return { kind: 'preformatted', level: undefined };
    const h = this.headings[this.headings.length - 1];
    // A heading is only a heading when no block element sits between it and the text (broken
    // markup sometimes wraps whole articles in an unclosed <h2>).
    const owner = this.owners[this.owners.length - 1]?.el;
    if (h !== undefined && owner === this.headingEls[this.headingEls.length - 1]) return { kind: 'heading', level: h };
    if (this.inCaption > 0) return { kind: 'caption', level: undefined };
    if (this.inLi > 0) return { kind: 'list-item', level: Math.max(1, this.listDepth) };
    if (this.inQuote > 0) return { kind: 'quote', level: undefined };
    return { kind: 'paragraph', level: undefined };
  }

  flush(atOwnerEnd: boolean): void {
    if (this.parts.length === 0) return;
    const frame = this.owners[this.owners.length - 1] ?? { el: 0, flushes: 0 };
    const parts = this.parts;
    this.parts = [];
    this.lastBr = false;
    let start = this.runStart,
      end = this.runEnd;
    const linkChars = this.runLink;
    this.runStart = -1;
    this.runEnd = -1;
    this.runLink = 0;
    const raw = parts.length === 1 ? parts[0]! : parts.join('');
    const text = this.inPre > 0 ? raw.replace(/^\s*\n|\s+$/g, '') : collapse(raw);
    if (text === '') return;
    const whole = atOwnerEnd && frame.flushes === 0;
    frame.flushes++;
    const el = this.table.node[frame.el];
    if (whole && el && el.endIndex != null) {
      start = el.startIndex ?? start;
      end = el.endIndex + 1;
    }
    const { kind, level } = this.kind();
    this.blocks.push({ kind, text, start, end, owner: frame.el, whole, linkChars, level, cells: undefined });
  }
}

function titleText(el: Element): string {
  let out = '';
  for (const c of el.children) if (c.type === 'text') out += (c as unknown as { data: string }).data;
  return out.replace(/\s+/g, ' ').trim();
}

/** Collapses runs of whitespace (parts are already collapsed, so only joins and ends remain). */
function collapse(s: string): string {
  const t = s.trim();
  return t.includes('  ') ? t.replace(/ {2,}/g, ' ') : t;
}

/** Walks the document iteratively (an explicit stack of open elements, so any nesting depth is safe). */
export function walkDocument(root: AnyNode): { table: ElementTable; blocks: RawBlock[]; title: string } {
  const w = new Walker();
  // One frame per open node: its children, the next child's index, and whether closing it exits an element.
  const kidsStack: AnyNode[][] = [[root]];
  const indexStack: number[] = [0];
  const exitStack: boolean[] = [false];
  while (kidsStack.length > 0) {
    const top = kidsStack.length - 1;
    const kids = kidsStack[top]!;
    const index = indexStack[top]!;
    if (index >= kids.length) {
      kidsStack.pop();
      indexStack.pop();
      if (exitStack.pop()) w.exit();
      continue;
    }
    indexStack[top] = index + 1;
    const node = kids[index];
    if (!node) continue;
    if (node.type === 'text') {
      const t = node as unknown as { data: string; startIndex: number | null; endIndex: number | null };
      w.text(t.data, t.startIndex ?? 0, (t.endIndex ?? 0) + 1);
      continue;
    }
    const children = (node as { children?: AnyNode[] }).children;
    if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
      if (!w.enter(node as Element)) continue;
      kidsStack.push(children ?? []);
      indexStack.push(0);
      exitStack.push(true);
      continue;
    }
    if (node.type !== 'root' && node.type !== 'cdata') continue;
    if (!children) continue;
    kidsStack.push(children);
    indexStack.push(0);
    exitStack.push(false);
  }
  w.flush(true);
  return { table: w.table, blocks: w.blocks, title: w.title };
}
