/**
 * Test helpers shared by the CLI and pipeline tests: an in-memory Io, temp dirs, small pages.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import type { Io } from '../src/cli/output.js';

export interface MemoryIo extends Io {
  out(): string;
  err(): string;
}

export function memoryIo(stdinText = ''): MemoryIo {
  let out = '';
  let err = '';
  const stdout = new Writable({
    write(chunk, _enc, cb) {
      out += String(chunk);
      cb();
    },
  });
  const stderr = new Writable({
    write(chunk, _enc, cb) {
      err += String(chunk);
      cb();
    },
  });
  const stdin = new PassThrough();
  stdin.end(stdinText);
  return { stdout, stderr, stdin, out: () => out, err: () => err };
}

export function tempDir(prefix = 'triangulate-test-'): { path: string; cleanup(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, cleanup: () => rmSync(path, { recursive: true, force: true }) };
}

/** A small but complete news page, invented for tests. */
export function newsPage(n: number, extra = ''): string {
  return `<!doctype html><html lang="en"><head><title>Harbour board approves plan ${n} | Coastline Daily</title>
<meta property="og:site_name" content="Coastline Daily"><meta property="article:published_time" content="2025-03-0${(n % 9) + 1}T08:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Harbour board approves plan ${n}</h1><p class="byline">By Ana Ruiz</p>
<p>The harbour board of the city approved expansion plan number ${n} on Monday after a three-hour session, the chair told reporters outside the hall.</p>
<p>Under the plan, the eastern quay will be lengthened by ${n * 10} metres and two new cranes will be installed before the end of the year, according to documents seen by this newspaper.</p>
<p>Local fishing cooperatives said they had not been consulted and would appeal the decision, arguing that the works would close their moorings for most of the season.</p>${extra}
</article><footer>© 2025 Coastline Daily · <a href="/privacy">Privacy</a></footer></body></html>`;
}
