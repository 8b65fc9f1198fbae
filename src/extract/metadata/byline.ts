/**
 * @module extract/metadata/byline
 * Parses a byline line ("By James Carter, Senior News Editor") into authors with roles.
 */
import type { Author } from '../../core/types.js';

/** The authors named by a byline line, or null when the line is not a byline. */
export function parseByline(_line: string): Author[] | null {
  return null;
}
