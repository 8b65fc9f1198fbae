import { describe, expect, it } from 'vitest';
import {
  normaliseChrome,
  SAME_SCORE,
  sameOutletByTemplate,
  type TemplateInput,
  templateStats,
} from './outlet-template.js';

const r = (reason: string, text: string) => ({ reason, text });

const pageA: TemplateInput = {
  text: 'The harbour board met on Monday to discuss the new ferry timetable for Kessel Island.',
  removed: [
    r('title', 'Harbour board approves ferry timetable'),
    r('call-to-action', 'Short on time? Hear this story in 60 seconds'),
    r('teaser', 'Previous Article'),
    r('teaser', 'Next Article'),
    r('footer', 'Kessel Courier · 12 Quay Lane · Letters to the editor welcome'),
  ],
};
const pageB: TemplateInput = {
  text: 'A storm closed the airport on Kessel Island for six hours on Friday.',
  removed: [
    r('title', 'Storm shuts island airport'),
    r('call-to-action', 'Short on time? Hear this story in 60 seconds'),
    r('teaser', 'Previous Article'),
    r('footer', 'Kessel Courier · 12 Quay Lane · Letters to the editor welcome'),
  ],
};
const genericOnly: TemplateInput = {
  text: 'Another outlet reports on the ferry timetable for Kessel Island.',
  removed: [
    r('teaser', 'Previous Article'),
    r('teaser', 'Next Article'),
    r('comments', 'Leave a Reply'),
    r('ad-block-notice', 'Adblock Detected'),
  ],
};

describe('outlet-template', () => {
  it('outlet-template: chrome lines are normalised (case, punctuation, digits)', () => {
    expect(normaliseChrome('Short on time?  Hear this story in 60 seconds!')).toBe(
      'short on time hear this story in # seconds',
    );
  });

  it('outlet-template: two pages sharing specific calls to action and footer are one outlet', () => {
    const m = sameOutletByTemplate(pageA, pageB);
    expect(m.same).toBe(true);
    expect(m.score).toBeGreaterThanOrEqual(SAME_SCORE);
    expect(m.reasons.join(' ')).toMatch(/short on time/);
  });

  it('outlet-template: generic CMS chrome ("Previous Article", "Leave a Reply") says nothing', () => {
    const m = sameOutletByTemplate(pageA, genericOnly);
    expect(m).toMatchObject({ same: false, score: 0 });
  });

  it('outlet-template: titles and topic tags about the same story are not template', () => {
    const x: TemplateInput = {
      text: 'Talks in Port Calder between Valdoria and Ostrenia.',
      removed: [r('footer', 'Valdoria'), r('footer', 'Sarn Valley conflict')],
    };
    const y: TemplateInput = {
      text: 'Valdoria and Ostrenia met in Port Calder over the Sarn Valley.',
      removed: [r('footer', 'Valdoria'), r('footer', 'Sarn Valley conflict')],
    };
    expect(sameOutletByTemplate({ ...x, text: `${x.text} Sarn Valley` }, y).same).toBe(false);
  });

  it('outlet-template: with a corpus, a line on every page weighs nothing', () => {
    const everywhere = r('footer', 'Short on time? Hear this story in 60 seconds');
    const corpus: TemplateInput[] = Array.from({ length: 10 }, (_, i) => ({
      removed: [everywhere, r('footer', `Outlet ${'x'.repeat(i + 1)} newsroom contact line`)],
    }));
    const stats = templateStats(corpus);
    const a = { removed: [everywhere] };
    expect(sameOutletByTemplate(a, a).score).toBeGreaterThan(0);
    expect(sameOutletByTemplate(a, a, { stats }).score).toBe(0);
  });

  it('outlet-template: the same outlet name decides', () => {
    expect(sameOutletByTemplate({ outlet: 'Kessel Courier' }, { outlet: 'kessel courier' }).same).toBe(true);
  });
});
