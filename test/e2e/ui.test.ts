/**
 * The web UI in a real browser: Debian's Chromium driven by playwright-core against a server on a free
 * loopback port over the demo corpus. Screenshots go to test-results/screenshots (git-ignored).
 * Skipped, with the reason, when Chromium or the built UI (npm run build) is missing.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/server/index.js';
import { defaultWebRoot } from '../../src/server/static.js';
import { demoStore, type Fixture, HOSTILE_PAGE, serve } from '../api/fixture.js';

const CHROMIUM = process.env.TRIANGULATE_CHROMIUM ?? '/usr/bin/chromium';
const SHOTS = join(process.cwd(), 'test-results', 'screenshots');
const missing = !existsSync(CHROMIUM)
  ? `no Chromium at ${CHROMIUM} (apt-get install chromium, or set TRIANGULATE_CHROMIUM)`
  : !existsSync(join(defaultWebRoot(), 'index.html'))
    ? 'the web UI is not built (npm run build)'
    : null;
if (missing) console.warn(`e2e: skipped — ${missing}`);

let fx: Fixture;
let server: RunningServer;
let browser: BrowserContext;
let page: Page;
let profile: string;
const pageErrors: string[] = [];

const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });

describe.skipIf(missing !== null)('e2e: web UI in Chromium', () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    fx = await demoStore();
    server = await serve(fx.store);
    profile = mkdtempSync(join(tmpdir(), 'triangulate-chromium-'));
    browser = await chromium.launchPersistentContext(profile, {
      viewport: { width: 1360, height: 900 },
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = browser.pages()[0] ?? (await browser.newPage());
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(m.text());
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await fx?.cleanup();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('e2e: opens the stories list', async () => {
    await page.goto(`${server.url}/`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Stories');
    await page.getByTestId('story-row').first().waitFor();
    expect(await page.getByTestId('story-row').count()).toBeGreaterThan(0);
    await shot('stories');
  });

  it('e2e: opens a story and a citation shows the cited span in its source', async () => {
    await page.goto(`${server.url}/`);
    const rows = page.getByTestId('story-row');
    await rows.first().waitFor();
    // The story with the most articles has the richest brief.
    const counts = await rows.locator('td.num:nth-of-type(2)').allTextContents();
    const best = counts.map(Number).reduce((bi, v, i, a) => (v > a[bi]! ? i : bi), 0);
    await rows.nth(best).locator('a').first().click();
    const citation = page.getByTestId('citation').first();
    await citation.waitFor();
    await shot('story');
    await citation.click();
    const mark = page.getByTestId('source-pane').locator('mark.cited');
    await mark.first().waitFor();
    expect((await mark.first().textContent())!.length).toBeGreaterThan(0);
    await expect.poll(() => mark.first().isVisible()).toBe(true);
    await shot('story-citation');
  });

  it('e2e: an article shows stored <script> as text and never runs it', async () => {
    await page.goto(`${server.url}/#/articles/${fx.hostileId}`);
    const text = page.getByTestId('article-text');
    await text.waitFor();
    expect(await text.textContent()).toContain('<script>window.__pwned = 1</script>');
    expect(await page.evaluate('typeof window.__pwned')).toBe('undefined');
    expect(await page.locator('main script').count()).toBe(0);
    await shot('article');
  });

  it('e2e: searches', async () => {
    await page.goto(`${server.url}/#/search`);
    await page.locator('input[type=search]').fill('ceasefire');
    await page.locator('input[type=search]').press('Enter');
    await page.getByTestId('search-hit').first().waitFor();
    expect(await page.getByTestId('search-hit').count()).toBeGreaterThan(1);
    expect(await page.locator('.snippet mark').count()).toBeGreaterThan(0);
    await shot('search');
  });

  it('e2e: ingests a file through the page and it appears', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'triangulate-e2e-upload-'));
    const file = join(dir, 'lighthouse-keepers.html');
    writeFileSync(
      file,
      HOSTILE_PAGE.replaceAll('harbour levy', 'lighthouse keepers strike').replace('4 million', '7 million'),
    );
    await page.goto(`${server.url}/#/ingest`);
    await page.getByTestId('file-input').setInputFiles(file);
    await page.getByRole('button', { name: 'Ingest' }).click();
    await page.getByTestId('ingest-done').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('ingest-outcome').first().textContent()).toContain('ingested');
    expect(await page.getByTestId('ingest-progress').getAttribute('value')).toBe('1');
    await shot('ingest');
    await page.getByTestId('ingest-outcome').first().locator('a').click();
    await expect.poll(() => page.locator('h1').textContent()).toContain('lighthouse keepers strike');
    rmSync(dir, { recursive: true, force: true });
  });

  it('e2e: no script errors and no CSP violations on the way', () => {
    expect(pageErrors).toEqual([]);
  });
});
