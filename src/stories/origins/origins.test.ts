import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideLink, groupOrigins, OriginIndex, type OriginInput, originIdFor } from './origins.js';
import { INDEPENDENT_REPORT, OTHER_STORY, WIRE_PARAGRAPHS, WIRE_TEXT } from './texts.fixtures.js';

const original: OriginInput = { id: 'a_wire', text: WIRE_TEXT, outlet: 'Reuters', publishedAt: '2026-03-02T06:10:00Z' };
const exactCopy: OriginInput = {
  id: 'a_exact',
  text: WIRE_TEXT,
  outlet: 'Daily Ledger',
  publishedAt: '2026-03-02T09:00:00Z',
};
const trimmed: OriginInput = {
  id: 'a_trimmed',
  text: [...WIRE_PARAGRAPHS.slice(0, 3), ...WIRE_PARAGRAPHS.slice(4, 7)].join('\n\n'),
  outlet: 'Valley Times',
  publishedAt: '2026-03-02',
};
const retitled: OriginInput = {
  id: 'a_retitled',
  text: `Floodgates open as Orsk Lake nears the top\n\n${WIRE_TEXT}`,
  title: 'Floodgates open as Orsk Lake nears the top',
  outlet: 'Brief Daily',
};
const datelined: OriginInput = {
  id: 'a_dateline',
  text: `ORSK LAKE (Reuters) - ${WIRE_TEXT}\n\nReporting by Ann Lee; Editing by Tom Berg`,
  outlet: 'Harbour Gazette',
  publishedAt: '2026-03-02T08:00:00+01:00',
};
const independent: OriginInput = {
  id: 'a_independent',
  text: INDEPENDENT_REPORT,
  outlet: 'County Voice',
  publishedAt: '2026-03-02T07:00:00Z',
};
const other: OriginInput = { id: 'a_other', text: OTHER_STORY, outlet: 'Daily Ledger' };
const all = [original, exactCopy, trimmed, retitled, datelined, independent, other];

describe('origins', () => {
  it('origins: an exact copy is linked as exact', () => {
    const d = decideLink(original, exactCopy);
    expect(d).toMatchObject({ linked: true, exact: true });
    expect(groupOrigins([exactCopy, { ...original, outlet: undefined }])[0]?.kind).toBe('exact-copy');
  });

  it('origins: a copy trimmed by a paragraph is linked by containment', () => {
    const d = decideLink(original, trimmed);
    expect(d.linked).toBe(true);
    expect(d.overlap.containment).toBeGreaterThan(0.95);
  });

  it('origins: a re-titled copy is linked', () => {
    expect(decideLink(original, retitled).linked).toBe(true);
  });

  it('origins: a wire copy with a dateline credit is linked and the origin names the agency', () => {
    const d = decideLink(original, datelined);
    expect(d).toMatchObject({ linked: true, wire: true });
    const [origin] = groupOrigins([datelined, original]);
    expect(origin).toMatchObject({ kind: 'wire', agency: 'Reuters', articleIds: ['a_wire', 'a_dateline'] });
    expect(origin?.evidence[0]?.reasons.join(' ')).toMatch(/shared wire credit "reuters"/);
  });

  it('origins: two independent reports of the same event are not linked', () => {
    const d = decideLink(original, independent);
    expect(d.linked).toBe(false);
    expect(d.overlap.containment).toBeLessThan(0.1);
    expect(decideLink(original, other).linked).toBe(false);
  });

  it('origins: the corpus groups into the wire origin, the independent report and the other story', () => {
    const origins = groupOrigins(all);
    expect(origins.map((o) => o.articleIds)).toEqual(
      expect.arrayContaining([
        ['a_wire', 'a_dateline', 'a_exact', 'a_trimmed', 'a_retitled'],
        ['a_independent'],
        ['a_other'],
      ]),
    );
    const wire = origins.find((o) => o.articleIds.includes('a_wire'));
    expect(wire).toMatchObject({ id: originIdFor('a_wire'), kind: 'wire', agency: 'Reuters' });
    expect(wire?.evidence.every((e) => e.reasons.length > 0 && e.containment >= 0 && e.jaccard >= 0)).toBe(true);
    expect(origins.find((o) => o.articleIds[0] === 'a_other')?.kind).toBe('single');
  });

  it('origins: the presumed original is the earliest, a bare day after timed ones of that day, then the longest', () => {
    const plain = (id: string, text: string, publishedAt?: string): OriginInput => ({
      id,
      text,
      ...(publishedAt ? { publishedAt } : {}),
    });
    const [o] = groupOrigins([
      plain('a_late', WIRE_TEXT, '2026-03-02T10:00:00Z'),
      plain('a_day', WIRE_TEXT, '2026-03-02'),
      plain('a_early', WIRE_TEXT, '2026-03-02T11:00:00+02:00'),
      plain('a_undated', WIRE_TEXT),
    ]);
    expect(o?.articleIds).toEqual(['a_early', 'a_late', 'a_day', 'a_undated']);
    const [p] = groupOrigins([plain('a_short', trimmed.text), plain('a_long', WIRE_TEXT)]);
    expect(p?.articleIds).toEqual(['a_long', 'a_short']);
  });

  it('origins: the index returns the origin an article joined or opened; a repeated id is ignored', () => {
    const index = new OriginIndex();
    expect(index.add(original).articleIds).toEqual(['a_wire']);
    expect(index.add(other).articleIds).toEqual(['a_other']);
    expect(index.add(trimmed).articleIds).toEqual(['a_wire', 'a_trimmed']);
    expect(index.add({ ...trimmed, text: OTHER_STORY }).articleIds).toEqual(['a_wire', 'a_trimmed']);
    expect(index.size).toBe(3);
    expect(index.originOf('a_other')?.kind).toBe('single');
  });

  it('origins: incremental equals batch, in any arrival order', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(all, { minLength: 1 }), (order) => {
        const index = new OriginIndex();
        for (const a of order) index.add(a);
        expect(index.origins()).toEqual(groupOrigins(order));
        const sorted = [...order].sort((x, y) => (x.id < y.id ? -1 : 1));
        expect(groupOrigins(order)).toEqual(groupOrigins(sorted));
      }),
      { numRuns: 60, seed: 7 },
    );
  });

  it('origins: deterministic — the same input gives the same output', () => {
    expect(JSON.stringify(groupOrigins(all))).toBe(JSON.stringify(groupOrigins(all.map((a) => ({ ...a })))));
  });

  it('origins: empty and tiny texts never link by accident', () => {
    const origins = groupOrigins([
      { id: 'e1', text: '' },
      { id: 'e2', text: '' },
      { id: 't1', text: 'Photo: archive' },
      { id: 't2', text: 'Weather today' },
    ]);
    expect(origins.every((o) => o.kind === 'single')).toBe(true);
  });
});
