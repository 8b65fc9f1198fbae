/**
 * Tests for the knowledge base: name normalisation, alias/surname lookup, dated roles, metonyms, countries,
 * agencies.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from './index.js';
import { nameKey, normaliseName } from './normalise.js';

const kb = loadKnowledgeBase();
const ids = (xs: { id: string }[]): string[] => xs.map((x) => x.id);

describe('kb normalisation', () => {
  it('kb: normaliseName strips diacritics, punctuation and a leading "the"', () => {
    expect(normaliseName('Jean-Noël Barrot')).toBe('jean noel barrot');
    expect(normaliseName('the U.S.')).toBe('us');
    expect(normaliseName('Côte d’Ivoire')).toBe('cote divoire');
  });
  it('kb: nameKey folds y/i, ks/x, kh/h and doubled letters', () => {
    expect(nameKey('Dmitriy')).toBe(nameKey('Dmitri'));
    expect(nameKey('Dmitry')).toBe(nameKey('Dmitri'));
    expect(nameKey('Zelenskyy')).toBe(nameKey('Zelensky'));
    expect(nameKey('Zelenskiy')).toBe(nameKey('Zelensky'));
    expect(nameKey('Aleksandr')).toBe(nameKey('Alexandr'));
    expect(nameKey('AP')).not.toBe(nameKey('AAP'));
  });
});

describe('kb lookup', () => {
  it('kb: "Dmitri Peskov" and "Dmitry Peskov" are one person', () => {
    expect(kb.lookup('Dmitri Peskov')[0]?.id).toBe('person:dmitry-peskov');
    expect(kb.lookup('Dmitry Peskov')[0]?.id).toBe('person:dmitry-peskov');
    expect(kb.lookup('Dmitriy Peskov')[0]?.id).toBe('person:dmitry-peskov');
  });
  it('kb: a bare surname resolves through the surname index', () => {
    expect(kb.lookup('Peskov')[0]?.id).toBe('person:dmitry-peskov');
    expect(kb.lookup('Zakharova')[0]?.id).toBe('person:maria-zakharova');
  });
  it('kb: "Zelenskyy" == "Zelensky" == "Zelenskiy"', () => {
    for (const s of ['Zelenskyy', 'Zelensky', 'Volodymyr Zelenskiy'])
      expect(kb.lookup(s)[0]?.id).toBe('person:volodymyr-zelensky');
  });
  it('kb: curated people absorb source entries (Lavrov keeps one id)', () => {
    expect(ids(kb.lookup('Sergei Lavrov'))).toEqual(['person:sergey-lavrov']);
    expect(kb.get('person:sergey-lavrov')?.sources).toContain('phoenix');
  });
  it('kb: at least 150 curated people', () => {
    expect(
      kb.entities.filter((e) => e.type === 'person' && e.sources?.includes('curated')).length,
    ).toBeGreaterThanOrEqual(150);
  });
});

describe('kb countries', () => {
  it('kb: US variants resolve to the United States', () => {
    for (const s of ['the US', 'U.S.', 'USA', 'United States of America', 'America'])
      expect(kb.lookup(s)[0]?.id).toBe('country:USA');
  });
  it('kb: UK variants resolve to the United Kingdom', () => {
    for (const s of ['UK', 'Britain', 'Great Britain']) expect(kb.lookup(s)[0]?.id).toBe('country:GBR');
  });
  it('kb: countryOf maps adjectives and demonyms', () => {
    expect(kb.countryOf('Russian')).toBe('RUS');
    expect(kb.countryOf('American')).toBe('USA');
    expect(kb.countryOf('British')).toBe('GBR');
    expect(kb.countryOf('Ukrainian')).toBe('UKR');
  });
  it('kb: about 240 countries with ISO codes', () => {
    const countries = kb.entities.filter((e) => e.type === 'country');
    expect(countries.length).toBeGreaterThan(220);
    expect(kb.get('country:RUS')?.iso2).toBe('RU');
  });
});

describe('kb metonyms', () => {
  it('kb: "the Kremlin" and "Moscow" stand for the Russian government', () => {
    expect(kb.standsFor(kb.lookup('the Kremlin')[0]?.id ?? '')?.id).toBe('org:gov:RUS');
    expect(kb.standsFor(kb.lookup('Moscow')[0]?.id ?? '')?.id).toBe('org:gov:RUS');
  });
  it('kb: Washington, Kyiv/Kiev, Downing Street, the Elysee stand for governments', () => {
    expect(kb.standsFor('place:USA:washington')?.id).toBe('org:gov:USA');
    expect(kb.standsFor(kb.lookup('Kiev')[0]?.id ?? '')?.id).toBe('org:gov:UKR');
    expect(kb.standsFor(kb.lookup('Downing Street')[0]?.id ?? '')?.id).toBe('org:gov:GBR');
    expect(kb.standsFor(kb.lookup('Élysée')[0]?.id ?? '')?.id).toBe('org:gov:FRA');
  });
  it('kb: "the Pentagon" stands for the US Department of Defense', () => {
    expect(kb.standsFor(kb.lookup('the Pentagon')[0]?.id ?? '')?.id).toBe('org:defence:USA');
  });
});

describe('kb dated roles', () => {
  it('kb: "Kremlin spokesman" in December 2025 is Peskov', () => {
    expect(kb.lookupRole('Kremlin spokesman', undefined, '2025-12-07')[0]?.id).toBe('person:dmitry-peskov');
  });
  it('kb: "Russian foreign minister" is Lavrov', () => {
    expect(kb.lookupRole('Russian foreign minister', undefined, '2025-06-01')[0]?.id).toBe('person:sergey-lavrov');
  });
  it('kb: "US president" is Trump in 2025 and Obama in 2016', () => {
    expect(kb.lookupRole('US president', undefined, '2025-06-01')[0]?.id).toBe('person:donald-trump');
    expect(kb.lookupRole('US president', undefined, '2016-05-01')[0]?.id).toBe('person:barack-obama');
  });
  it('kb: "Foreign Ministry spokeswoman" with country RUS is Zakharova', () => {
    expect(kb.lookupRole('Foreign Ministry spokeswoman', 'RUS', '2025-01-01')[0]?.id).toBe('person:maria-zakharova');
  });
  it('kb: British foreign secretary changes in September 2025', () => {
    expect(kb.lookupRole('British foreign secretary', undefined, '2025-01-01')[0]?.id).toBe('person:david-lammy');
    expect(kb.lookupRole('British foreign secretary', undefined, '2025-10-01')[0]?.id).toBe('person:yvette-cooper');
  });
  it('kb: IGO heads: UN Secretary-General, NATO chief', () => {
    expect(kb.lookupRole('UN Secretary-General', undefined, '2025-01-01')[0]?.id).toBe('person:antonio-guterres');
    expect(kb.lookupRole('NATO chief', undefined, '2025-01-01')[0]?.id).toBe('person:mark-rutte');
  });
  it('kb: Russian defence minister changes in May 2024', () => {
    expect(kb.lookupRole('Russian defence minister', undefined, '2023-01-01')[0]?.id).toBe('person:sergei-shoigu');
    expect(kb.lookupRole('Russian defense minister', undefined, '2025-01-01')[0]?.id).toBe('person:andrei-belousov');
  });
});

describe('kb agencies', () => {
  it('kb: wire services are tagged news-agency', () => {
    for (const s of [
      'Reuters',
      'AP',
      'Associated Press',
      'AFP',
      'Agence France-Presse',
      'TASS',
      'RIA Novosti',
      'Interfax',
      'Xinhua',
      'Anadolu',
      'Kyodo',
      'Yonhap',
      'dpa',
      'EFE',
      'ANSA',
      'PTI',
    ]) {
      expect(kb.lookup(s)[0]?.tags, s).toContain('news-agency');
    }
  });
  it('kb: outlets are organisations tagged outlet', () => {
    for (const s of ['BBC', 'CNN', 'Al Jazeera']) expect(kb.lookup(s)[0]?.tags, s).toContain('outlet');
  });
});

describe('kb more roles and lookups', () => {
  it("kb: source roles end at the sources' horizon; curated roles take over", () => {
    expect(kb.lookupRole('Egyptian president', undefined, '2009-01-01')[0]?.id).toBe('person:hosni-mubarak');
    expect(kb.lookupRole('Egyptian president', undefined, '2025-01-01')[0]?.id).toBe('person:abdel-fattah-el-sisi');
  });
  it('kb: "Pentagon chief" and "Kremlin chief" use the body\'s head office', () => {
    expect(kb.lookupRole('Pentagon chief', undefined, '2025-03-01')[0]?.id).toBe('person:pete-hegseth');
    expect(kb.lookupRole('Kremlin chief', undefined, '2025-03-01')[0]?.id).toBe('person:vladimir-putin');
  });
  it('kb: non-state group leaders resolve by organisation', () => {
    expect(kb.lookupRole('Hezbollah leader', undefined, '2025-01-01')[0]?.id).toBe('person:naim-qassem');
  });
  it('kb: "EU foreign policy chief" is Kallas from December 2024', () => {
    expect(kb.lookupRole('EU foreign policy chief', undefined, '2025-03-01')[0]?.id).toBe('person:kaja-kallas');
    expect(kb.lookupRole('EU foreign policy chief', undefined, '2024-06-01')[0]?.id).toBe('person:josep-borrell');
  });
  it('kb: an ambiguous surname returns several people', () => {
    expect(kb.lookup('Johnson').length).toBeGreaterThan(1);
  });
  it('kb: Kiev and Kyiv are one place', () => {
    expect(kb.lookup('Kiev')[0]?.id).toBe(kb.lookup('Kyiv')[0]?.id);
  });
  it('kb: unknown text yields nothing, never a throw', () => {
    expect(kb.lookup('')).toEqual([]);
    expect(kb.lookup('Xyzzy Plugh')).toEqual([]);
    expect(kb.lookupRole('')).toEqual([]);
    expect(kb.countryOf('nowhere')).toBeUndefined();
    expect(kb.standsFor('nope')).toBeUndefined();
  });
  it('kb: ids are unique and entities sorted by id', () => {
    const all = kb.entities.map((e) => e.id);
    expect(new Set(all).size).toBe(all.length);
    expect([...all].sort()).toEqual(all);
  });
});

describe('kb offices at international bodies', () => {
  it('kb: UN ambassadors are one per country', () => {
    expect(kb.lookupRole('UN ambassador', 'USA', '2025-10-01')[0]?.id).toBe('person:mike-waltz');
    expect(kb.lookupRole('Russian UN ambassador', undefined, '2025-10-01')[0]?.id).toBe('person:vasily-nebenzya');
  });
  it('kb: the UN spokesman is a spokesperson, not a second Secretary-General', () => {
    expect(kb.lookupRole('UN spokesman', undefined, '2025-10-01')[0]?.id).toBe('person:stephane-dujarric');
    expect(kb.lookupRole('UN chief', undefined, '2025-10-01').map((e) => e.id)).toEqual(['person:antonio-guterres']);
  });
  it('kb: a French ECB president is not a French president', () => {
    expect(kb.lookupRole('French president', undefined, '2025-01-01').map((e) => e.id)).toEqual([
      'person:emmanuel-macron',
    ]);
  });
  it('kb: roles carry CAMEO-style codes from the sources', () => {
    const putin = kb.get('person:vladimir-putin');
    expect(putin?.roles.some((r) => r.code === 'RUSGOV')).toBe(true);
    expect(kb.get('country:USA')?.cameo).toBe('USA');
    expect(kb.get('org:igo:un')?.cameo).toBe('IGOUNO');
  });
});

describe('kb companies and acronyms', () => {
  it('kb: platforms and state companies are organisations with a country code', () => {
    expect(kb.lookup('Twitter')[0]).toMatchObject({ type: 'organisation', country: 'USA' });
    expect(kb.lookup('Gazprom')[0]).toMatchObject({ type: 'organisation', cameo: 'RUSBUS' });
    expect(kb.lookup('Weibo')[0]?.type).toBe('organisation');
  });
  it('kb: an acronym is first the entity spelled that way ("SANA" the agency, "Sana" the city)', () => {
    expect(kb.lookup('SANA')[0]?.id).toBe('org:media:sana');
    expect(kb.lookup('Sana')[0]?.type).toBe('place');
  });
});
