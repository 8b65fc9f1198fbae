import { mkdir, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { collectSources } from './collect.js';
import type { CollectOptions, IngestItem } from './types.js';

let dir: string;
const HTML =
  '<!doctype html><html><head><title>Talks stall</title></head><body><p>The talks stalled on Tuesday.</p></body></html>';

async function collect(inputs: string[], options: CollectOptions = {}): Promise<IngestItem[]> {
  const items: IngestItem[] = [];
  for await (const item of collectSources(inputs, options)) items.push(item);
  return items;
}

const inputsOf = (items: IngestItem[]) => items.map((item) => (item.ok ? item.capture.input : item.input));
const refusalOf = (item: IngestItem | undefined) => (item && !item.ok ? item : undefined);

async function write(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, content);
  return path;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'triangulate-collect-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('collect: files and directories', () => {
  test('collect: walks a directory recursively in sorted order, skipping hidden entries and node_modules', async () => {
    const root = join(dir, 'tree');
    await write('tree/b.html', HTML);
    await write('tree/a.txt', 'Talks stall\n\nThe talks stalled.');
    await write('tree/sub/c.md', '# Heading\n\nBody text.');
    await write('tree/.hidden.html', HTML);
    await write('tree/.git/x.html', HTML);
    await write('tree/node_modules/y.html', HTML);
    const items = await collect([root]);
    expect(inputsOf(items)).toEqual([join(root, 'a.txt'), join(root, 'b.html'), join(root, 'sub/c.md')]);
    expect(items.map((item) => item.ok && item.capture.kind)).toEqual(['text', 'html', 'text']);
  });

  test('collect: a capture is identified by the hash of its bytes', async () => {
    const one = await write('same-1.html', HTML);
    const two = await write('same-2.htm', HTML);
    const [a, b] = await collect([one, two]);
    expect(a?.ok && b?.ok).toBe(true);
    if (a?.ok && b?.ok) {
      expect(a.capture.id).toBe(b.capture.id);
      expect(a.capture.id).toMatch(/^c_[0-9a-f]{20}$/);
      expect(a.capture.contentHash).toHaveLength(64);
      expect(a.capture.mediaType).toBe('text/html');
    }
  });

  test('collect: a gzipped HTML file is read through', async () => {
    const path = await write('page.html.gz', gzipSync(Buffer.from(HTML)));
    const [item] = await collect([path]);
    expect(item?.ok && Buffer.from(item.capture.bytes).toString()).toBe(HTML);
  });

  test('collect: options.skip is asked before reading each document', async () => {
    const a = await write('skip/a.html', HTML);
    const b = await write('skip/b.html', `${HTML} `);
    const asked: string[] = [];
    const items = await collect([join(dir, 'skip')], {
      skip: async (input) => {
        asked.push(input);
        return input === a;
      },
    });
    expect(asked).toEqual([a, b]);
    expect(inputsOf(items)).toEqual([b]);
  });
});

describe('collect: bad inputs are refused with a reason', () => {
  test('collect: unknown extension, empty file, binary content, missing path', async () => {
    const unknown = await write('bad/photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]));
    const empty = await write('bad/empty.html', '');
    const binary = await write('bad/binary.html', Buffer.from([0x3c, 0x70, 0x3e, 0x00, 0x01, 0x02, 0x00, 0xff]));
    const missing = join(dir, 'bad/missing.html');
    const items = await collect([unknown, empty, binary, missing]);
    expect(items.map((item) => refusalOf(item)?.code)).toEqual([
      'ingest:unknown-extension',
      'ingest:empty',
      'ingest:binary',
      'ingest:unreadable',
    ]);
    expect(refusalOf(items[0])?.reason).toContain('unknown extension ".png"');
    expect(refusalOf(items[2])?.reason).toContain('binary content (NUL bytes)');
    expect(refusalOf(items[3])?.reason).toContain('ENOENT');
  });

  test('collect: a truncated gzip file is refused', async () => {
    const full = gzipSync(Buffer.from(HTML.repeat(50)));
    const path = await write('bad/truncated.html.gz', full.subarray(0, Math.floor(full.length / 2)));
    const [item] = await collect([path]);
    expect(refusalOf(item)).toMatchObject({ input: path, code: 'ingest:truncated' });
    expect(refusalOf(item)?.reason).toContain('truncated or corrupt gzip');
  });

  test('collect: an oversized file is refused before it is read', async () => {
    const path = await write('bad/big.html', `<p>${'x'.repeat(5000)}</p>`);
    const [item] = await collect([path], { maxDocumentBytes: 1000 });
    expect(refusalOf(item)).toMatchObject({ code: 'ingest:too-large' });
  });

  test('collect: a 50 MB page is refused by its size, without being read', async () => {
    const path = join(dir, 'bad/huge.html');
    await writeFile(path, '<p>');
    await truncate(path, 50 * 1024 * 1024);
    const [item] = await collect([path]);
    expect(refusalOf(item)).toMatchObject({ code: 'ingest:too-large' });
    expect(refusalOf(item)?.reason).toContain('file of 50.0 MiB exceeds the 32.0 MiB cap');
  });

  test('collect: a non-http URL scheme is refused', async () => {
    const [item] = await collect(['ftp://example.com/a.html']);
    expect(refusalOf(item)).toMatchObject({ code: 'ingest:scheme' });
  });

  test('collect: an XML file that is not a feed is refused', async () => {
    const path = await write('bad/config.xml', '<?xml version="1.0"?><config><a>1</a></config>');
    const [item] = await collect([path]);
    expect(refusalOf(item)).toMatchObject({ code: 'ingest:not-a-feed' });
  });
});

describe('collect: JSON and JSON Lines records', () => {
  test('collect: a .jsonl file yields one item per line, named #line-N', async () => {
    const lines = [
      JSON.stringify({ url: 'https://news.example/a', html: HTML, fetchedAt: '2025-12-07T10:00:00Z' }),
      '',
      JSON.stringify({ text: 'Body of the story.', title: 'A title' }),
      '{not json',
      JSON.stringify({ url: 'https://news.example/c' }),
    ];
    const path = await write('records.jsonl', lines.join('\n'));
    const items = await collect([path]);
    expect(inputsOf(items)).toEqual([`${path}#line-1`, `${path}#line-3`, `${path}#line-4`, `${path}#line-5`]);
    const [first, second, third, fourth] = items;
    expect(first?.ok && first.capture).toMatchObject({
      kind: 'html',
      url: 'https://news.example/a',
      fetchedAt: '2025-12-07T10:00:00Z',
      declaredCharset: 'utf-8',
    });
    expect(second?.ok && Buffer.from(second.capture.bytes).toString()).toBe('A title\n\nBody of the story.');
    expect(refusalOf(third)?.code).toBe('ingest:bad-json');
    expect(refusalOf(fourth)).toMatchObject({ code: 'ingest:bad-record' });
    expect(refusalOf(fourth)?.reason).toContain('neither "html" nor "text"');
  });

  test('collect: a .json file holds one record or an array', async () => {
    const one = await write('one.json', JSON.stringify({ html: HTML }));
    const many = await write('many.json', JSON.stringify([{ text: 'First.' }, { text: 'Second.' }]));
    const items = await collect([one, many]);
    expect(inputsOf(items)).toEqual([one, `${many}#record-1`, `${many}#record-2`]);
    expect(items.every((item) => item.ok)).toBe(true);
  });

  test('collect: skip is asked per record', async () => {
    const path = await write('skip.jsonl', `${JSON.stringify({ text: 'a' })}\n${JSON.stringify({ text: 'b' })}`);
    const items = await collect([path], { skip: async (input) => input.endsWith('#line-1') });
    expect(inputsOf(items)).toEqual([`${path}#line-2`]);
  });
});

describe('collect: stdin', () => {
  test('collect: "-" reads stdin and sniffs HTML', async () => {
    const [item] = await collect(['-'], { stdin: Readable.from([Buffer.from(HTML)]) });
    expect(item?.ok && item.capture).toMatchObject({ input: 'stdin', kind: 'html', mediaType: 'text/html' });
  });

  test('collect: "-" reads stdin and sniffs plain text', async () => {
    const [item] = await collect(['-'], { stdin: Readable.from(['Headline\n\nSome ', 'plain text.']) });
    expect(item?.ok && item.capture).toMatchObject({ input: 'stdin', kind: 'text' });
  });

  test('collect: empty and binary stdin are refused', async () => {
    const [empty] = await collect(['-'], { stdin: Readable.from([]) });
    expect(refusalOf(empty)?.code).toBe('ingest:empty');
    const [binary] = await collect(['-'], { stdin: Readable.from([Buffer.from([0, 1, 2, 3])]) });
    expect(refusalOf(binary)?.code).toBe('ingest:binary');
  });
});
