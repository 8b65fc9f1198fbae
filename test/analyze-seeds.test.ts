/**
 * The analyze stage on the seeds (issue 3 item 8): canonical people across outlets and spellings, dated roles,
 * quotes relayed through news agencies, page-count claims about the strategy document, and weekday references
 * resolved only when the article's date is known. The seeds are read at run time from ../shared/seeds and never
 * copied here; the tests skip with a message when they are absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type Analysis, analyzeArticle } from '../src/analyze/index.js';
import { MessageLog } from '../src/core/message.js';
import type { Article } from '../src/core/types.js';
import { extractArticle } from '../src/extract/index.js';
import { makeCapture } from '../src/ingest/capture.js';

const here = dirname(fileURLToPath(import.meta.url));
const SEEDS = process.env.TRIANGULATE_SEEDS_DIR ?? resolve(here, '../../shared/seeds');
const present = existsSync(SEEDS) && readdirSync(SEEDS).some((f) => f.endsWith('.txt'));
if (!present)
  console.warn(`analyze seeds: ${SEEDS} not found — analyze seed tests skipped (set TRIANGULATE_SEEDS_DIR)`);

const NOW = new Date('2026-01-01T00:00:00Z');
/** A Monday: "on Sunday" is then the day before and "on Friday" three days before. */
const ARTICLE_DATE = '2025-12-08';

interface Analysed {
  readonly article: Article;
  readonly analysis: Analysis;
}

function extractSeed(prefix: string): Article {
  const name = readdirSync(SEEDS).find((f) => f.startsWith(prefix) && f.endsWith('.txt'));
  if (!name) throw new Error(`seed ${prefix} missing in ${SEEDS}`);
  const capture = makeCapture({ bytes: readFileSync(join(SEEDS, name)), kind: 'text', input: name });
  return extractArticle(capture, { log: new MessageLog('extract'), now: NOW }).article;
}

function analysed(article: Article): Analysed {
  return { article, analysis: analyzeArticle(article, { log: new MessageLog('analyze'), now: NOW }) };
}

function withDate(article: Article, value: string | null): Article {
  const publishedAt = value ? { value, source: 'text' as const, confidence: 1 } : null;
  return { ...article, meta: { ...article.meta, publishedAt } };
}

const entityOf = (a: Analysed, pattern: RegExp): string[] => [
  ...new Set(a.analysis.mentions.filter((m) => pattern.test(m.text)).map((m) => m.entityId)),
];

const roleTitles = (a: Analysed, entityId: string): string[] =>
  a.analysis.entities.find((e) => e.id === entityId)?.roles.map((r) => r.title) ?? [];

describe.skipIf(!present)('analyze on the seeds', () => {
  const seeds = new Map(
    present ? ['000', '001', '002', '003', '004'].map((p) => [p, analysed(extractSeed(p))] as const) : [],
  );
  const seed = (prefix: string): Analysed => {
    const s = seeds.get(prefix);
    if (!s) throw new Error(`seed ${prefix} not analysed`);
    return s;
  };

  it('analyze seeds: Peskov is one entity with his role in 001 and 002 despite the two spellings', () => {
    const s001 = seed('001');
    const s002 = seed('002');
    expect(s001.article.text).toMatch(/Dmitri Peskov/);
    expect(s002.article.text).toMatch(/Dmitry Peskov/);
    const ids = [...entityOf(s001, /Peskov/), ...entityOf(s002, /Peskov/)];
    expect(new Set(ids).size).toBe(1);
    const [peskov] = ids;
    expect(peskov).toBeDefined();
    for (const s of [s001, s002]) expect(roleTitles(s, peskov ?? '').join(' ')).toMatch(/Kremlin spokesman/i);
  });

  it("analyze seeds: Zakharova is the Foreign Ministry's spokesperson in 003 and 004", () => {
    const ids = ['003', '004'].flatMap((p) => entityOf(seed(p), /Zakharova/));
    expect(new Set(ids).size).toBe(1);
    for (const p of ['003', '004'])
      expect(roleTitles(seed(p), ids[0] ?? '').join(' ')).toMatch(/Foreign Ministry spokes(wo)?(man|person)/i);
  });

  it('analyze seeds: the Peskov quotes of 002 have speaker Peskov and the relay via TASS and via Reuters', () => {
    const s002 = seed('002');
    const peskov = entityOf(s002, /Peskov/)[0];
    const relayed = s002.analysis.quotes.filter((q) => q.speakerEntityId === peskov && q.via.length > 0);
    const chains = relayed.map((q) => q.via.map((v) => v.text).join(' > '));
    expect(chains).toContain('TASS');
    expect(chains).toContain('TASS > Reuters');
    const closer = relayed.find((q) => q.via.length === 2);
    expect(s002.article.text.slice(closer?.content.start, closer?.content.end)).toMatch(/closer look/);
  });

  it('analyze seeds: "a Kremlin spokesman" in a dated 2025 article is Peskov; undated, nobody', () => {
    const undated = seed('002');
    const dated = analysed(withDate(undated.article, ARTICLE_DATE));
    const peskov = entityOf(undated, /Peskov/)[0];
    const byRole = (a: Analysed) => a.analysis.quotes.filter((q) => /Kremlin spokesman/i.test(q.speaker?.text ?? ''));
    expect(byRole(undated).length).toBeGreaterThan(0);
    for (const q of byRole(undated)) expect(q.speakerEntityId).toBeNull();
    for (const q of byRole(dated)) expect(q.speakerEntityId).toBe(peskov);
  });

  it('analyze seeds: the 29-page and 33-page figures are page counts of the strategy document', () => {
    const pages = (prefix: string) =>
      seed(prefix).analysis.claims.filter((c) => c.kind === 'count' && c.unit === 'page');
    const [p29] = pages('002');
    const [p33] = pages('001');
    expect(p29?.value).toBe(29);
    expect(p33?.value).toBe(33);
    for (const c of [p29, p33]) {
      expect(c?.property).toBe('length.pages');
      expect(c?.subject).toMatch(/strategy|document/i);
    }
  });

  it('analyze seeds: "on Friday" / "on Sunday" in 002 resolve against a known date and say why not otherwise', () => {
    const weekdays = (a: Analysed) =>
      new Map(
        a.analysis.claims
          .filter((c) => c.kind === 'date' && /weekday:/.test(c.time?.written ?? ''))
          .map((c) => [c.time?.written, c] as const),
      );
    const undated = weekdays(seed('002'));
    expect([...undated.keys()].sort()).toEqual(['weekday:friday', 'weekday:sunday']);
    for (const c of undated.values()) {
      expect(c.time?.resolution).toBeNull();
      expect(c.time?.note).toMatch(/no article date/);
    }
    const dated = weekdays(analysed(withDate(seed('002').article, ARTICLE_DATE)));
    expect(dated.get('weekday:sunday')?.value).toBe('2025-12-07');
    expect(dated.get('weekday:friday')?.value).toBe('2025-12-05');
    for (const c of dated.values()) {
      expect(c.time?.resolution?.method).toBe('weekday-before-article-date');
      expect(c.time?.resolution?.anchor).toBe(ARTICLE_DATE);
    }
  });

  it("analyze seeds: the issue's events — Russia praises and demands of the US, the US intends to negotiate with four powers", () => {
    const triples = (prefix: string) =>
      seed(prefix).analysis.events.map(
        (e) => `${e.source.actorCode.slice(0, 3)} ${e.code} ${e.target?.actorCode.slice(0, 3) ?? '-'}`,
      );
    expect(triples('002')).toContain('RUS 051 USA');
    expect(triples('003')).toContain('RUS 100 USA');
    const negotiate = triples('004').filter((t) => t.startsWith('USA 036'));
    expect(negotiate.sort()).toEqual(['USA 036 CHN', 'USA 036 FRA', 'USA 036 GBR', 'USA 036 RUS']);
  });

  it('analyze seeds: a country that speaks ("Russia says") speaks as its government', () => {
    const s003 = seed('003');
    const russia = s003.analysis.quotes.filter((q) => q.speaker?.text === 'Russia');
    expect(russia.length).toBeGreaterThan(0);
    for (const q of russia) expect(q.speakerEntityId).toBe('org:gov:RUS');
  });
});
