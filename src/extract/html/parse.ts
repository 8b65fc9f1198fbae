/**
 * @module extract/html/parse
 * HTML string → DOM (domhandler) with source offsets on every node.
 * Nesting is capped at MAX_DEPTH: htmlparser2 keeps its open-element stack in an array that it
 * shifts and unshifts, so a pathological 100k-deep page would cost quadratic time. Tags opened
 * beyond the cap (and their matching end tags) are dropped; their text joins the deepest element.
 */
import type { Document } from 'domhandler';
import { DomHandler } from 'domhandler';
import { Parser } from 'htmlparser2';

/** Deeper than any real page; bounds the parser's per-tag stack work. */
export const MAX_DEPTH = 1500;

/** The parser internals the depth cap hooks into (htmlparser2 12). */
interface ParserInternals {
  stack: string[];
  tagname: string;
  startIndex: number;
  endIndex: number;
  openTagStart: number;
  emitOpenTag(name: string): void;
  onclosetag(start: number, endIndex: number): void;
  readTagName(start: number, endIndex: number): string;
  isVoidElement(name: string): boolean;
}

export function parseHtml(source: string): Document {
  const options = { withStartIndices: true, withEndIndices: true, decodeEntities: true };
  const handler = new DomHandler(undefined, options);
  const parser = new Parser(handler, options);
  capDepth(parser as unknown as ParserInternals);
  parser.end(source);
  return handler.root;
}

function capDepth(p: ParserInternals): void {
  if (typeof p.emitOpenTag !== 'function' || typeof p.onclosetag !== 'function' || !Array.isArray(p.stack)) return;
  const emit = p.emitOpenTag.bind(p);
  const close = p.onclosetag.bind(p);
  const dropped = new Map<string, number>();
  p.emitOpenTag = (name: string) => {
    if (p.stack.length >= MAX_DEPTH && !p.isVoidElement(name)) {
      p.openTagStart = p.startIndex;
      p.tagname = '';
      dropped.set(name, (dropped.get(name) ?? 0) + 1);
      return;
    }
    emit(name);
  };
  p.onclosetag = (start: number, endIndex: number) => {
    if (dropped.size > 0) {
      const name = p.readTagName(start, endIndex);
      const n = dropped.get(name);
      if (n !== undefined) {
        if (n <= 1) dropped.delete(name);
        else dropped.set(name, n - 1);
        p.endIndex = endIndex;
        p.startIndex = endIndex + 1;
        return;
      }
    }
    close(start, endIndex);
  };
}
