/**
 * Shared fixture of the API and browser tests: a temporary SQLite store filled from the demo corpus
 * (plus an article whose text holds a `<script>`), stories computed when the stories stage exists, and a
 * server on a free loopback port.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestInputs } from '../../src/pipeline/ingest.js';
import { runStories } from '../../src/pipeline/stories.js';
import { type RunningServer, type ServerOptions, startServer } from '../../src/server/index.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';

export const DEMO_DIR = fileURLToPath(new URL('../../examples/demo/', import.meta.url));

/** A page whose text carries markup that must be shown as text, never run. */
export const HOSTILE_PAGE = `<!doctype html><html lang="en"><head><title>Council vote on the harbour levy | Coastline Daily</title>
<meta property="og:site_name" content="Coastline Daily"><meta property="article:published_time" content="2025-03-04T08:00:00Z"></head>
<body><article><h1>Council vote on the harbour levy</h1>
<p>The council approved the harbour levy on Tuesday after a long debate about the budget of the port authority.</p>
<p>A protester held a sign that read &lt;script&gt;window.__pwned = 1&lt;/script&gt; outside the hall during the vote.</p>
<p>The levy will raise 4 million euros a year for repairs to the eastern quay, the finance committee said.</p>
</article></body></html>`;

export interface Fixture {
  readonly store: Store;
  readonly dir: string;
  readonly hostileId: string;
  cleanup(): Promise<void>;
}

export async function demoStore(): Promise<Fixture> {
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-api-'));
  const store = await openStore(join(dir, 'store.db'));
  const hostilePath = join(dir, 'hostile.html');
  writeFileSync(hostilePath, HOSTILE_PAGE);
  const now = new Date('2026-12-31T00:00:00Z'); // after the demo corpus's dates (November 2026)
  await ingestInputs(store, [DEMO_DIR], { now });
  const summary = await ingestInputs(store, [hostilePath], { now });
  const hostile = summary.outcomes.find((o) => o.status === 'ingested');
  if (hostile?.status !== 'ingested') throw new Error('hostile page was not ingested');
  await runStories(store);
  return {
    store,
    dir,
    hostileId: hostile.articleId,
    async cleanup() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function serve(store: Store, options: ServerOptions = {}): Promise<RunningServer> {
  return startServer(store, { port: 0, onError: () => {}, ...options });
}
