import { describe, expect, it } from 'vitest';
import { MessageLog } from '../core/message.js';
import type { BlockKind } from '../core/types.js';
import { classifyBlock, cleanBlocks, isBreadcrumb, markDuplicateBlocks } from './clean.js';
import type { SourceBlock } from './types.js';

/** Blocks laid out one after another, as a segmenter would give them. */
function blocks(...items: Array<string | [BlockKind, string]>): SourceBlock[] {
  let pos = 0;
  return items.map((item) => {
    const [kind, text] = typeof item === 'string' ? (['paragraph', item] as const) : item;
    const block: SourceBlock = { kind, text, start: pos, end: pos + text.length };
    pos += text.length + 2;
    return block;
  });
}

const reasonOf = (text: string, index = 20) => classifyBlock(blocks(text)[0]!, index)?.reason ?? null;
const clean = (...items: Array<string | [BlockKind, string]>) =>
  cleanBlocks(blocks(...items), new MessageLog('extract'));
const reasons = (out: SourceBlock[]) => out.map((b) => b.removal?.reason ?? null);

const REPORTING =
  'The harbour authority said on Tuesday that readers of its annual report had left more than 300 comments, and that it would read every one before deciding whether to subscribe to the regional cookie-free data scheme.';

describe('cleanBlocks: lexicon families', () => {
  it.each([
    ['No time to read?', 'call-to-action'],
    ['Short on time?', 'call-to-action'],
    ['Get a summary', 'call-to-action'],
    ['Read the AI summary', 'call-to-action'],
    ['Continue reading »', 'call-to-action'],
    ['Click here to download the full report', 'call-to-action'],
    ['Listen to this article', 'call-to-action'],
    ['Follow us on Mastodon and Bluesky', 'call-to-action'],
    ['Support independent journalism today', 'call-to-action'],
    ['Already a subscriber?', 'call-to-action'],
  ])('clean: call to action "%s"', (text, reason) => expect(reasonOf(text)).toBe(reason));

  it.each([
    ['Leave a Comment', 'comments'],
    ['Leave a reply', 'comments'],
    ['Post your comments', 'comments'],
    ['12 Comments', 'comments'],
    ['Comments (4)', 'comments'],
    ['This site uses Akismet to reduce spam. Learn how your comment data is processed.', 'comments'],
    ['Your email address will not be published. Required fields are marked *', 'comments'],
    ['Save my name, email, and website in this browser for the next time I comment.', 'comments'],
    ['You must be logged in to post a comment.', 'comments'],
  ])('clean: comment chrome "%s"', (text, reason) => expect(reasonOf(text)).toBe(reason));

  it.each([
    ['Adblock Detected', 'ad-block-notice'],
    ['Please support us by disabling your AdBlocker extension for our website.', 'ad-block-notice'],
    ['It looks like you are using an ad blocker. Please whitelist our site.', 'ad-block-notice'],
    ['We use cookies to improve your experience. By continuing to browse you agree.', 'cookie-notice'],
    ['This website uses cookies', 'cookie-notice'],
    ['Accept all cookies', 'cookie-notice'],
    ['Subscribe to our newsletter', 'newsletter'],
    ['Sign up for the Morning Ledger briefing, delivered to your inbox', 'newsletter'],
    ['Enter your email address', 'newsletter'],
    ['Share this article', 'share'],
    ['Facebook Twitter WhatsApp Email', 'share'],
    ['Share on LinkedIn', 'share'],
    ['Advertisement', 'advertisement'],
    ['Story continues below advertisement', 'advertisement'],
    ['Pro Tip: compare three quotes before you book a crossing.', 'promo'],
    ['Did you know? The old ferry ran for 61 years.', 'promo'],
    ['Photo: Harbour Ledger / Staff', 'chrome'],
    ['Skip to main content', 'navigation'],
    ['Back to top', 'navigation'],
    ['Privacy Policy | Terms of Use | Contact Us', 'footer'],
    ['Tags: ferries, harbour, council', 'footer'],
    ['© 2026 Harbour Ledger. All rights reserved.', 'chrome'],
    ['Ferry passengers queue at dawn (Image: Getty)', 'chrome'],
    ['This slideshow requires JavaScript.', 'chrome'],
    ['If you buy something through our links, the Ledger may earn a commission.', 'advertisement'],
    ['Anna Berg contributed reporting from Oslo.', 'byline'],
    ['(Reporting by Anna Berg; Editing by Tom Roe)', 'byline'],
    ['Follow the Harbour Ledger on Facebook and Instagram.', 'call-to-action'],
    ['Was this article helpful?', 'call-to-action'],
    ['Tell us what you think...', 'comments'],
  ])('clean: notices, prompts and inserts "%s"', (text, reason) => expect(reasonOf(text)).toBe(reason));

  it.each([
    ['Weiterlesen', 'call-to-action'],
    ['Lire la suite »', 'call-to-action'],
    ['Artikel teilen', 'share'],
    ['Keine Kommentare', 'comments'],
    ['Laisser un commentaire', 'comments'],
    ['Anzeige', 'advertisement'],
    ['Publicidad', 'advertisement'],
    ['Veröffentlicht am 07.12.2025', 'metadata-line'],
    ['Lesezeit: 4 Minuten', 'metadata-line'],
    ['Lesen Sie auch: Fähre fällt aus', 'teaser'],
    ['Czytaj też: Prom odwołany', 'teaser'],
    ['Foto: Harbour Ledger', 'chrome'],
  ])('clean: other languages, same families "%s"', (text, reason) => expect(reasonOf(text, 2)).toBe(reason));

  it.each([
    'Kommentar: Die Fähre muss bleiben',
    'Weiter ging es mit dem Hafen.',
    'Click-through rates fell, the report said.',
    'Follow-up talks are planned for May.',
    'Subscribers to the ferry pass pay less.',
  ])('clean: reporting in the same words is kept: "%s"', (text) => expect(reasonOf(text, 2)).toBeNull());

  it.each([
    'If you want, I can also assist you with further enhancements or additions to this section!',
    'If you would like, I can expand this into a longer feature.',
    "Certainly! Here's a rewritten version of the article:",
    'Sure, here is the news article you asked for.',
    "Here's a revised version with a stronger lede:",
    'As an AI language model, I cannot verify these figures.',
    "Let me know if you'd like any changes.",
    'I hope this helps!',
    'I can also draft a shorter version for social media.',
    'Would you like me to add quotes from residents?',
    'Meta description: Harbour council votes on fares',
    'The ferry will run from [insert date] onwards.',
    'Below is a revised version of the article with more context.',
    "I've rewritten the article in a more neutral tone.",
    "If you'd like any changes, feel free to ask!",
    'As of my last knowledge update, the ferry had not resumed.',
    '(Word count: 850)',
  ])('clean: chatbot residue "%s"', (text) => expect(reasonOf(text)).toBe('chatbot-residue'));

  it.each([
    ['by James Carter Senior News Editor', 'byline'],
    ['By Mira Okafor and Tom Lindqvist, Harbour Ledger', 'byline'],
    ['Written by: Ana Ruiz', 'byline'],
    ['Published: 7 December 2025', 'metadata-line'],
    ['Updated Dec. 8, 2025 at 10:15 a.m. ET', 'metadata-line'],
    ['December 7, 2025', 'metadata-line'],
    ['2025-12-07T10:15:00Z', 'metadata-line'],
    ['5 min read', 'metadata-line'],
    ['3 hours ago', 'metadata-line'],
    ['By Ana Ruiz | 7 December 2025 · 4 min read', 'byline'],
    ['Dec 7, 2025 | 10:15 AM', 'metadata-line'],
    ['Published 7 Dec 2025 — Updated 8 Dec 2025', 'metadata-line'],
  ])('clean: byline and date line "%s"', (text, reason) => expect(reasonOf(text, 2)).toBe(reason));

  it.each([
    REPORTING,
    'By Tuesday, the talks had collapsed.',
    'By the end of the week, the council will read the proposal again.',
    'Readers can comment on the plan until March.',
    'The ministry said it would share the report with parliament.',
    'Updated figures show that fares rose by 4 percent.',
    'Published in 1998, the report was the first of its kind.',
    'Sure enough, the vote went the other way.',
    'If you want to understand the dispute, you need to go back to 1998.',
    'Home is where the harbour is, residents say.',
    'Previous articles in this series covered the northern route.',
    'Next, the council will consider fares for students.',
    'Related costs rose as well, the auditor said.',
    'Subscriptions to the ferry pass rose by a third.',
    'The cookies sold at the terminal kiosk are baked locally.',
    'Did the authority consult residents? Not according to the minutes.',
    'TL;DR',
  ])('clean: reporting is kept: "%s"', (text) => expect(reasonOf(text, 2)).toBeNull());
});

describe('cleanBlocks: breadcrumbs', () => {
  it.each([
    'Home » world » Russia & US Security: Kremlin Praises Trump’s Strategy Alignment',
    'Home > News > Politics',
    'News › Europe › Harbour towns vote on ferry fares',
    'Home / Business / Shipping',
    'You are here: Home > News > Harbour',
  ])('clean: breadcrumb "%s"', (text) => {
    expect(isBreadcrumb(text)).toBe(true);
    expect(reasonOf(text, 0)).toBe('breadcrumb');
  });

  it.each(['Fares > costs, the auditor says', 'The vote was 7 / 2 in favour.', 'Arrivals » Departures'])(
    'clean: not a breadcrumb "%s"',
    (text) => expect(isBreadcrumb(text)).toBe(false),
  );
});

describe('cleanBlocks: teasers', () => {
  it('clean: "Previous Article" / "Next Article" labels and the single title after each', () => {
    const out = clean(
      REPORTING,
      'Previous Article',
      'Tide tables for the winter season',
      'Next Article',
      'Ferry pilots to strike in March?',
    );
    expect(reasons(out)).toEqual([null, 'teaser', 'teaser', 'teaser', 'teaser']);
  });

  it.each(['Vorheriger Artikel', 'Article suivant', 'Siguiente artículo', '« Previous post', 'Next story »'])(
    'clean: previous / next label "%s" takes one title',
    (label) =>
      expect(reasons(clean(REPORTING, label, 'Tide tables for the winter season'))).toEqual([null, 'teaser', 'teaser']),
  );

  it('clean: "You may also like" takes the run of title-shaped blocks after it, and stops at prose', () => {
    const out = clean(
      REPORTING,
      ['heading', 'You might also like'],
      ['list-item', 'Harbour council approves new pier'],
      ['list-item', 'Five walks along the old tram line'],
      'The council also said it would publish the full minutes of the meeting next week, along with the auditor’s report.',
    );
    expect(reasons(out)).toEqual([null, 'teaser', 'teaser', 'teaser', null]);
  });

  it('clean: a "Read more" call to action followed by titles takes the titles as teasers', () => {
    const out = clean(
      REPORTING,
      'Read more',
      'Harbour council approves new pier',
      'Five walks along the old tram line',
    );
    expect(reasons(out)).toEqual([null, 'call-to-action', 'teaser', 'teaser']);
  });

  it('clean: internal link promos after the story', () => {
    expect(reasonOf('For a deeper dive into ferry economics, see our guide on Harbour Finance.')).toBe('teaser');
    expect(reasonOf('Explore our coverage of the harbour elections.')).toBe('teaser');
    expect(reasonOf('Read more: Harbour council approves new pier')).toBe('teaser');
    expect(reasonOf('Related: Ferry pilots to strike')).toBe('teaser');
  });
});

describe('cleanBlocks: comment threads', () => {
  it('clean: after a comment prompt that follows most of the text, the rest is the thread', () => {
    const out = clean(
      REPORTING,
      REPORTING.replace('Tuesday', 'Monday'),
      '3 Comments',
      'Great piece, thanks!',
      'I disagree with the council.',
    );
    expect(reasons(out)).toEqual([null, null, 'comments', 'comments', 'comments']);
  });

  it('clean: a comment prompt early in the page does not swallow the story', () => {
    const out = clean('Leave a comment', REPORTING, REPORTING.replace('Tuesday', 'Monday'));
    expect(reasons(out)).toEqual(['comments', null, null]);
  });
});

describe('cleanBlocks: flattened menus', () => {
  it('clean: a run of short capitalised items at the top of the page is navigation', () => {
    const out = clean('World', 'Politics', 'Business', 'Harbour Life', 'Opinion', REPORTING);
    expect(reasons(out)).toEqual(['navigation', 'navigation', 'navigation', 'navigation', 'navigation', null]);
  });

  it('clean: short lines that are data (numbers, lower case) or too few are kept', () => {
    expect(reasons(clean('World', 'Politics', REPORTING)).every((r) => r === null)).toBe(true);
    expect(reasons(clean('61 votes', '12 votes', '30 votes', '9 votes', '50 votes')).every((r) => r === null)).toBe(
      true,
    );
  });
});

describe('cleanBlocks: duplicates and tables', () => {
  it('clean: a long paragraph repeated later is a duplicate; the first copy stays', () => {
    const out = clean(REPORTING, 'A short line in between.', REPORTING);
    expect(reasons(out)).toEqual([null, null, 'duplicate-block']);
  });

  it('clean: a short block repeated right after itself is a duplicate, repeated far apart it is kept', () => {
    expect(reasons(markDuplicateBlocks(blocks('Available at the kiosk', 'Available at the kiosk')))).toEqual([
      null,
      'duplicate-block',
    ]);
    expect(reasons(markDuplicateBlocks(blocks('Available at the kiosk', REPORTING, 'Available at the kiosk')))).toEqual(
      [null, null, null],
    );
  });

  it('clean: a table pasted twice keeps its first copy; empty trailing cells go; short rows are padded', () => {
    const row = (cells: string[]): [BlockKind, string] => ['table-row', cells.join(' | ')];
    const input = blocks(
      row(['Route', 'Fare', '']),
      row(['North', '4.20', '', '']),
      row(['Route', 'Fare']),
      row(['North', '4.20']),
      row(['South']),
    );
    const withCells = input.map((b) => ({ ...b, cells: b.text.split(' | ') }));
    const out = cleanBlocks(withCells, new MessageLog('extract'));
    expect(reasons(out)).toEqual([null, null, 'duplicate-row', 'duplicate-row', null]);
    expect(out.filter((b) => !b.removal).map((b) => b.cells)).toEqual([
      ['Route', 'Fare'],
      ['North', '4.20'],
      ['South', ''],
    ]);
  });

  it('clean: logs one message per removal, a warning for chatbot residue', () => {
    const log = new MessageLog('extract');
    cleanBlocks(
      blocks('Leave a Comment', REPORTING, 'I hope this helps!', REPORTING.replace('Tuesday', 'Friday')),
      log,
    );
    expect(log.messages.map((m) => [m.severity, m.ruleId])).toEqual([
      ['info', 'extract:comments'],
      ['warning', 'extract:chatbot-residue'],
    ]);
  });

  it('clean: blocks already removed by the segmenter keep their reason', () => {
    const input = blocks('Leave a Comment').map((b) => ({
      ...b,
      removal: { reason: 'navigation' as const, ruleId: 'extract:nav' },
    }));
    expect(cleanBlocks(input, new MessageLog('extract'))[0]!.removal!.reason).toBe('navigation');
  });
});
