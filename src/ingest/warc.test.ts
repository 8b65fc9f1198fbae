import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { collectSources } from './collect.js';
import type { IngestItem } from './types.js';
import { parseWarc } from './warc.js';

let dir: string;
const PAGE =
  '<!doctype html><html><head><title>Ceasefire</title></head><body><p>A ceasefire was agreed.</p></body></html>';

function warcRecord(type: string, headers: Record<string, string>, block: Uint8Array | string): Buffer {
  const body = typeof block === 'string' ? Buffer.from(block) : Buffer.from(block);
  const lines = [
    'WARC/1.1',
    `WARC-Type: ${type}`,
    ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
    `Content-Length: ${body.length}`,
  ];
  return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`), body, Buffer.from('\r\n\r\n')]);
}

function httpResponse(status: string, headers: Record<string, string>, body: Uint8Array | string): Buffer {
  const head = [`HTTP/1.1 ${status}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)].join('\r\n');
  return Buffer.concat([
    Buffer.from(`${head}\r\n\r\n`),
    typeof body === 'string' ? Buffer.from(body) : Buffer.from(body),
  ]);
}

function chunked(data: Buffer, size: number): Buffer {
  const parts: Buffer[] = [];
  for (let i = 0; i < data.length; i += size) {
    const chunk = data.subarray(i, i + size);
    parts.push(Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from('0\r\n\r\n'));
  return Buffer.concat(parts);
}

function response(uri: string, http: Buffer, date = '2025-12-07T10:15:00Z'): Buffer {
  return warcRecord(
    'response',
    { 'WARC-Target-URI': uri, 'WARC-Date': date, 'Content-Type': 'application/http; msgtype=response' },
    http,
  );
}

/** The test archive: one record of each interesting kind. */
function records(): Buffer[] {
  const cyrillic = iconv.encode(
    '<html><body><p>Переговоры зашли в тупик, заявил Песков журналистам.</p></body></html>',
    'windows-1251',
  );
  return [
    warcRecord('warcinfo', { 'Content-Type': 'application/warc-fields' }, 'software: test\r\n'),
    warcRecord('request', { 'WARC-Target-URI': 'https://a.example/1' }, 'GET /1 HTTP/1.1\r\n\r\n'),
    response('https://a.example/1', httpResponse('200 OK', { 'Content-Type': 'text/html; charset=utf-8' }, PAGE)),
    response(
      'https://a.example/2',
      httpResponse(
        '200 OK',
        { 'Content-Type': 'text/html', 'Transfer-Encoding': 'chunked', 'Content-Encoding': 'gzip' },
        chunked(gzipSync(Buffer.from(PAGE.replace('agreed', 'signed'))), 17),
      ),
    ),
    response('https://a.example/3', httpResponse('404 Not Found', { 'Content-Type': 'text/html' }, 'gone')),
    response('https://a.example/4.png', httpResponse('200 OK', { 'Content-Type': 'image/png' }, 'PNG')),
    response(
      'https://a.example/5',
      httpResponse('200 OK', { 'Content-Type': 'text/html; charset=windows-1251' }, cyrillic),
    ),
    warcRecord(
      'resource',
      { 'WARC-Target-URI': 'file:///notes.txt', 'WARC-Date': '2025-12-08T00:00:00Z', 'Content-Type': 'text/plain' },
      'Plain notes.',
    ),
  ];
}

async function collect(path: string): Promise<IngestItem[]> {
  const items: IngestItem[] = [];
  for await (const item of collectSources([path])) items.push(item);
  return items;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'triangulate-warc-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('warc: archives', () => {
  test('warc: a gzip-per-record .warc.gz yields 2xx HTML/text records and refuses the rest', async () => {
    const path = join(dir, 'archive.warc.gz');
    await writeFile(path, Buffer.concat(records().map((record) => gzipSync(record))));
    const items = await collect(path);
    const summary = items.map((item) => (item.ok ? [item.capture.input, 'ok'] : [item.input, item.code]));
    expect(summary).toEqual([
      [`${path}#record-3`, 'ok'],
      [`${path}#record-4`, 'ok'],
      [`${path}#record-5`, 'ingest:http-status'],
      [`${path}#record-6`, 'ingest:media-type'],
      [`${path}#record-7`, 'ok'],
      [`${path}#record-8`, 'ok'],
    ]);
    const [first, second, , , fifth, sixth] = items;
    expect(first?.ok && first.capture).toMatchObject({
      url: 'https://a.example/1',
      fetchedAt: '2025-12-07T10:15:00Z',
      kind: 'html',
      mediaType: 'text/html',
      declaredCharset: 'utf-8',
    });
    expect(first?.ok && Buffer.from(first.capture.bytes).toString()).toBe(PAGE);
    expect(second?.ok && Buffer.from(second.capture.bytes).toString()).toBe(PAGE.replace('agreed', 'signed'));
    expect(fifth?.ok && fifth.capture.declaredCharset).toBe('windows-1251');
    expect(sixth?.ok && sixth.capture).toMatchObject({
      kind: 'text',
      url: 'file:///notes.txt',
      fetchedAt: '2025-12-08T00:00:00Z',
    });
  });

  test('warc: an uncompressed .warc is read too', async () => {
    const path = join(dir, 'plain.warc');
    await writeFile(path, Buffer.concat(records()));
    const items = await collect(path);
    expect(items.filter((item) => item.ok)).toHaveLength(4);
  });

  test('warc: a truncated .warc.gz keeps the records before the damage and refuses the rest', async () => {
    const path = join(dir, 'truncated.warc.gz');
    const whole = Buffer.concat(records().map((record) => gzipSync(record)));
    await writeFile(path, whole.subarray(0, whole.length - 40));
    const items = await collect(path);
    expect(items.filter((item) => item.ok).length).toBeGreaterThanOrEqual(3);
    const last = items.at(-1);
    expect(last && !last.ok && last).toMatchObject({ input: path, code: 'ingest:truncated' });
    expect(last && !last.ok && last.reason).toMatch(/truncated or corrupt gzip/);
  });

  test('warc: skip is asked per record', async () => {
    const path = join(dir, 'skip.warc.gz');
    await writeFile(path, Buffer.concat(records().map((record) => gzipSync(record))));
    const items: IngestItem[] = [];
    for await (const item of collectSources([path], { skip: async (input) => !input.endsWith('#record-8') }))
      items.push(item);
    expect(items.map((item) => item.ok && item.capture.input)).toEqual([`${path}#record-8`]);
  });

  test('warc: parseWarc reports a block shorter than its Content-Length', () => {
    const record = warcRecord('resource', { 'Content-Type': 'text/plain' }, 'hello world');
    const parsed = parseWarc(record.subarray(0, record.length - 10));
    expect(parsed.records).toHaveLength(0);
    expect(parsed.error).toContain('truncated block');
  });
});
