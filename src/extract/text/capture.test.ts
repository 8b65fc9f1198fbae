/**
 * End to end on an invented outlet's page, captured as plain text: segmentation, cleaning and assembly
 * together keep the reporting and record every piece of chrome with its reason and original offsets.
 */
import { describe, expect, it } from 'vitest';
import { makeCapture } from '../../ingest/capture.js';
import { extractStandalone } from '../index.js';

const PAGE = `Skip to main content
News › Harbour › Ferry fares to rise by a fifth in spring

Ferry fares to rise by a fifth in spring

By Mira Okafor | 7 December 2025 · 4 min read

Short on time?
Get the AI summary

The Harbour Ledger has learned that the council will raise ferry fares by 20 percent from April, the first
increase in six years, after the operator warned that fuel costs had doubled.

Councillor Ana Ruiz said the decision was "painful but unavoidable". Residents who commute daily will pay
about 90 more a year, according to the council's own figures.

Advertisement

| Route | Old fare | New fare |
|---|---|---|
| North crossing | 4.20 | 5.05 |
| South crossing | 3.10 | 3.70 |
| North crossing | 4.20 | 5.05 |

If you want, I can also add a section on how other harbour towns set their fares.

The operator said timetables would not change.

The operator said timetables would not change.

Share this article
Facebook Twitter WhatsApp Email

Related articles
- [Harbour council approves new pier](https://ledger.example/pier)
- [Five walks along the old tram line](https://ledger.example/walks)

Leave a Reply
Your email address will not be published. Required fields are marked *

We use cookies to improve your experience. By continuing to browse you agree to our use of cookies.
`;

function extract(text: string) {
  const capture = makeCapture({ bytes: new TextEncoder().encode(text), kind: 'text', input: 'ledger.txt' });
  return extractStandalone(capture, new Date('2026-01-01T00:00:00Z')).article;
}

describe('text capture: an invented outlet page', () => {
  const article = extract(PAGE);

  it('capture: keeps the reporting, joined hard-wrapped lines included, and the repaired table', () => {
    expect(article.text).toContain(
      'The Harbour Ledger has learned that the council will raise ferry fares by 20 percent from April, the first increase in six years, after the operator warned that fuel costs had doubled.',
    );
    expect(article.text).toContain('Councillor Ana Ruiz said the decision was "painful but unavoidable".');
    expect(article.text).toContain(
      'Route | Old fare | New fare\nNorth crossing | 4.20 | 5.05\nSouth crossing | 3.10 | 3.70',
    );
    expect(article.text.match(/The operator said timetables would not change\./g)).toHaveLength(1);
  });

  it('capture: records each kind of chrome with its reason', () => {
    const byReason = (reason: string) => article.removed.filter((r) => r.reason === reason).map((r) => r.text);
    expect(byReason('navigation')).toContain('Skip to main content');
    expect(byReason('breadcrumb')).toHaveLength(1);
    expect(byReason('byline')).toEqual(['By Mira Okafor | 7 December 2025 · 4 min read']);
    expect(byReason('call-to-action')).toEqual(['Short on time?', 'Get the AI summary']);
    expect(byReason('advertisement')).toEqual(['Advertisement']);
    expect(byReason('duplicate-row')).toEqual(['North crossing | 4.20 | 5.05']);
    expect(byReason('chatbot-residue')).toHaveLength(1);
    expect(byReason('duplicate-block')).toEqual(['The operator said timetables would not change.']);
    expect(byReason('share')).toHaveLength(2);
    expect(byReason('teaser')).toEqual([
      'Related articles',
      'Harbour council approves new pier',
      'Five walks along the old tram line',
    ]);
    expect(byReason('comments')).toHaveLength(2);
    expect(byReason('cookie-notice')).toHaveLength(1);
  });

  it('capture: every removal points at its original text', () => {
    for (const r of article.removed) {
      const original = PAGE.slice(r.start, r.end).replace(/\s+/g, ' ');
      for (const word of r.text.split(/[\s|]+/).filter((w) => w.length > 0 && w !== '---'))
        expect(original).toContain(word);
    }
  });

  it('capture: nothing but the story is left', () => {
    expect(article.text).not.toMatch(/Advertisement|Share|Related|Leave a Reply|cookies|summary|Skip to|If you want/);
  });
});
