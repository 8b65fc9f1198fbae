import { describe, expect, it } from 'vitest';
import { readJsonLd } from './json-ld.js';
import { splitTitle } from './title.js';

describe('splitTitle', () => {
  it('title: strips a known site name at the end or the start', () => {
    expect(splitTitle('Talks stall in Geneva | Daily Planet', ['Daily Planet'])).toMatchObject({
      headline: 'Talks stall in Geneva',
      known: true,
    });
    expect(splitTitle('Daily Planet - Talks stall in Geneva', ['Daily Planet'])).toMatchObject({
      headline: 'Talks stall in Geneva',
      known: true,
    });
    expect(splitTitle('Talks stall in Geneva – planet.example', ['planet.example'])).toMatchObject({
      headline: 'Talks stall in Geneva',
    });
  });

  it('title: strips a site name given in several parts', () => {
    const split = splitTitle('Pension reform explained | AOC media - Analyse Opinion Critique', [
      'AOC media - Analyse Opinion Critique',
    ]);
    expect(split.headline).toBe('Pension reform explained');
  });

  it('title: keeps a tail that is part of the headline', () => {
    expect(splitTitle('Leasing oder Finanzierung – was lohnt sich mehr?', []).headline).toBe(
      'Leasing oder Finanzierung – was lohnt sich mehr?',
    );
    expect(splitTitle('Brexit: the vote is delayed again', []).headline).toBe('Brexit: the vote is delayed again');
  });
});

describe('readJsonLd', () => {
  it('json-ld: tolerates CDATA wrappers and trailing commas', () => {
    const raw =
      '<![CDATA[{"@type":"BlogPosting","headline":"A post","datePublished":"2020-01-02","author":"Ann Lee",}]]>';
    expect(readJsonLd([raw])).toMatchObject({
      type: 'blogposting',
      headline: 'A post',
      published: '2020-01-02',
      authors: ['Ann Lee'],
    });
  });

  it('json-ld: prefers the article node over WebPage and ignores broken blocks', () => {
    const page = JSON.stringify({ '@type': 'WebPage', name: 'Page', datePublished: '2019-01-01' });
    const article = JSON.stringify({
      '@type': ['NewsArticle'],
      headline: 'Story',
      datePublished: '2020-05-06',
      author: { '@type': 'Person', name: 'Jo Park' },
    });
    const facts = readJsonLd(['{not json', page, article]);
    expect(facts).toMatchObject({ headline: 'Story', published: '2020-05-06', authors: ['Jo Park'] });
  });

  it('json-ld: reads a BreadcrumbList', () => {
    const crumbs = JSON.stringify({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 2, name: 'World' },
        { '@type': 'ListItem', position: 1, name: 'Home' },
      ],
    });
    expect(readJsonLd([crumbs])?.breadcrumb).toEqual(['Home', 'World']);
  });
});
