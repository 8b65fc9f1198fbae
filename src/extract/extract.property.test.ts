/**
 * Property tests for extraction (issue 2, item 9): over random and mutated HTML (random tags, attributes,
 * nesting, entities, broken markup, random unicode, truncation) and random text captures, `extractArticle`
 * never throws, every Block lies inside the article text (ordered, non-overlapping, cells inside their row),
 * every Removal lies inside the decoded source, and the same capture always gives the same article.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { captureIdFor, sha256Hex } from '../core/ids.js';
import { MessageLog } from '../core/message.js';
import type { Capture, CaptureKind } from '../core/types.js';
import { extractArticle } from './index.js';

const NOW = new Date('2026-01-01T00:00:00Z');
const RUNS = { numRuns: 150 };

function captureOf(bytes: Uint8Array, kind: CaptureKind): Capture {
  const hash = sha256Hex(bytes);
  return {
    id: captureIdFor(hash),
    contentHash: hash,
    bytes,
    kind,
    mediaType: kind === 'html' ? 'text/html' : 'text/plain',
    input: 'prop',
  };
}

/** Extracts and checks every invariant; returns the article for further checks. */
function checkInvariants(bytes: Uint8Array, kind: CaptureKind) {
  const { article, source } = extractArticle(captureOf(bytes, kind), { log: new MessageLog('extract'), now: NOW });
  const { text } = article;
  let last = 0;
  for (const b of article.blocks) {
    expect(Number.isInteger(b.start) && Number.isInteger(b.end)).toBe(true);
    expect(b.start).toBeGreaterThanOrEqual(last);
    expect(b.end).toBeGreaterThanOrEqual(b.start);
    expect(b.end).toBeLessThanOrEqual(text.length);
    for (const c of b.cells ?? []) {
      expect(c.start).toBeGreaterThanOrEqual(b.start);
      expect(c.end).toBeLessThanOrEqual(b.end);
      expect(c.end).toBeGreaterThanOrEqual(c.start);
    }
    last = b.end;
  }
  for (const r of article.removed) {
    expect(r.start).toBeGreaterThanOrEqual(0);
    expect(r.end).toBeGreaterThanOrEqual(r.start);
    expect(r.end).toBeLessThanOrEqual(source.text.length);
  }
  return article;
}

const encode = (s: string) => new TextEncoder().encode(s);

const TAGS = [
  'div',
  'p',
  'span',
  'a',
  'b',
  'i',
  'em',
  'table',
  'tr',
  'td',
  'th',
  'tbody',
  'ul',
  'ol',
  'li',
  'h1',
  'h2',
  'h3',
  'h6',
  'script',
  'style',
  'article',
  'nav',
  'header',
  'footer',
  'aside',
  'main',
  'section',
  'figure',
  'figcaption',
  'blockquote',
  'pre',
  'time',
  'br',
  'img',
  'hr',
  'meta',
  'title',
  'noscript',
  'template',
  'svg',
  'x-widget',
  'form',
];
const WORDS = [
  'Leave a Comment',
  'Share',
  'Read more',
  'Home » world',
  'Advertisement',
  'Next Article',
  'You may also like',
  'The council voted on Monday.',
  'Fares rise by 4%',
  'by Ana Ruiz',
  '2025-12-07',
  '| a | b |',
  '&amp;',
  '&nbsp;',
  '&#x1F600;',
  '&#0;',
  '&bogus;',
  '&#xD800;',
  '<',
  '>',
  '"',
  "'",
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '\u0000',
  '\u202E',
  'Привет мир',
  '東京',
  '😀',
  '\r\n',
  '\n\n',
  ' ',
];

const attr = fc
  .tuple(
    fc.constantFrom('class', 'id', 'itemprop', 'role', 'href', 'data-x', 'style', '"', '='),
    fc.constantFrom(
      'comments',
      'share',
      'related',
      'article-body',
      'content',
      'nav',
      '',
      'a"b',
      "x'y",
      '<>',
      'javascript:1',
    ),
  )
  .map(([k, v]) => ` ${k}="${v}"`);

const textNode = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
);

const { html } = fc.letrec<{ html: string; node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    textNode,
    fc
      .tuple(
        fc.constantFrom(...TAGS),
        fc.array(attr, { maxLength: 3 }),
        fc.array(tie('node'), { maxLength: 4 }),
        fc.boolean(),
      )
      .map(
        ([tag, attrs, children, close]) => `<${tag}${attrs.join('')}>${children.join('')}${close ? `</${tag}>` : ''}`,
      ),
  ),
  html: fc
    .array(tie('node'), { maxLength: 6 })
    .map((nodes) => `<!doctype html><html><head><title>T</title></head><body>${nodes.join('')}</body></html>`),
}));

/** A document mutated: truncated, a slice deleted, or junk inserted at a random place. */
const mutated = fc
  .tuple(
    html,
    fc.nat(),
    fc.nat(),
    fc.constantFrom('truncate', 'delete', 'insert'),
    fc.constantFrom('<', '</div>', '<p', '">', '&', '\uFFFD', '<table><tr><td>'),
  )
  .map(([doc, a, b, op, junk]) => {
    const i = a % (doc.length + 1);
    const j = Math.min(doc.length, i + (b % 40));
    if (op === 'truncate') return doc.slice(0, i);
    if (op === 'delete') return doc.slice(0, i) + doc.slice(j);
    return doc.slice(0, i) + junk + doc.slice(i);
  });

const textLine = fc.oneof(
  fc.constantFrom(
    '',
    '',
    'Home » world » Title',
    'No time to read?',
    'Get a summary',
    'Previous Article',
    'Next Article',
    '| Area | Action | |||',
    '|---|---|',
    '| a | b || c | d |',
    '- a list item',
    '  - nested',
    '> quoted',
    '## Heading',
    '---',
    '===',
    'by Jane Doe Senior Editor',
    'The council voted on Monday to raise fares.',
    'Leave a Comment',
    'If you want, I can also help.',
    '[a link](https://x.example/a)',
    '![img](/i.png)',
    '**bold** text',
    '<https://x.example>',
    '- [Related title](/r)',
    'Q: What next?',
    '\t',
    '|',
    '||',
    '| |',
    '#',
    '-',
    '>',
  ),
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
);
const textCapture = fc
  .array(textLine, { maxLength: 30 })
  .chain((lines) => fc.constantFrom('\n', '\r\n', '\r').map((eol) => lines.join(eol)));

describe('extract: properties', () => {
  it('extract: random HTML never throws and every span lies inside its string', () => {
    fc.assert(
      fc.property(html, (doc) => void checkInvariants(encode(doc), 'html')),
      RUNS,
    );
  });

  it('extract: mutated and truncated HTML never throws and every span lies inside its string', () => {
    fc.assert(
      fc.property(mutated, (doc) => void checkInvariants(encode(doc), 'html')),
      RUNS,
    );
  });

  it('extract: random text captures never throw and every span lies inside its string', () => {
    fc.assert(
      fc.property(textCapture, (doc) => void checkInvariants(encode(doc), 'text')),
      RUNS,
    );
  });

  it('extract: arbitrary bytes (invalid UTF-8, NULs) never throw, as HTML or as text', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.constantFrom<CaptureKind>('html', 'text'), (bytes, kind) => {
        checkInvariants(bytes, kind);
      }),
      RUNS,
    );
  });

  it('extract: the same capture always gives the same article', () => {
    fc.assert(
      fc.property(fc.oneof(html, textCapture), fc.constantFrom<CaptureKind>('html', 'text'), (doc, kind) => {
        const a = checkInvariants(encode(doc), kind);
        const b = checkInvariants(encode(doc), kind);
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      }),
      { numRuns: 60 },
    );
  });

  it('extract: a deeply nested page and a long text capture finish quickly', () => {
    const deep = `${'<div>'.repeat(5000)}deep text${'</div>'.repeat(5000)}`;
    checkInvariants(encode(deep), 'html');
    const long = Array.from({ length: 4000 }, (_, i) =>
      i % 7 === 0 ? '' : `Line ${i} of the capture | with a pipe`,
    ).join('\n');
    const started = Date.now();
    checkInvariants(encode(long), 'text');
    for (const hostile of ['[', '**', '<http:', '| ', '- ', '» '])
      checkInvariants(encode(hostile.repeat(100_000)), 'text');
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
