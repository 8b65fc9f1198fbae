/**
 * The precision rules of claim alignment on invented texts: each rule has one test named after it.
 */
import { describe, expect, it } from 'vitest';
import { alignClaims } from './claims.js';
import { storyArticle } from './testing.js';
import type { Finding } from './types.js';
import { compareClaimValues } from './values.js';

const contradicted = (findings: readonly Finding[]) => findings.filter((f) => f.status === 'contradicted');
const values = (f: Finding | undefined) => f?.values.map((v) => v.value).sort((a, b) => Number(a) - Number(b));

describe('verify claim rules', () => {
  it('verify: one origin stating both values is not a contradiction', () => {
    const wire = storyArticle(
      'The treaty creates a border mission of 450 inspectors.\n\nThe mission is expected to deploy its first 120 inspectors by March.',
      { origin: 'wire' },
    );
    const other = storyArticle('The first 120 inspectors will arrive in March.', { origin: 'daily' });
    const findings = alignClaims([wire, other]);
    expect(contradicted(findings)).toEqual([]);
    const first = findings.find((f) => f.values.some((v) => v.value === 120));
    expect(first).toMatchObject({ status: 'corroborated', origins: 2 });
    expect(first?.reasons.join(' ')).toMatch(/states both 450 and 120/);
  });

  it('verify: values equal after normalisation are the same (14 days = 2 weeks, 340 = about 340)', () => {
    expect(compareClaimValues({ kind: 'duration', value: 'P14D' }, { kind: 'duration', value: 'P2W' })).toBe('same');
    expect(compareClaimValues({ kind: 'count', value: 340, hedge: 'about' }, { kind: 'count', value: 340 })).toBe(
      'same',
    );
    expect(compareClaimValues({ kind: 'count', value: 640, hedge: 'more than' }, { kind: 'count', value: 640 })).toBe(
      'compatible',
    );
    const X = storyArticle('Officials said 340 detainees would be exchanged.', { origin: 'o1' });
    const Y = storyArticle('About 340 detainees are due to be exchanged.', { origin: 'o2' });
    const found = alignClaims([X, Y]).find((f) => f.property === 'number of detainees');
    expect(found).toMatchObject({ status: 'corroborated', origins: 2 });
  });

  it('verify: more than two values in one group are unclear, never contradicted', () => {
    const articles = ['3', '4', '5'].map((n, i) =>
      storyArticle(`The new bridge is ${n} km long, the ministry said.`, { origin: `o${i}` }),
    );
    const bridge = alignClaims(articles).find((f) => f.subject.includes('bridge'));
    expect(bridge?.status).toBe('unclear');
    expect(bridge?.reasons.join(' ')).toMatch(/3 different values/);
  });

  it('verify: a toll as of an earlier time is an update, an undated different toll is a contradiction', () => {
    const early = storyArticle('By late on 26 November 2026, officials said 87 people had been confirmed dead.', {
      origin: 'paper',
    });
    const late = storyArticle('As of 18:00 on 27 November 2026, 112 people have been confirmed dead.', {
      origin: 'agency',
    });
    const undated = storyArticle('The death toll from the storm has climbed to 127, officials said.', {
      origin: 'blog',
    });
    const findings = alignClaims([early, late, undated]).filter((f) => f.property === 'deaths');
    const update = findings.find((f) => f.values.some((v) => v.value === 87));
    expect(update?.status).toBe('unclear');
    expect(update?.reasons.join(' ')).toMatch(/figures of different times/);
    const conflict = contradicted(findings);
    expect(conflict).toHaveLength(1);
    expect(values(conflict[0])).toEqual([112, 127]);
  });

  it('verify: a value that is part of another is not compared with it (71 of 640 injured)', () => {
    const X = storyArticle('Officials said 640 people had been injured, 71 of them seriously.', { origin: 'o1' });
    const Y = storyArticle('In all, 640 people were injured in the blast.', { origin: 'o2' });
    const findings = alignClaims([X, Y]);
    expect(contradicted(findings)).toEqual([]);
    expect(findings.find((f) => f.property === 'injured')).toMatchObject({ status: 'corroborated' });
  });

  it('verify: generic counted nouns and unit-only subjects are not aligned', () => {
    const X = storyArticle(
      'The village of about 900 people sits 3 km from the river.\n\nTroops must withdraw at least 10 km.',
      { origin: 'o1' },
    );
    const Y = storyArticle('For the 200,000 people of the valley, the buffer is roughly 20 km wide and 140 km long.', {
      origin: 'o2',
    });
    expect(contradicted(alignClaims([X, Y]))).toEqual([]);
  });

  it('verify: dates of different events and relative dates are never contradicted', () => {
    const X = storyArticle('The two leaders signed the accord on 24 November 2026.', { origin: 'o1' });
    const Y = storyArticle('The ceasefire takes effect on 26 November 2026.\n\nTalks resume on Thursday.', {
      origin: 'o2',
    });
    const Z = storyArticle('Talks resume this week, the mediator said on Friday.', { origin: 'o3' });
    expect(contradicted(alignClaims([X, Y, Z]))).toEqual([]);
  });

  it('verify: a generic document noun with a size unit is the story document (14 vs 16 articles)', () => {
    const X = storyArticle('The 14-article text also provides for an exchange of detainees.', { origin: 'o1' });
    const Y = storyArticle('The accord consists of 16 articles and two annexes.', { origin: 'o2' });
    const found = contradicted(alignClaims([X, Y]));
    expect(found).toHaveLength(1);
    expect(found[0]?.property).toBe('length in articles');
    expect(values(found[0])).toEqual([14, 16]);
  });
});
