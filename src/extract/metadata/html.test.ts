import { describe, expect, it } from 'vitest';
import { MessageLog } from '../../core/message.js';
import { parseHtml } from '../html/parse.js';
import type { SourceBlock } from '../types.js';
import { htmlMetadata } from './html.js';

const NOW = new Date('2026-11-29T12:00:00Z');

function meta(html: string, url?: string, blocks: SourceBlock[] = []) {
  const log = new MessageLog('extract');
  const result = htmlMetadata(parseHtml(html), html, { url, blocks, now: NOW }, log);
  return { meta: result, log };
}

const page = (head: string, body = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('htmlMetadata', () => {
  it('json-ld: reads a NewsArticle inside an @graph array', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', '@id': '#site', name: 'Daily Planet' },
        { '@type': 'Person', '@id': '#jd', name: 'Jane Doe' },
        {
          '@type': 'NewsArticle',
          headline: 'Kremlin welcomes strategy',
          datePublished: '2025-12-07T10:15:00+01:00',
          dateModified: '2025-12-08T09:00:00+01:00',
          author: [{ '@id': '#jd' }, { '@type': 'Person', name: 'John Roe' }],
          publisher: { '@type': 'Organization', name: 'Daily Planet' },
          articleSection: ['World', 'Europe'],
          inLanguage: 'en-GB',
        },
      ],
    };
    const { meta: m } = meta(page(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`));
    expect(m.title).toMatchObject({ value: 'Kremlin welcomes strategy', source: 'json-ld' });
    expect(m.authors?.value).toEqual([{ name: 'Jane Doe' }, { name: 'John Roe' }]);
    expect(m.publishedAt).toMatchObject({ value: '2025-12-07T10:15:00+01:00', source: 'json-ld' });
    expect(m.publishedAt?.note).toContain('datePublished');
    expect(m.updatedAt?.value).toBe('2025-12-08T09:00:00+01:00');
    expect(m.outlet?.value).toBe('Daily Planet');
    expect(m.section?.value).toBe('World');
    expect(m.language?.value).toBe('en');
  });

  it('meta: reads Open Graph and article tags, agreement raises confidence', () => {
    const head = `<title>Talks stall in Geneva | Daily Planet</title>
      <meta property="og:title" content="Talks stall in Geneva">
      <meta property="og:site_name" content="Daily Planet">
      <meta property="article:published_time" content="2025-12-07T10:15:00Z">
      <meta property="article:section" content="world">
      <meta name="author" content="Jane Doe">
      <meta property="article:author" content="https://facebook.com/janedoe">
      <link rel="canonical" href="/2025/12/07/talks-stall">`;
    const { meta: m } = meta(
      page(head, '<h1>Talks stall in Geneva</h1>'),
      'https://planet.example/2025/12/07/talks-stall?utm=x',
    );
    expect(m.title?.value).toBe('Talks stall in Geneva');
    expect(m.title!.confidence).toBeGreaterThan(0.9);
    expect(m.outlet).toMatchObject({ value: 'Daily Planet', source: 'meta' });
    expect(m.outlet?.note).toMatch(/^meta property=og:site_name; agrees: site name at the end of <title>/);
    expect(m.publishedAt).toMatchObject({ value: '2025-12-07T10:15:00Z', source: 'meta' });
    expect(m.publishedAt?.note).toContain('article:published_time');
    expect(m.publishedAt?.note).toContain('URL');
    expect(m.authors?.value).toEqual([{ name: 'Jane Doe' }]);
    expect(m.section?.value).toBe('world');
    expect(m.url?.value).toBe('https://planet.example/2025/12/07/talks-stall');
  });

  it('title: strips the site name from <title>', () => {
    expect(
      meta(page('<title>Headline here | Outlet</title><meta property="og:site_name" content="Outlet">')).meta.title
        ?.value,
    ).toBe('Headline here');
    expect(
      meta(page('<title>Another long headline - Outlet News</title>'), 'https://outletnews.example/a/b').meta.title
        ?.value,
    ).toBe('Another long headline');
    expect(meta(page('<title>Outlet News: Third headline about talks</title>')).meta.title?.value).toBe(
      'Outlet News: Third headline about talks',
    );
  });

  it('title: takes the outlet from the title suffix when nothing better exists', () => {
    const { meta: m } = meta(page('<title>Talks stall again in Geneva | Planet Daily</title>'));
    expect(m.outlet).toMatchObject({ value: 'Planet Daily', source: 'title' });
  });

  it('time: reads <time datetime> near the headline and the byline role', () => {
    const body = `<article><h1>Headline</h1><p class="byline">By James Carter, Senior News Editor</p>
      <time class="published" datetime="2025-12-07T10:15:00+00:00">7 December 2025</time><p>Text.</p></article>
      <div class="comments"><time datetime="2025-12-09">9 Dec</time></div>`;
    const { meta: m } = meta(page('', body));
    expect(m.publishedAt).toMatchObject({ value: '2025-12-07T10:15:00+00:00', source: 'time' });
    expect(m.authors?.value).toEqual([{ name: 'James Carter', role: 'Senior News Editor' }]);
  });

  it('microdata: reads itemprop datePublished and author', () => {
    const body = `<div itemscope itemtype="https://schema.org/Article"><h1 itemprop="headline">Head</h1>
      <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Ann Lee</span></span>
      <meta itemprop="datePublished" content="2024-03-05"></div>`;
    const { meta: m } = meta(page('', body));
    expect(m.publishedAt?.value).toBe('2024-03-05');
    expect(m.authors?.value).toEqual([{ name: 'Ann Lee' }]);
  });

  it('url: the date in the URL path is used when nothing else says', () => {
    const { meta: m } = meta(
      page('<title>Some headline of the day</title>'),
      'https://example.org/world/2025/12/07/some-headline',
    );
    expect(m.publishedAt).toMatchObject({ value: '2025-12-07', source: 'url' });
    expect(m.section).toMatchObject({ value: 'world', source: 'url' });
  });

  it('dates: text dates in the article header, in another language', () => {
    const body =
      '<h1>Überschrift des Artikels</h1><div class="meta">Veröffentlicht am 7. Dezember 2025, 14:30 Uhr</div><p>Die Bundesregierung hat am Dienstag beschlossen, dass die Regel gilt.</p>';
    const { meta: m } = meta(page('', body));
    expect(m.publishedAt?.value).toBe('2025-12-07T14:30:00');
    expect(m.language?.value).toBe('de');
  });

  it('dates: a future or pre-1990 date is refused with a message', () => {
    const head = `<meta property="article:published_time" content="2031-01-01T00:00:00Z">
      <meta name="date" content="1985-05-01">`;
    const { meta: m, log } = meta(page(head, '<h1>Title</h1><p class="date">March 3, 2024</p>'));
    expect(m.publishedAt?.value).toBe('2024-03-03');
    const warnings = log.messages.filter((x) => x.ruleId === 'extract:implausible-date');
    expect(warnings.map((w) => w.actual).sort()).toEqual(['1985-05-01', '2031-01-01T00:00:00Z']);
    expect(warnings[0]!.severity).toBe('warning');
    expect(warnings.some((w) => /future/.test(w.reason))).toBe(true);
  });

  it('dates: prefers the publication date over the update', () => {
    const body = '<h1>Title</h1><p class="meta">Updated 9 May 2021</p><p class="date">Published 2 May 2021</p>';
    const { meta: m } = meta(page('', body));
    expect(m.publishedAt?.value).toBe('2021-05-02');
    expect(m.updatedAt?.value).toBe('2021-05-09');
  });

  it('language: html lang and breadcrumb section from blocks', () => {
    const blocks: SourceBlock[] = [
      {
        start: 0,
        end: 10,
        kind: 'paragraph',
        text: 'Home » world » Some headline text here',
        removal: { reason: 'breadcrumb', ruleId: 'extract:breadcrumb' },
      },
      {
        start: 10,
        end: 20,
        kind: 'paragraph',
        text: 'by James Carter Senior News Editor',
        removal: { reason: 'byline', ruleId: 'extract:byline' },
      },
    ];
    const { meta: m } = meta('<html lang="fr-FR"><head></head><body><p>x</p></body></html>', undefined, blocks);
    expect(m.language).toMatchObject({ value: 'fr', source: 'meta' });
    expect(m.section).toMatchObject({ value: 'world', source: 'breadcrumb' });
    expect(m.authors?.value).toEqual([{ name: 'James Carter', role: 'Senior News Editor' }]);
  });

  it('html: a headline inside an area misnamed "sidebar" still counts, its comments do not', () => {
    const body = `<div id="sidebar"><h1>Experts in the crisis</h1><span class="author vcard">Heiko Sauer</span>
      <time class="entry-date" datetime="2020-04-09T07:59:57+02:00">9 Apr 2020</time>
      <div class="comments"><span class="comment-author">Jo Bloggs</span><time datetime="2020-04-10">10 Apr</time></div></div>`;
    const { meta: m } = meta(page('', body));
    expect(m.title?.value).toBe('Experts in the crisis');
    expect(m.authors?.value).toEqual([{ name: 'Heiko Sauer' }]);
    expect(m.publishedAt?.value).toBe('2020-04-09T07:59:57+02:00');
  });

  it('html: an empty page gives empty metadata without throwing', () => {
    const { meta: m } = meta('');
    expect(m.title).toBeNull();
    expect(m.publishedAt).toBeNull();
  });

  it('html: survives deep nesting', () => {
    const deep = `${'<div class="date">'.repeat(20000)}By Jane Doe, 7 May 2024${'</div>'.repeat(20000)}`;
    const { meta: m } = meta(page('<title>A deep page</title>', deep));
    expect(m.title?.value).toBe('A deep page');
    expect(m.publishedAt?.value).toBe('2024-05-07');
  });
});
