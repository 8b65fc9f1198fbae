import { describe, expect, it } from 'vitest';
import { findWireCues, resolveAgency } from './wire.js';

const body = 'Officials said the talks would resume next week, according to people familiar with the plans.';

describe('wire', () => {
  it('wire: "MOSCOW (Reuters) -" is a Reuters dateline, with offsets', () => {
    const text = `MOSCOW (Reuters) - ${body}`;
    const cues = findWireCues({ text });
    expect(cues.agency).toBe('Reuters');
    const cue = cues.cues[0];
    expect(cue).toMatchObject({ kind: 'dateline', known: true, start: 0, from: 'text' });
    expect(text.slice(cue?.start, cue?.end)).toBe('MOSCOW (Reuters) - ');
  });

  it('wire: "(AP) —" alone and "WASHINGTON, Jan. 5 (Xinhua) --" are datelines', () => {
    expect(findWireCues({ text: `(AP) — ${body}` }).agency).toBe('AP');
    expect(findWireCues({ text: `WASHINGTON, Jan. 5 (Xinhua) -- ${body}` }).agency).toBe('Xinhua');
  });

  it('wire: an agency not on the list is read from the dateline shape after a place', () => {
    const cues = findWireCues({ text: `PORT CALDER, Meridia (Crossline) — ${body}` });
    expect(cues.agency).toBe('Crossline');
    expect(cues.cues[0]?.known).toBe(false);
  });

  it('wire: an expansion in brackets is not a credit, nor is an unknown name without a place', () => {
    expect(findWireCues({ text: `UN (United Nations) — ${body}` }).cues).toEqual([]);
    expect(findWireCues({ text: `(Update) — ${body}` }).cues).toEqual([]);
  });

  it('wire: credit lines at the end name the agency', () => {
    for (const [line, agency] of [
      ['— AFP', 'AFP'],
      ['© Reuters', 'Reuters'],
      ['Copyright 2026 The Associated Press. All rights reserved.', 'AP'],
      ['The Associated Press contributed to this report.', 'AP'],
      ['Source: Xinhua', 'Xinhua'],
      ['This story was supplied by the Crossline news agency.', 'Crossline'],
    ] as const) {
      expect(findWireCues({ text: `${body}\n\n${line}` }).agency, line).toBe(agency);
    }
  });

  it('wire: a production credit is a wire habit that names no agency', () => {
    const cues = findWireCues({
      text: body,
      removed: [{ reason: 'byline', text: 'Reporting by Ann Lee; Editing by Tom Berg' }],
    });
    expect(cues.cues[0]).toMatchObject({ kind: 'production-credit', from: 'removed' });
    expect(cues.agency).toBeUndefined();
  });

  it('wire: an agency cited in running text or a lower-case "ap" is not a credit', () => {
    expect(findWireCues({ text: `${body} Reuters reported on Monday that the talks had stalled.` }).cues).toEqual([]);
    expect(findWireCues({ text: `${body}\n\n— ap` }).cues).toEqual([]);
  });

  it('wire: agency names resolve to one canonical name; the outlet of an agency is recognised', () => {
    expect(resolveAgency('Agence France-Presse')).toBe('AFP');
    expect(resolveAgency('the associated press')).toBe('AP');
    expect(resolveAgency('ap')).toBeUndefined();
    expect(findWireCues({ text: body, outlet: 'Thomson Reuters' }).outletAgency).toBe('Reuters');
  });
});
