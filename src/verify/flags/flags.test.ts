import { describe, expect, it } from 'vitest';
import type { Removal } from '../../core/types.js';
import { corpusOf, storyArticle } from '../testing.js';
import type { VerifyArticle } from '../types.js';
import { unattributedExperts } from './expert.js';
import { chatbotResidue, duplicatedContent } from './extraction.js';
import { headlineMismatch } from './headline.js';
import { noNamedSource } from './sourcing.js';
import { unsourcedStatistics } from './statistic.js';

const EXPERT =
  'The harbour plan drew criticism on Monday.\n\n"The quay is too short for modern ships," explains Dr. Lena Varga, a maritime analyst at the Centre for Port Futures.';

const withRemoved = (va: VerifyArticle, removed: Removal[]): VerifyArticle => ({
  ...va,
  article: { ...va.article, removed },
});

describe('verify flags', () => {
  it('verify: an expert no other article mentions and no reporting relays is flagged', () => {
    const va = storyArticle(EXPERT, { origin: 'o1' });
    const [flag] = unattributedExperts(va, [va], corpusOf([va]));
    expect(flag).toMatchObject({
      kind: 'unattributed-expert',
      severity: 'warning',
      ruleId: 'verify:unattributed-expert',
    });
    expect(flag?.text).toMatch(/^Dr\. Lena Varga, a maritime analyst at the Centre for Port Futures$/);
    expect(flag?.reason).toMatch(/no other stored article/);
  });

  it('verify: an expert another origin also mentions, or one relayed by an agency, is not flagged', () => {
    const va = storyArticle(EXPERT, { origin: 'o1' });
    const other = storyArticle('Lena Varga has studied the port for a decade.', { origin: 'o2' });
    expect(unattributedExperts(va, [va], corpusOf([va, other]))).toEqual([]);
    const relayed = storyArticle(
      'Dr. Lena Varga, a maritime analyst at the Centre for Port Futures, told Reuters the quay was too short.',
      { origin: 'o3' },
    );
    expect(unattributedExperts(relayed, [relayed], corpusOf([relayed]))).toEqual([]);
  });

  it('verify: a percentage credited to an unnamed recent study is an unsourced statistic', () => {
    const va = storyArticle(
      'According to a recent study, turnout fell in nearly two-thirds of the districts.\n\nA new survey found that 40% of voters stayed home.',
      { origin: 'o1' },
    );
    const flags = unsourcedStatistics(va);
    expect(flags.length).toBeGreaterThanOrEqual(1);
    expect(flags[0]?.reason).toMatch(/no title, date or link/);
    const traceable = storyArticle(
      'According to the 2024 "Harbour Voters Survey" by Ana Ruiz, 40% of voters stayed home.',
      { origin: 'o2' },
    );
    expect(unsourcedStatistics(traceable)).toEqual([]);
  });

  it('verify: chatbot residue is flagged, removed or left in the text', () => {
    const va = storyArticle('The council met on Monday.\n\nIf you want, I can also expand this section for you!', {
      origin: 'o1',
    });
    const left = chatbotResidue(withRemoved(va, []));
    expect(left.length + chatbotResidue(va).length).toBeGreaterThanOrEqual(1);
    const removed = chatbotResidue(
      withRemoved(va, [
        {
          start: 30,
          end: 60,
          reason: 'chatbot-residue',
          text: 'If you want, I can',
          ruleId: 'extract:chatbot-residue',
        },
      ]),
    );
    expect(removed.some((f) => f.sourceRange?.start === 30 && f.span === null)).toBe(true);
  });

  it('verify: adjacent duplicated rows are one duplicated-content flag', () => {
    const va = storyArticle('The council met on Monday.', { origin: 'o1' });
    const row = (start: number): Removal => ({
      start,
      end: start + 10,
      reason: 'duplicate-row',
      text: 'a | b',
      ruleId: 'extract:duplicate-row',
    });
    const flags = duplicatedContent(withRemoved(va, [row(100), row(111), row(122), row(400)]));
    expect(flags.map((f) => f.sourceRange)).toEqual([
      { start: 100, end: 132 },
      { start: 400, end: 410 },
    ]);
    expect(flags[0]?.reason).toMatch(/3 table rows/);
  });

  it('verify: a headline naming a country the body never mentions is a mismatch', () => {
    const body = 'The harbour board approved the plan on Monday after a long session, the chair said.';
    expect(headlineMismatch(storyArticle(body, { origin: 'o1', title: 'Harbour board approves plan' }))).toEqual([]);
    const [flag] = headlineMismatch(storyArticle(body, { origin: 'o2', title: 'France approves 12 harbour plans' }));
    expect(flag?.reason).toMatch(/"12"/);
    expect(flag?.reason).toMatch(/"France"/);
  });

  it('verify: an article that quotes and credits no one has no named source', () => {
    const va = storyArticle('Relations remain complex.\n\nBoth sides face many challenges in the years ahead.', {
      origin: 'o1',
    });
    expect(noNamedSource(va)[0]).toMatchObject({ kind: 'no-named-source', severity: 'info' });
    const named = storyArticle('"We will appeal," Ana Ruiz, head of the cooperative, told reporters.', {
      origin: 'o2',
    });
    expect(noNamedSource(named)).toEqual([]);
  });
});
