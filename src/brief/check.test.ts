/**
 * The citation check and the renderings: a tampered citation is caught, a template stating a value no span
 * holds is caught, the Markdown carries markers and the check line, the HTML escapes untrusted text.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../core/types.js';
import { A, fixtureInput } from './brief.fixtures.js';
import { articleMap, buildBrief, checkBrief, renderBriefHtml, renderBriefMarkdown } from './index.js';
import type { Brief, BriefSentence } from './types.js';

let brief: Brief;
let articles: Map<string, Article>;

beforeAll(() => {
  const input = fixtureInput();
  brief = buildBrief(input);
  articles = articleMap(input);
}, 30_000);

const withSentence = (b: Brief, i: number, s: BriefSentence): Brief => ({
  ...b,
  sentences: b.sentences.map((x, j) => (j === i ? s : x)),
});

describe('brief: citation check', () => {
  it('brief: checkBrief passes the built brief', () => {
    const check = checkBrief(brief, articles);
    expect(check.unsupported).toBe(0);
    expect(check.citationsFound).toBe(check.citations);
  });

  it('brief: checkBrief catches a tampered citation', () => {
    const s = brief.sentences[0]!;
    const [own, ...rest] = s.citations;
    const shifted = withSentence(brief, 0, { ...s, citations: [{ ...own!, start: own!.start + 5 }, ...rest] });
    expect(checkBrief(shifted, articles).unsupported).toBe(1);
    const outside = withSentence(brief, 0, { ...s, citations: [{ ...own!, end: 10_000_000 }] });
    const check = checkBrief(outside, articles);
    expect(check.unsupported).toBe(1);
    expect(check.citationsFound).toBe(check.citations - 1);
    const unknown = withSentence(brief, 0, { ...s, citations: [{ articleId: 'a_nope', start: 0, end: 5 }] });
    expect(checkBrief(unknown, articles).problems.join('\n')).toMatch(/unknown article a_nope/);
    const uncited = withSentence(brief, 0, { ...s, citations: [] });
    expect(checkBrief(uncited, articles).citedSentences).toBe(brief.sentences.length - 1);
  });

  it('brief: checkBrief catches a source sentence whose words were changed', () => {
    const s = brief.sentences[0]!;
    const edited = withSentence(brief, 0, { ...s, text: s.text.replace('Monday', 'Tuesday') });
    expect(checkBrief(edited, articles).unsupported).toBe(1);
  });

  it('brief: checkBrief rejects a template stating a number no cited span holds', () => {
    const i = brief.sentences.findIndex((s) => s.kind === 'template');
    const t = brief.sentences[i]!;
    const wrong = withSentence(brief, i, { ...t, text: t.text.replace('44 pages', '48 pages') });
    const check = checkBrief(wrong, articles);
    expect(check.unsupported).toBe(1);
    expect(check.problems.join('\n')).toMatch(/"48" found in no cited span/);
  });

  it('brief: checkBrief catches a quote its citation does not contain', () => {
    const q = brief.quotes[0]!;
    const tampered = { ...brief, quotes: [{ ...q, text: 'words nobody said' }, ...brief.quotes.slice(1)] };
    expect(checkBrief(tampered, articles).problems.join('\n')).toMatch(/quote 1 is not in its first cited span/);
  });
});

describe('brief: rendering', () => {
  it('brief: the Markdown has the title line, citation markers, tables and the check line', () => {
    const md = renderBriefMarkdown(brief);
    expect(md).toMatch(/^## Norway and Chile sign fisheries agreement\n3 articles · 3 outlets · 3 independent origins/);
    expect(md).toContain(`[${A.id.slice(0, 10)} 0–128]`);
    expect(md).toContain('### Where the outlets disagree');
    expect(md).toMatch(/\| number of pages of the agreement \| 40 pages \(Harbour Times\)/);
    expect(md).toContain('### Key quotes');
    expect(md).toContain('### Numbers');
    expect(md).toContain('### Positions (actor × issue)');
    expect(md).toContain('### Timeline');
    expect(md).toContain('### Thread: Norway–Chile fisheries');
    expect(md).toMatch(
      /Check: \d+ of \d+ sentences cited; (\d+) of \1 citations found in their sources; 0 unsupported sentences\./,
    );
  });

  it('brief: the HTML escapes article text (a <script> in a source comes out as text)', () => {
    const html = renderBriefHtml(brief, articles);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html).not.toContain('<b>quota</b>');
    expect(html).toContain('&#60;b&#62;quota&#60;/b&#62;');
  });

  it('brief: the HTML is self-contained, and citations link to highlighted passages', () => {
    const html = renderBriefHtml(brief, articles);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/\b(?:src|href)=["'](?!#)/i);
    expect(html).not.toMatch(/<link\b|@import|url\(/i);
    const targets = [...html.matchAll(/href="#(c\d+)"/g)].map((m) => m[1]);
    expect(targets.length).toBeGreaterThan(0);
    for (const t of new Set(targets)) expect(html).toContain(`<li id="${t}">`);
    expect(html).toContain('<mark>Norway and Chile signed a fisheries agreement in Santiago on Monday');
  });
});
