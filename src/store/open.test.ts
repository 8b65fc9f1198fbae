import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DB_PATH, storeLocation } from '../config/store.js';
import { dialectFor } from './open.js';

describe('store/open', () => {
  it('open: a postgres URL means PostgreSQL, anything else a SQLite file', () => {
    expect(dialectFor('postgres://u@h:5432/db')).toBe('postgres');
    expect(dialectFor('postgresql://u:p@h/db?sslmode=require')).toBe('postgres');
    expect(dialectFor('POSTGRES://h/db')).toBe('postgres');
    expect(dialectFor('  postgres://h/db')).toBe('postgres');
    expect(dialectFor('data/triangulate.db')).toBe('sqlite');
    expect(dialectFor('/tmp/postgres://odd')).toBe('sqlite');
    expect(dialectFor(':memory:')).toBe('sqlite');
  });

  it('config: DATABASE_URL wins, then TRIANGULATE_DB, then the default file in the current folder', () => {
    expect(storeLocation({ DATABASE_URL: 'postgres://h/db', TRIANGULATE_DB: 'x.db' }, '/w')).toBe('postgres://h/db');
    expect(storeLocation({ TRIANGULATE_DB: 'x.db' }, '/w')).toBe('x.db');
    expect(storeLocation({ DATABASE_URL: '  ', TRIANGULATE_DB: '' }, '/w')).toBe(resolve('/w', DEFAULT_DB_PATH));
    expect(storeLocation({}, '/w')).toBe('/w/.triangulate/triangulate.db');
  });
});
