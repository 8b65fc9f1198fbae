/**
 * @module extract/html/parse
 * HTML string → DOM (domhandler) with source offsets on every node.
 */
import type { Document } from 'domhandler';
import { parseDocument } from 'htmlparser2';

export function parseHtml(source: string): Document {
  return parseDocument(source, { withStartIndices: true, withEndIndices: true, decodeEntities: true });
}
