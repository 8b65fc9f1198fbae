import { Document, Element, Text } from 'domhandler';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MessageLog } from '../../core/message.js';
import type { SourceBlock } from '../types.js';
import { parseHtml } from './parse.js';
import { segmentHtml } from './segment.js';

const para = (topic: string, n: number) =>
  `The council discussed ${topic} for a long time on Tuesday, and members said the plan, which was drafted in spring, would cost more than expected (part ${n}).`;

function segment(html: string): { blocks: SourceBlock[]; log: MessageLog } {
  const log = new MessageLog('extract');
  return { blocks: segmentHtml(parseHtml(html), html, log), log };
}

const kept = (blocks: SourceBlock[]) => blocks.filter((b) => !b.removal);
const find = (blocks: SourceBlock[], text: string) => blocks.find((b) => b.text.includes(text));

const NEWS_PAGE = `<!doctype html><html><head><title>Council approves bridge plan</title>
<script>var x = "script text";</script><style>.a{color:red}</style></head><body>
<header class="site-header"><a href="/">The Daily Example</a></header>
<nav><ul><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div class="breadcrumbs"><a href="/">Home</a> » <a href="/world">World</a></div>
<main><article>
  <h1>Council approves bridge plan</h1>
  <p class="byline">By Jane Doe</p>
  <p>${para('the bridge', 1)}</p>
  <p>${para('the budget', 2)} <a href="/x">A link</a> inside <b>bold</b> and <em>italic</em> text.</p>
  <h2>What happens next</h2>
  <p>${para('the timeline', 3)}</p>
  <ul><li>First step of the plan</li><li>Second step of the plan</li></ul>
  <blockquote><p>We are ready to start building, said the mayor, at the meeting on Tuesday evening.</p></blockquote>
  <table><tr><th>Year</th><th>Cost</th></tr><tr><td>2025</td><td>10 m</td></tr></table>
  <div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
  <noscript>Please enable JavaScript</noscript>
  <div hidden>Hidden text</div>
</article>
<section class="related-stories"><h3>Related stories</h3><ul>
  <li><a href="/a">Another story about the council that is a teaser</a></li>
  <li><a href="/b">Yet another story about bridges that is a teaser</a></li></ul></section>
<div id="comments"><p>${para('comment one', 9)}</p></div>
</main>
<footer><p>Copyright 2025 The Daily Example. All rights reserved.</p></footer>
</body></html>`;

describe('segment', () => {
  it('segment: keeps the article body with its structure', () => {
    const { blocks } = segment(NEWS_PAGE);
    const body = kept(blocks);
    expect(body.map((b) => b.kind)).toEqual([
      'paragraph',
      'paragraph',
      'heading',
      'paragraph',
      'list-item',
      'list-item',
      'quote',
      'table-row',
      'table-row',
    ]);
    expect(find(body, 'What happens next')?.level).toBe(2);
    const rows = body.filter((b) => b.kind === 'table-row');
    expect(rows[0]?.cells).toEqual(['Year', 'Cost']);
    expect(rows[1]?.text).toBe('2025 | 10 m');
  });

  it('segment: inline elements do not split paragraphs', () => {
    const { blocks } = segment(NEWS_PAGE);
    const p = find(blocks, 'part 2');
    expect(p?.text).toMatch(/part 2\)\. A link inside bold and italic text\.$/);
    expect(p?.linkDensity).toBeGreaterThan(0);
    expect(p?.linkDensity).toBeLessThan(0.1);
  });

  it('segment: removes navigation, footer, related, comments, share and breadcrumbs with reasons', () => {
    const { blocks } = segment(NEWS_PAGE);
    expect(find(blocks, 'World')?.removal?.reason).toBe('navigation');
    expect(find(blocks, 'Copyright 2025')?.removal?.reason).toBe('footer');
    expect(find(blocks, 'Another story')?.removal?.reason).toBe('teaser');
    expect(find(blocks, 'comment one')?.removal?.reason).toBe('comments');
    expect(find(blocks, 'Share on Facebook')?.removal?.reason).toBe('share');
    expect(find(blocks, 'Home')?.removal?.reason).toBe('breadcrumb');
    expect(find(blocks, 'By Jane Doe')?.removal?.reason).toBe('byline');
    expect(find(blocks, 'Council approves')?.removal?.reason).toBe('title');
    for (const b of blocks) if (b.removal) expect(b.removal.ruleId).toMatch(/^extract:[a-z0-9-]+$/);
  });

  it('segment: never emits script, style, noscript or hidden text', () => {
    const { blocks } = segment(NEWS_PAGE);
    const all = blocks.map((b) => b.text).join(' ');
    expect(all).not.toMatch(/script text|color:red|enable JavaScript|Hidden text/);
  });

  it('segment: offsets point at the block markup in the source', () => {
    const { blocks } = segment(NEWS_PAGE);
    for (const b of blocks) {
      expect(b.start).toBeGreaterThanOrEqual(0);
      expect(b.end).toBeLessThanOrEqual(NEWS_PAGE.length);
      expect(b.start).toBeLessThan(b.end);
    }
    const p = find(blocks, 'part 3')!;
    expect(NEWS_PAGE.slice(p.start, p.end)).toBe(`<p>${para('the timeline', 3)}</p>`);
    const row = find(blocks, '2025 |')!;
    expect(NEWS_PAGE.slice(row.start, row.end)).toBe('<tr><td>2025</td><td>10 m</td></tr>');
    const starts = blocks.map((b) => b.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it('segment: keeps paragraphs split by <br><br> in a div', () => {
    const html = `<html><body><div class="content">${para('the first topic', 1)}<br><br>${para('the second topic', 2)}<br>still the second paragraph, after a single break.</div></body></html>`;
    const body = kept(segment(html).blocks);
    expect(body).toHaveLength(2);
    expect(body[1]?.text).toMatch(/part 2\)\. still the second paragraph/);
    expect(html.slice(body[0]!.start, body[0]!.end)).toContain('part 1');
  });

  it('segment: finds an article split over sibling containers', () => {
    const html = `<html><body><div id="page"><div class="intro"><p>${para('the intro', 0)}</p></div>
      <div class="body"><p>${para('a', 1)}</p><p>${para('b', 2)}</p><p>${para('c', 3)}</p></div>
      <div class="body"><p>${para('d', 4)}</p><p>${para('e', 5)}</p></div>
      <div class="sidebar"><ul><li><a href="/1">Link one</a></li><li><a href="/2">Link two</a></li></ul></div></div></body></html>`;
    const text = kept(segment(html).blocks)
      .map((b) => b.text)
      .join('\n');
    for (const n of [0, 1, 2, 3, 4, 5]) expect(text).toContain(`part ${n})`);
    expect(text).not.toContain('Link one');
  });

  it('segment: a layout table holding the article is not turned into rows', () => {
    const html = `<html><body><table><tr><td><a href="/">Home</a></td><td><p>${para('x', 1)}</p><p>${para('y', 2)}</p></td></tr></table></body></html>`;
    const body = kept(segment(html).blocks);
    expect(body.map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
  });

  it('segment: 100k-deep nesting does not throw', () => {
    const depth = 100_000;
    const html = `${'<div>'.repeat(depth)}${para('depth', 1)}${'</div>'.repeat(depth)}`;
    const { blocks } = segment(html);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.text).toContain('part 1');
  });

  it('segment: walks a 100k-deep DOM without recursion', () => {
    let node: Element = new Element('p', {}, [new Text(para('deep', 7))]);
    for (let i = 0; i < 100_000; i++) {
      const parent = new Element('div', {}, [node]);
      node.parent = parent;
      node = parent;
    }
    const doc = new Document([node]);
    const blocks = segmentHtml(doc, '', new MessageLog('extract'));
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.text).toContain('part 7');
  });

  it('segment: a 5 MB page is segmented in bounded time', () => {
    const chunk = `<div class="item"><p>${para('size', 1)}</p><ul><li><a href="/a">A link</a></li></ul></div>`;
    const html = `<html><body>${chunk.repeat(Math.ceil(5e6 / chunk.length))}</body></html>`;
    const t0 = performance.now();
    const { blocks } = segment(html);
    expect(blocks.length).toBeGreaterThan(10_000);
    expect(performance.now() - t0).toBeLessThan(20_000);
  });

  it('segment: a page without an article keeps nothing and never throws', () => {
    const html = `<html><body><nav><a href="/">Home</a> <a href="/a">About</a></nav><footer>© 2025 Example</footer></body></html>`;
    const { blocks } = segment(html);
    expect(kept(blocks)).toHaveLength(0);
    for (const input of [
      '',
      '   ',
      '<<<>>>',
      '\u0000\u0001binary\uFFFD',
      '<html><body></body></html>',
      '<p>',
      '</div></div>',
    ]) {
      expect(() => segment(input)).not.toThrow();
    }
  });

  it('segment: decodes entities and collapses whitespace', () => {
    const html = `<html><body><article><p>Fish &amp; chips   cost&nbsp;&pound;5
      in  2025, which is ${para('prices', 1)}</p></article></body></html>`;
    const p = kept(segment(html).blocks)[0];
    expect(p?.text.startsWith('Fish & chips cost £5 in 2025, which is')).toBe(true);
  });

  it('segment: random and mutated HTML never throws and every block lies inside the source', () => {
    const piece = fc.constantFrom(
      '<p>',
      '</p>',
      '<div class="nav">',
      '</div>',
      '<br>',
      '<table><tr><td>',
      '</td><td>',
      '</tr></table>',
      '<ul><li>',
      '</li></ul>',
      '<h2>',
      '</h2>',
      '<a href="/x">',
      '</a>',
      '<script>x<y</script>',
      '&amp;',
      '&#x1F600;',
      '<!--',
      '-->',
      '<article>',
      '</article>',
      '<footer>',
      '<',
      '>',
      ' ',
      '\u0000',
      'text with words, and commas. ',
    );
    const mutated = fc
      .tuple(fc.integer({ min: 0, max: NEWS_PAGE.length }), fc.integer({ min: 0, max: 200 }), fc.string())
      .map(([at, cut, ins]) => NEWS_PAGE.slice(0, at) + ins + NEWS_PAGE.slice(Math.min(NEWS_PAGE.length, at + cut)));
    const html = fc.oneof(
      fc.array(piece, { maxLength: 80 }).map((a) => a.join('')),
      fc.string(),
      mutated,
    );
    fc.assert(
      fc.property(html, (source) => {
        const { blocks } = segment(source);
        for (const b of blocks) {
          expect(b.start).toBeGreaterThanOrEqual(0);
          expect(b.end).toBeLessThanOrEqual(source.length);
          expect(b.start).toBeLessThanOrEqual(b.end);
          expect(b.text.trim()).not.toBe('');
        }
      }),
      { numRuns: 300 },
    );
  });
});
