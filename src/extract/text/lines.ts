/**
 * @module extract/text/lines
 * A plain-text capture cut into lines with offsets, each classified by its shape: blank, table row,
 * table separator, horizontal rule, list item, block quote, markdown heading, or plain text.
 */

export type LineKind = 'blank' | 'table' | 'separator' | 'rule' | 'list' | 'quote' | 'md-heading' | 'text';

export interface Line {
  /** Offset of the first non-space character (or of the line start when blank). */
  readonly start: number;
  /** Offset just after the last non-space character. */
  readonly end: number;
  /** The line's text between `start` and `end`. */
  readonly text: string;
  /** Leading whitespace width (tabs count 4). */
  readonly indent: number;
  kind: LineKind;
}

const SEPARATOR = /^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?(?:\s*\|)*$/;
const RULE = /^(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,}|(?:=\s*){3,}|[─━═~]{3,})$/;
const LIST = /^(?:[-*•·▪◦‣–+]|\d{1,3}[.)]|[a-z][.)])\s+\S/;
const MD_HEADING = /^#{1,6}\s+\S/;

/** Splits `source` into lines (\n, \r\n or \r) and classifies each. */
export function splitLines(source: string): Line[] {
  const lines: Line[] = [];
  const breaks = /\r\n|\n|\r|\u2028|\u2029/g;
  let lineStart = 0;
  for (;;) {
    const m = breaks.exec(source);
    const lineEnd = m ? m.index : source.length;
    lines.push(makeLine(source, lineStart, lineEnd));
    if (!m) break;
    lineStart = m.index + m[0].length;
  }
  markPlainTables(lines);
  return lines;
}

function makeLine(source: string, from: number, to: number): Line {
  let start = from;
  let indent = 0;
  while (start < to && /\s/.test(source[start]!)) {
    indent += source[start] === '\t' ? 4 : 1;
    start++;
  }
  let end = to;
  while (end > start && /\s/.test(source[end - 1]!)) end--;
  const text = source.slice(start, end);
  return { start: start === end ? from : start, end: start === end ? from : end, text, indent, kind: classify(text) };
}

function classify(text: string): LineKind {
  if (text === '') return 'blank';
  if (text.includes('-') && SEPARATOR.test(text) && text.includes('|')) return 'separator';
  if (RULE.test(text)) return 'rule';
  if (text.startsWith('|') && text.length > 1) return 'table';
  if (MD_HEADING.test(text)) return 'md-heading';
  if (/^>\s?/.test(text)) return 'quote';
  if (LIST.test(text)) return 'list';
  return 'text';
}

/**
 * Rows without a leading pipe ("a | b | c") count as table rows when at least two consecutive lines have the
 * same number (≥ 2) of short pipe-separated cells.
 */
function markPlainTables(lines: Line[]): void {
  const cellCount = (l: Line) => {
    if (l.kind !== 'text' || !l.text.includes(' | ')) return 0;
    const cells = l.text.split('|');
    return cells.every((c) => c.trim().length <= 80) ? cells.length : 0;
  };
  for (let i = 0; i < lines.length; i++) {
    const n = cellCount(lines[i]!);
    if (n < 2) continue;
    let j = i + 1;
    let rows = 1;
    while (j < lines.length && (lines[j]!.kind === 'separator' || cellCount(lines[j]!) === n)) {
      if (lines[j]!.kind !== 'separator') rows++;
      j++;
    }
    if (rows >= 2) for (let k = i; k < j; k++) if (lines[k]!.kind === 'text') lines[k]!.kind = 'table';
    i = j - 1;
  }
}
