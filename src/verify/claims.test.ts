import { describe, expect, it } from 'vitest';
import { alignClaims } from './claims.js';
import { storyArticle } from './testing.js';
import { compareClaimValues } from './values.js';

const A = storyArticle(
  'The harbour authority published a 29-page strategy document on Monday, officials said.\n\nThe plan covers the eastern quay and two new cranes.',
  { origin: 'o1', outlet: 'Coastline Daily' },
);
const B = storyArticle(
  'The 33-page strategy sets out how the eastern quay will be rebuilt by 2027.\n\nFishing cooperatives said they would appeal.',
  { origin: 'o2', outlet: 'Harbour Post' },
);

describe('verify claims', () => {
  it('verify: 29 vs 33 pages of one document is contradicted', () => {
    const pages = alignClaims([A, B]).find((f) => f.property === 'length in pages');
    expect(pages?.status).toBe('contradicted');
    expect(pages?.values.map((v) => v.value).sort()).toEqual([29, 33]);
    expect(pages?.origins).toBe(2);
    const spans = pages?.values.flatMap((v) => v.evidence) ?? [];
    expect(spans.some((e) => e.text.includes('29-page'))).toBe(true);
    expect(spans.some((e) => e.text.includes('33-page'))).toBe(true);
    expect(pages?.reasons.join(' ')).toMatch(/cannot both hold/);
  });

  it('verify: the same page count from two origins is corroborated, from copies of one origin single-source', () => {
    const C = storyArticle('The 29-page strategy was released on Monday.', { origin: 'o3' });
    const two = alignClaims([A, C]).find((f) => f.property === 'length in pages');
    expect(two).toMatchObject({ status: 'corroborated', origins: 2 });
    const copy = storyArticle('The 29-page strategy was released on Monday.', { origin: 'o1' });
    const one = alignClaims([A, copy]).find((f) => f.property === 'length in pages');
    expect(one).toMatchObject({ status: 'single-source', origins: 1 });
  });

  it('verify: counts of different things are not aligned', () => {
    const X = storyArticle('More than 40 people were injured in the blast, police said.', { origin: 'o1' });
    const Y = storyArticle('The blast damaged 12 buildings near the port.', { origin: 'o2' });
    const findings = alignClaims([X, Y]);
    expect(findings.some((f) => f.status === 'contradicted')).toBe(false);
  });

  it('verify: years of two different events are not aligned', () => {
    const X = storyArticle('Relations soured after the 2014 annexation of Crimea, the report said.', { origin: 'o1' });
    const Y = storyArticle('Sanctions followed the full-scale invasion of Ukraine in 2022.', { origin: 'o2' });
    expect(alignClaims([X, Y]).filter((f) => f.status === 'contradicted')).toEqual([]);
  });

  it('verify: two dates of a statement by one speaker are unclear, not contradicted', () => {
    const X = storyArticle('Dmitry Peskov said on Tuesday that the plan was a step forward.', { origin: 'o1' });
    const Y = storyArticle('In remarks published by the agency on Sunday, Dmitry Peskov praised the plan.', {
      origin: 'o2',
    });
    const dates = alignClaims([X, Y]).find((f) => f.property === 'date of the statement');
    expect(dates?.status).toBe('unclear');
    expect(dates?.reasons.join(' ')).toMatch(/two different statements/);
  });

  it('verify: dates of statements by different speakers are not aligned', () => {
    const X = storyArticle('Dmitry Peskov said on Tuesday that the plan was a step forward.', { origin: 'o1' });
    const Y = storyArticle('The mayor of Brenno said on Sunday that the plan was welcome.', { origin: 'o2' });
    const dates = alignClaims([X, Y]).filter((f) => f.property === 'date of the statement');
    expect(dates.every((f) => f.status === 'single-source')).toBe(true);
  });

  it('verify: "nearly 30" vs 29 is compatible, not a conflict; 29 vs 33 is a conflict', () => {
    const exact = { kind: 'count' as const, value: 29, unit: 'page' };
    expect(compareClaimValues({ kind: 'count', value: 30, hedge: 'nearly', unit: 'page' }, exact)).toBe('compatible');
    expect(compareClaimValues({ kind: 'count', value: 33, unit: 'page' }, exact)).toBe('conflict');
    expect(compareClaimValues({ kind: 'count', value: 30, hedge: 'more than' }, exact)).toBe('conflict');
    expect(compareClaimValues({ kind: 'date', value: '2025-12' }, { kind: 'date', value: '2025-12-05' })).toBe(
      'compatible',
    );
  });
});
