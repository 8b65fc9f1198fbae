/**
 * @module store/cursor
 * Opaque keyset-pagination cursors: base64url of the last row's sort key and id. Clients pass
 * them back unchanged; anything else is refused as a user error.
 */
import { UserError } from '../core/errors.js';

export interface CursorPosition {
  /** The sort key of the last row returned (see rows.ts `publishedKey`). */
  readonly key: string;
  readonly id: string;
}

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.key, position.id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): CursorPosition {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string') {
      return { key: value[0], id: value[1] };
    }
  } catch {
    // fall through to the error below
  }
  throw new UserError('invalid page cursor: pass back the nextCursor of a previous page unchanged', {
    code: 'store:invalid-cursor',
  });
}
