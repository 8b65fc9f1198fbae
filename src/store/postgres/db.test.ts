import { describe, expect, it } from 'vitest';
import { redactUrl, toPositional } from './db.js';

describe('store/postgres/db', () => {
  it('postgres-db: numbers ? placeholders, skipping literals, identifiers and comments', () => {
    expect(toPositional('SELECT a FROM t WHERE b = ? AND c IN (?, ?)')).toBe(
      'SELECT a FROM t WHERE b = $1 AND c IN ($2, $3)',
    );
    expect(toPositional(`SELECT '?', "we?rd", 'it''s ?' FROM t WHERE x = ? -- why?\nAND y = ?`)).toBe(
      `SELECT '?', "we?rd", 'it''s ?' FROM t WHERE x = $1 -- why?\nAND y = $2`,
    );
  });

  it('postgres-db: hides the password of a URL in messages', () => {
    expect(redactUrl('postgres://user:secret@db.example:5432/x')).toBe('postgres://user:***@db.example:5432/x');
    expect(redactUrl('postgres://user@db.example/x')).toBe('postgres://user@db.example/x');
  });
});
