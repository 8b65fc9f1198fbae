/**
 * The seeds (issue 2, item 10): five plain-text captures of news pages in ../shared/seeds, read at run time.
 * Per seed: the chrome is gone from the text and recorded in `removed` with its reason, 000's chatbot line and
 * duplicated table rows are removed and recorded, 003/004's previous/next teasers are gone, 001's byline and
 * section are read, and no sentence of the reporting is lost. Skips with a message when the seeds are absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Article } from '../src/core/types.js';
import { extractStandalone } from '../src/extract/index.js';
import { makeCapture } from '../src/ingest/capture.js';

const here = dirname(fileURLToPath(import.meta.url));
const SEEDS = process.env.TRIANGULATE_SEEDS_DIR ?? resolve(here, '../../shared/seeds');
const present = existsSync(SEEDS) && readdirSync(SEEDS).some((f) => f.endsWith('.txt'));
if (!present) console.warn(`seeds: ${SEEDS} not found — seed tests skipped (set TRIANGULATE_SEEDS_DIR)`);

const NOW = new Date('2026-01-01T00:00:00Z');

interface Seed {
  readonly name: string;
  readonly source: string;
  readonly article: Article;
}

function loadSeed(prefix: string): Seed {
  const name = readdirSync(SEEDS).find((f) => f.startsWith(prefix) && f.endsWith('.txt'))!;
  const bytes = readFileSync(join(SEEDS, name));
  const capture = makeCapture({ bytes, kind: 'text', input: name });
  return { name, source: bytes.toString('utf8'), article: extractStandalone(capture, NOW).article };
}

const norm = (s: string) =>
  s
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();

/** Sentences of a paragraph: split after . ! ? (and a closing quote) before an upper-case or quoted start. */
const sentences = (paragraph: string) =>
  norm(paragraph)
    .split(/(?<=[.!?]["')]?)\s+(?=["(]?\p{Lu})/u)
    .filter((s) => s.length > 0);

/** The lines of the source's reporting: long lines that are not promotional inserts. */
const reportingLines = (source: string) =>
  source
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length >= 150 && !/^(?:pro tip|did you know)\b/i.test(l));

/** The chrome family every seed must lose (whichever of it the seed has). */
const CHROME = [
  /No time to read\?/i,
  /Get a summary/i,
  /Previous Article/i,
  /Next Article/i,
  /Leave a Comment/i,
  /Akismet/i,
  /Adblock Detected/i,
  /disabling your AdBlocker/i,
  /You may also like/i,
  /^Home\s*»/im,
  /If you want, I can/i,
];

/** The first non-blank line after each line equal to `label` (a teaser title). */
const linesAfter = (source: string, label: string) => {
  const lines = source.split(/\r?\n/).map((l) => l.trim());
  const titles: string[] = [];
  lines.forEach((l, i) => {
    if (l !== label) return;
    const next = lines.slice(i + 1).find((n) => n !== '');
    if (next) titles.push(next);
  });
  return titles;
};

const removedWith = (article: Article, reason: string, pattern: RegExp) =>
  article.removed.filter((r) => r.reason === reason && pattern.test(r.text));

describe.skipIf(!present)('seeds: every seed', () => {
  const prefixes = present ? ['000', '001', '002', '003', '004'] : [];
  for (const prefix of prefixes) {
    it(`seeds: ${prefix} loses its chrome and records it in the original's offsets`, () => {
      const { source, article } = loadSeed(prefix);
      for (const chrome of CHROME) {
        expect(article.text, `${chrome} left in the text`).not.toMatch(chrome);
        if (chrome.test(source))
          expect(
            article.removed.some((r) => chrome.test(r.text)),
            `${chrome} not recorded`,
          ).toBe(true);
      }
      for (const r of article.removed) {
        expect(r.start).toBeGreaterThanOrEqual(0);
        expect(r.end).toBeLessThanOrEqual(source.length);
        const original = norm(source.slice(r.start, r.end));
        for (const word of norm(r.text)
          .split(/[\s|]+/)
          .filter(Boolean))
          expect(original).toContain(word);
      }
    });

    it(`seeds: ${prefix} loses no sentence, list item or table cell of the reporting`, () => {
      const { source, article } = loadSeed(prefix);
      const text = norm(article.text);
      for (const line of reportingLines(source)) {
        for (const sentence of sentences(line)) expect(text, `lost: ${sentence}`).toContain(sentence);
      }
      for (const item of source.match(/^\s*- .+$/gm) ?? []) expect(text).toContain(norm(item.replace(/^\s*- /, '')));
      for (const row of source.match(/^\|.*\p{L}.*$/gmu) ?? []) {
        for (const cell of row.split('|').map(norm).filter(Boolean)) expect(text).toContain(cell);
      }
    });

    it(`seeds: ${prefix} has well-formed blocks`, () => {
      const { article } = loadSeed(prefix);
      let last = 0;
      for (const b of article.blocks) {
        expect(b.start).toBeGreaterThanOrEqual(last);
        expect(b.end).toBeGreaterThan(b.start);
        expect(b.end).toBeLessThanOrEqual(article.text.length);
        last = b.end;
      }
      expect(article.text).not.toMatch(/\n{3,}/);
    });
  }
});

describe.skipIf(!present)('seeds: specific findings', () => {
  it('seeds: 000 removes the chatbot line and the duplicated table rows, and records them', () => {
    const { article } = loadSeed('000');
    expect(removedWith(article, 'chatbot-residue', /I can also assist you/)).toHaveLength(1);
    const duplicates = article.removed.filter((r) => r.reason === 'duplicate-row');
    expect(duplicates.length).toBeGreaterThanOrEqual(4);
    for (const row of ['Arms Control', 'Cyber Security', 'Military Communication']) {
      const rows = article.text.split('\n').filter((l) => l.startsWith(`${row} |`));
      expect(rows, row).toHaveLength(1);
    }
    expect(article.text.split('\n').filter((l) => l.startsWith('Area |'))).toHaveLength(1);
  });

  it('seeds: 000 repairs the broken table into rows of three cells without empty trailing cells', () => {
    const { article } = loadSeed('000');
    const rows = article.blocks.filter((b) => b.kind === 'table-row');
    expect(rows.length).toBeGreaterThanOrEqual(12);
    for (const row of rows) {
      expect(row.cells).toHaveLength(3);
      const text = article.text.slice(row.start, row.end);
      expect(text).not.toMatch(/\|\s*$/);
      for (const cell of row.cells!) expect(article.text.slice(cell.start, cell.end).trim()).not.toBe('');
    }
    expect(article.removed.some((r) => /^\|?-{3}/.test(r.text))).toBe(true);
  });

  it('seeds: 001 removes the breadcrumb, byline, link promos and the comment / ad-block tail', () => {
    const { article } = loadSeed('001');
    expect(removedWith(article, 'breadcrumb', /^Home » world »/)).toHaveLength(1);
    expect(removedWith(article, 'byline', /James Carter/)).toHaveLength(1);
    expect(removedWith(article, 'comments', /Leave a Comment/)).toHaveLength(1);
    expect(removedWith(article, 'comments', /Akismet/)).toHaveLength(1);
    expect(removedWith(article, 'ad-block-notice', /Adblock Detected|AdBlocker/).length).toBe(2);
    expect(removedWith(article, 'teaser', /You may also like/)).toHaveLength(1);
    expect(article.text).toContain('Expert Insight:');
    expect(article.text).toContain('Frequently Asked Questions');
    expect(article.text.trimEnd().endsWith('the stakes are higher than ever.')).toBe(true);
  });

  it('seeds: 001 keeps its promotional inserts in the text, marked, so their claims can be checked', () => {
    const { article } = loadSeed('001');
    const promos = article.blocks.filter((b) => b.mark === 'promo').map((b) => article.text.slice(b.start, b.end));
    expect(promos.some((t) => /^Did you know\?/.test(t))).toBe(true);
    expect(promos.some((t) => /^Pro Tip:/.test(t))).toBe(true);
    expect(article.removed.some((r) => /^(Did you know|Pro Tip)/.test(r.text))).toBe(false);
  });

  it('seeds: 001 author is James Carter, Senior News Editor, in section "world"', () => {
    const { article } = loadSeed('001');
    expect(article.meta.authors?.value).toEqual([{ name: 'James Carter', role: 'Senior News Editor' }]);
    expect(article.meta.section?.value.toLowerCase()).toBe('world');
  });

  for (const prefix of ['003', '004']) {
    it(`seeds: ${prefix} removes the "Previous Article" / "Next Article" teasers and their titles`, () => {
      const { source, article } = loadSeed(prefix);
      const titles = [...linesAfter(source, 'Previous Article'), ...linesAfter(source, 'Next Article')];
      expect(titles).toHaveLength(2);
      for (const title of titles) {
        expect(article.text).not.toContain(title);
        expect(removedWith(article, 'teaser', /./).some((r) => r.text === title)).toBe(true);
      }
      expect(article.removed.filter((r) => r.reason === 'call-to-action')).toHaveLength(4);
    });
  }

  it('seeds: 002 keeps everything (a clean capture loses nothing)', () => {
    const { source, article } = loadSeed('002');
    expect(article.removed.filter((r) => r.reason !== 'title')).toEqual([]);
    const lines = source.split('\n').filter((l) => l.trim() !== '');
    expect(article.blocks.length + article.removed.length).toBe(lines.length);
  });
});
