import { describe, expect, it } from 'vitest';
import { MessageLog } from '../../core/message.js';
import { textMetadata } from './text.js';

const NOW = new Date('2026-11-29T12:00:00Z');
const run = (source: string, url?: string) => {
  const log = new MessageLog('extract');
  return { meta: textMetadata(source, { url, blocks: [], now: NOW }, log), log };
};

const LONG =
  'The ministry said on Tuesday that the talks would resume next month, after a pause of several weeks in which both sides exchanged written proposals and consulted their allies about the terms of a possible agreement.';

describe('textMetadata', () => {
  it('text: title after the breadcrumb, section, byline with role', () => {
    const src = `Home » world » Talks Resume: Ministers Meet in Geneva\n\nTalks Resume: Ministers Meet in Geneva\n\nby James Carter Senior News Editor\n\n${LONG}\n`;
    const { meta } = run(src);
    expect(meta.title?.value).toBe('Talks Resume: Ministers Meet in Geneva');
    expect(meta.title?.confidence).toBeGreaterThan(0.7);
    expect(meta.section).toMatchObject({ value: 'world', source: 'breadcrumb' });
    expect(meta.authors).toMatchObject({
      value: [{ name: 'James Carter', role: 'Senior News Editor' }],
      source: 'byline',
    });
    expect(meta.language?.value).toBe('en');
  });

  it('text: first line as title', () => {
    const { meta } = run(`Ministers meet in Geneva to restart talks\n\n${LONG}`);
    expect(meta.title).toMatchObject({ value: 'Ministers meet in Geneva to restart talks', source: 'text' });
  });

  it('text: after a long lead paragraph, a short title-cased line is the headline with low confidence', () => {
    const { meta } = run(`${LONG}\nMinisters Agree to Resume Talks on Key Issues\n${LONG}`);
    expect(meta.title?.value).toBe('Ministers Agree to Resume Talks on Key Issues');
    expect(meta.title!.confidence).toBeLessThan(0.6);
  });

  it('text: no heading-like line means no title', () => {
    expect(run(`${LONG}\n${LONG}`).meta.title).toBeNull();
  });

  it('text: dateline near the top and URL date', () => {
    expect(run(`Headline of the story today\nDecember 7, 2025\n${LONG}`).meta.publishedAt?.value).toBe('2025-12-07');
    expect(run(LONG, 'https://example.org/2024/05/06/story').meta.publishedAt).toMatchObject({
      value: '2024-05-06',
      source: 'url',
    });
  });

  it('text: a future dateline is refused with a message', () => {
    const { meta, log } = run(`Headline of the story today\nJanuary 5, 2031\n${LONG}`);
    expect(meta.publishedAt).toBeNull();
    expect(log.messages[0]).toMatchObject({ ruleId: 'extract:implausible-date', actual: '2031-01-05' });
  });
});
