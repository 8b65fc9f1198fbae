/**
 * verify on the invented demo corpus (examples/demo, see examples/README.md), read and extracted at run time.
 * The three copies of the Crossline ceasefire story are one origin; every other page is its own origin.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../analyze/index.js';
import { MessageLog } from '../core/message.js';
import { extractArticle } from '../extract/index.js';
import { makeCapture } from '../ingest/capture.js';
import type { Finding, VerifyArticle } from './types.js';
import { verifyStory } from './verify.js';

const DEMO = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples', 'demo');
const NOW = new Date('2026-11-29T12:00:00Z');
const WIRE = [
  'crossline-ceasefire-signed.html',
  'sarnvalleypost-ceasefire-signed-wire.html',
  'globebrief-port-calder-truce-deal.html',
];
const CEASEFIRE = [
  ...WIRE,
  'harbourcourier-ceasefire-accord-analysis.html',
  'meridia-mfa-press-release-port-calder-accord.html',
  'newshive-sarn-ceasefire-collapses.html',
  'quickdigest-ceasefire-what-it-means.txt',
  'worldpulse-truce-five-things-to-know.txt',
];
const QUAKE = [
  'harbourcourier-quake-brenno-rescue-night.html',
  'crossline-quake-toll-rises-112.html',
  'halvikherald-brenno-shelters-fill.html',
  'tagesblick-erdbeben-estmark-brenno.html',
  'quickdigest-quake-toll-127.txt',
  'estmark-civilprotection-situation-report-5.txt',
];

function load(file: string): VerifyArticle {
  const kind = file.endsWith('.html') ? 'html' : 'text';
  const capture = makeCapture({ bytes: new Uint8Array(readFileSync(join(DEMO, file))), kind, input: file });
  const { article } = extractArticle(capture, { log: new MessageLog('extract'), now: NOW });
  const analysis = analyzeArticle(article, { log: new MessageLog('analyze'), now: NOW });
  const originId = WIRE.includes(file) ? 'o_crossline_wire' : `o_${file}`;
  return { article, analysis, originId, outlet: article.meta.outlet?.value ?? file };
}

function verifyFiles(files: readonly string[]) {
  const articles = files.map(load);
  const byFile = new Map(files.map((f, i) => [f, articles[i]!]));
  const result = verifyStory({ storyId: 's_demo', articles, corpus: { articlesMentioning: () => 0 } });
  return { result, byFile };
}

/** Shared checks: no contradiction from one origin on both sides, none with more than two values. */
function expectDefensible(findings: readonly Finding[]): void {
  for (const f of findings.filter((x) => x.status === 'contradicted')) {
    expect(f.values.length, f.summary).toBe(2);
    const [a, b] = f.values.map((v) => new Set(v.evidence.map((e) => e.originId)));
    expect(
      [...a!].some((o) => b!.has(o)),
      f.summary,
    ).toBe(false);
  }
}

const valuesOf = (f: Finding | undefined) => f?.values.map((v) => v.value).sort((x, y) => Number(x) - Number(y));

describe('verify on the demo ceasefire story', () => {
  const { result, byFile } = verifyFiles(CEASEFIRE);
  const claims = result.findings.filter((f) => f.kind === 'claim');

  it('verify demo: 14 vs 16 articles of the accord is contradicted, with both spans', () => {
    const accord = claims.find((f) => f.status === 'contradicted' && f.property === 'length in articles');
    expect(valuesOf(accord)).toEqual([14, 16]);
    const spans = new Map(accord?.values.map((v) => [v.value, v.evidence]));
    expect(spans.get(14)?.some((e) => e.text.includes('14-article text'))).toBe(true);
    const courier = byFile.get('harbourcourier-ceasefire-accord-analysis.html')!;
    expect(spans.get(16)?.[0]?.span.articleId).toBe(courier.article.id);
    expect(spans.get(16)?.[0]?.text).toMatch(/16-article accord/);
  });

  it('verify demo: contradictions are between two values of different origins; 450 vs 120 monitors is not one', () => {
    expectDefensible(claims);
    const monitors = claims.filter((f) => f.property === 'number of monitors');
    expect(monitors.length).toBeGreaterThan(0);
    expect(monitors.some((f) => f.status === 'contradicted')).toBe(false);
  });

  it("verify demo: NewsHive's headline is flagged headline-mismatch, the wire's is not", () => {
    const mismatch = result.flags.filter((f) => f.kind === 'headline-mismatch');
    const newshive = byFile.get('newshive-sarn-ceasefire-collapses.html')!;
    const flag = mismatch.find((f) => f.articleId === newshive.article.id);
    expect(flag?.reason).toMatch(/COLLAPSES/);
    expect(flag?.reason).toMatch(/observing the ceasefire in full|holding/);
    const wire = WIRE.slice(0, 2).map((f) => byFile.get(f)!.article.id);
    expect(mismatch.filter((f) => wire.includes(f.articleId))).toEqual([]);
  });
});

describe('verify on the demo earthquake story', () => {
  const { result, byFile } = verifyFiles(QUAKE);
  const claims = result.findings.filter((f) => f.kind === 'claim');
  const deaths = claims.filter((f) => f.property === 'deaths');

  it('verify demo: the 127 vs 112 death toll is contradicted', () => {
    const toll = deaths.find((f) => f.status === 'contradicted');
    expect(valuesOf(toll)).toEqual([112, 127]);
    const quick = byFile.get('quickdigest-quake-toll-127.txt')!;
    const v127 = toll?.values.find((v) => v.value === 127);
    expect(v127?.evidence.every((e) => e.span.articleId === quick.article.id)).toBe(true);
    expect(toll?.values.find((v) => v.value === 112)?.evidence.some((e) => e.span.articleId !== quick.article.id)).toBe(
      true,
    );
  });

  it('verify demo: 87 as of late Thursday vs 112 is an update, not a contradiction', () => {
    expect(deaths.some((f) => f.status === 'contradicted' && f.values.some((v) => v.value === 87))).toBe(false);
    const update = deaths.find((f) => f.values.some((v) => v.value === 87));
    expect(update?.status).toBe('unclear');
    expect(update?.reasons.join(' ')).toMatch(/different times/);
  });

  it('verify demo: every contradiction is between two values of different origins', () => {
    expectDefensible(claims);
  });
});
