/**
 * Issue 2, item 9: bad input gets a clear error naming the input, or an empty article with a
 * reason — never a crash or a hang — through the real CLI.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { memoryIo, newsPage, tempDir } from './helpers.js';

interface Line {
  input: string;
  error?: string;
  code?: string;
  text?: string;
  title?: string | null;
}

async function extractLines(paths: string[]): Promise<{ code: number; lines: Line[] }> {
  const io = memoryIo();
  const code = await main(['extract', ...paths, '--jsonl'], io);
  return {
    code,
    lines: io
      .out()
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Line),
  };
}

describe('bad input', () => {
  let dir: ReturnType<typeof tempDir>;
  const file = (name: string, data: string | Uint8Array) => {
    const path = join(dir.path, name);
    writeFileSync(path, data);
    return path;
  };
  beforeAll(() => {
    dir = tempDir();
  });
  afterAll(() => dir.cleanup());

  it('bad input: empty, binary and truncated-gzip files are refused with a reason naming the file', async () => {
    const empty = file('empty.html', '');
    const binary = file('binary.html', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0, 0, 4]));
    const gz = gzipSync(Buffer.from(newsPage(1)));
    const truncated = file('truncated.html.gz', gz.subarray(0, Math.floor(gz.length / 2)));
    const { code, lines } = await extractLines([empty, binary, truncated]);
    expect(code).toBe(1);
    expect(lines).toHaveLength(3);
    for (const [line, path] of [
      [lines[0], empty],
      [lines[1], binary],
      [lines[2], truncated],
    ] as const) {
      expect(line?.input).toBe(path);
      expect(line?.error).toContain(path);
      expect(line?.code).toMatch(/^ingest:/);
    }
  });

  it('bad input: a 50 MB page is refused or extracted, without a crash', async () => {
    const filler = '<div><p>Filler paragraph with ordinary words that repeat to make a very large page.</p></div>\n';
    const big = file(
      'big.html',
      `<html><body>${filler.repeat(Math.ceil((50 * 1024 * 1024) / filler.length))}</body></html>`,
    );
    const { lines } = await extractLines([big]);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.input).toBe(big);
    expect(lines[0]?.error ?? lines[0]?.text).toBeDefined();
  }, 120_000);

  it('bad input: 100k-deep nesting does not overflow the stack', async () => {
    const depth = 100_000;
    const deep = file(
      'deep.html',
      `<html><body>${'<div>'.repeat(depth)}<p>Deep inside the page there is one sentence of reporting that matters.</p>${'</div>'.repeat(depth)}</body></html>`,
    );
    const { lines } = await extractLines([deep]);
    expect(lines[0]?.error).toBeUndefined();
    expect(typeof lines[0]?.text).toBe('string');
  }, 60_000);

  it('bad input: invalid UTF-8 and a wrong declared charset still give readable text', async () => {
    const page = newsPage(3).replaceAll('Harbour board approves plan 3', 'Совет гавани одобрил план');
    const invalid = Buffer.concat([
      Buffer.from(page.slice(0, 400)),
      Buffer.from([0xff, 0xfe, 0xc3]),
      Buffer.from(page.slice(400)),
    ]);
    const wrongCharset = iconv.encode(page.replace('<head>', '<head><meta charset="utf-8">'), 'windows-1251');
    const { lines } = await extractLines([file('invalid.html', invalid), file('wrong-charset.html', wrongCharset)]);
    expect(lines[0]?.error).toBeUndefined();
    expect(lines[0]?.text).toContain('expansion plan number 3');
    expect(lines[1]?.error).toBeUndefined();
    expect(`${lines[1]?.title} ${lines[1]?.text}`).toContain('Совет гавани одобрил план');
  });

  it('bad input: a page with no article gives an empty article, not an error', async () => {
    const nav = file(
      'nav-only.html',
      '<html><body><nav><a href="/a">Home</a> <a href="/b">World</a></nav><footer>© Example</footer></body></html>',
    );
    const { lines } = await extractLines([nav]);
    expect(lines[0]?.error).toBeUndefined();
    expect(lines[0]?.text).toBe('');
  });
});
