/**
 * Tests for the build-time parsers and the row codec (small inline fixtures; the real sources are not needed).
 */
import { describe, expect, it } from 'vitest';
import { assembleCountries, assemblePeople, assemblePhoenixBodies } from './assemble.js';
import { decodeEntity, encodeEntity, TitleTable } from './codec.js';
import { nameKey } from './normalise.js';
import { parseCountryInfo } from './parse-countryinfo.js';
import { isoDate, parseInterval } from './parse-dates.js';
import { parsePhoenixActors } from './parse-phoenix.js';
import { parseRoleText, titleKeyOf } from './role-text.js';
import type { KbEntity } from './types.js';

const COUNTRYINFO = `<Country>
<CountryCode>RUS</CountryCode>
<CountryName>RUSSIAN_FEDERATION</CountryName>
<ISO3166-alpha2>RU</ISO3166-alpha2>
<ISO3166-alpha3>RUS</ISO3166-alpha3>
<Nationality>
	RUSSIAN_
</Nationality>
<Capital>
	MOSCOW_
</Capital>
<Leaders>
	<Presidents>
		{VLADIMIR_PUTIN_}{VLADIMIR_VLADIMIROVICH_PUTIN_}	[19991231 - 20080507]  [B:19520101]
	</Presidents>
</Leaders>
<Government>
	{SERGEY_LAVROV_}{SERGEY_VIKTOROVICH_LAVROV_} [RUSGOV >20040309]	# Minister of Foreign Affairs
	{ANDREY_DENISOV_} [RUSGOV 20040801 - 20060431]	# Permanent Representative to the UN, New York
</Government>
</Country>
<Country>
<CountryCode>ISR</CountryCode>
<CountryName>ISRAEL</CountryName>
<ISO3166-alpha2>IS</ISO3166-alpha2>
<ISO3166-alpha3>IL</ISO3166-alpha3>
</Country>`;

const PHOENIX = `# comment
VLADIMIR_PUTIN_  # CountryInfo.txt
+PUTIN_
+PRESIDENT_PUTIN_
	[RUSELI 700101-990809]
	[RUSGOV 991231-080507]
NATO_
+NORTH_ATLANTIC_TREATY_ORGANIZATION_
	[IGOWSTNAT]
`;

describe('kb parsers', () => {
  it('kb: isoDate handles 6- and 8-digit dates and clamps impossible days', () => {
    expect(isoDate('20060431')).toBe('2006-04-30');
    expect(isoDate('991231')).toBe('1999-12-31');
    expect(isoDate('080507')).toBe('2008-05-07');
    expect(parseInterval('>20040309')).toEqual({ start: '2004-03-09' });
    expect(parseInterval('<20040331')).toEqual({ end: '2004-03-31' });
    expect(parseInterval('junk')).toBeUndefined();
  });
  it('kb: CountryInfo leaders and government entries become dated roles with titles', () => {
    const { countries, people } = parseCountryInfo(COUNTRYINFO);
    expect(countries.map((c) => c.iso3)).toEqual(['RUS', 'ISR']);
    expect(countries[1]?.iso2).toBe('IL');
    const lavrov = people.find((p) => p.name === 'Sergey Lavrov');
    expect(lavrov?.roles[0]).toMatchObject({
      title: 'Minister of Foreign Affairs',
      code: 'RUSGOV',
      start: '2004-03-09',
      country: 'RUS',
    });
    expect(people.find((p) => p.name === 'Vladimir Putin')?.roles[0]).toMatchObject({
      title: 'President',
      start: '1999-12-31',
      end: '2008-05-07',
    });
  });
  it('kb: capitals stand for the government', () => {
    const ents = assembleCountries(parseCountryInfo(COUNTRYINFO).countries);
    expect(ents.find((e) => e.id === 'place:RUS:moscow')?.stands_for).toBe('org:gov:RUS');
  });
  it('kb: Phoenix entries merge with CountryInfo people; ELI codes are dropped; titled aliases are dropped', () => {
    const codes = new Set(['RUS']);
    const actors = parsePhoenixActors(PHOENIX, codes);
    expect(actors.find((a) => a.aliases.includes('North Atlantic Treaty Organization'))?.codes).toEqual(['IGOWSTNAT']);
    const people = assemblePeople(parseCountryInfo(COUNTRYINFO).people, actors);
    const putin = people.find((p) => p.id === 'person:vladimir-putin');
    expect(putin?.roles).toHaveLength(1);
    expect(putin?.roles[0]).toMatchObject({ title: 'President', code: 'RUSGOV' });
    expect(putin?.aliases).toContain('Putin');
    expect(putin?.aliases).not.toContain('President Putin');
  });
  it('kb: Phoenix dated actors that are polities or bodies are organisations, not people', () => {
    const dated = `ATLANTIS_
+ATLANTEAN_REPUBLIC_
+PORTO_AZUL_
	[ATL >20110709]
FREE_ATLANTIS_COALITION_
	[ATLREB >20120101]
ATLANTIS_AND_LEMURIA_
	[ATL 19900101-20000101]
JOHN_QUILL_SEC._OF_STATE_FOR_FISHERIES_TO_THE_MIN._OF_SEAS_MARY_ROE_
	[ATLGOV 20030901-20030930]
MARIA_QUILL_
	[ATLGOV >20200101]
`;
    const actors = parsePhoenixActors(dated, new Set(['ATL', 'LEM']));
    const countryKeys = new Set(['Atlantis', 'Lemuria'].map(nameKey));
    const people = assemblePeople([], actors, countryKeys);
    expect(people.map((p) => p.name)).toEqual(['Maria Quill']);
    const bodies = assemblePhoenixBodies(actors, countryKeys);
    expect(bodies.map((b) => [b.name, b.type, b.cameo])).toEqual([
      ['Atlantis and Lemuria', 'organisation', 'ATL'],
      ['Free Atlantis Coalition', 'organisation', 'ATLREB'],
    ]);
  });
  it('kb: CountryInfo\'s "Serbia and Montenegro" block is read as Serbia, and Montenegro loses the Serbian names', () => {
    const text = `<Country>
<CountryName>MONTENEGRO</CountryName>
<ISO3166-alpha2>ME</ISO3166-alpha2>
<ISO3166-alpha3>MNE</ISO3166-alpha3>
<Nationality>
	SERB_
	MONTENEGRIN_
	SERBIAN_
</Nationality>
<Capital>
	BELGRADE_
	PODGORICA_
</Capital>
</Country>
<Country>
<CountryName>SERBIA_AND_MONTENEGRO</CountryName>
<ISO3166-alpha3>---</ISO3166-alpha3>
<Nationality>
	SERB_
	SERBIA_
	MONTENEGRIN_
	FEDERAL_REPUBLIC_OF_YUGOSLAVIA_
</Nationality>
<Capital>
	BELGRADE_
</Capital>
</Country>`;
    const { countries } = parseCountryInfo(text);
    const byCode = new Map(countries.map((c) => [c.iso3, c]));
    expect(byCode.get('SRB')).toMatchObject({ name: 'Serbia', iso2: 'RS', nationality: ['Serb', 'Serbia'] });
    expect(byCode.get('SRB')?.capitals).toEqual(['Belgrade']);
    expect(byCode.get('MNE')).toMatchObject({ nationality: ['Montenegrin'], capitals: ['Podgorica'] });
  });
  it('kb: assembling twice gives identical output (determinism)', () => {
    const run = (): string =>
      JSON.stringify(
        assemblePeople(parseCountryInfo(COUNTRYINFO).people, parsePhoenixActors(PHOENIX, new Set(['RUS']))),
      );
    expect(run()).toBe(run());
  });
});

describe('kb codec and role text', () => {
  it('kb: decode(encode(entity)) round-trips', () => {
    const e: KbEntity = {
      id: 'person:ab-cd',
      type: 'person',
      name: 'Ab Cd',
      aliases: ["O'Cd"],
      country: 'RUS',
      roles: [
        { title: 'President', start: '2000-01-02', code: 'RUSGOV', source: 'countryinfo', country: 'RUS' },
        { title: 'Envoy', end: '2001-01-01', country: 'UKR', source: 'phoenix', endInferred: true },
      ],
      sources: ['countryinfo', 'phoenix'],
    };
    const t = new TitleTable();
    const row = encodeEntity(e, 'person', t);
    expect(row[0]).toBe('');
    expect(decodeEntity(JSON.parse(JSON.stringify(row)), 'person', t.titles)).toEqual(e);
  });
  it('kb: titleKeyOf is strict for source titles', () => {
    expect(titleKeyOf('Minister of Foreign Affairs', true)).toBe('foreign-minister');
    expect(titleKeyOf('Deputy Prime Minister', true)).toBe('deputy-prime-minister');
    expect(titleKeyOf('President of the Senate', true)).toBeUndefined();
    expect(titleKeyOf('President of the European Commission')).toBe('president');
  });
  it('kb: parseRoleText finds the office and the qualifiers', () => {
    expect(parseRoleText('Kremlin spokesman')).toMatchObject({
      titleKey: 'spokesperson',
      country: 'RUS',
      kind: 'presidency',
    });
    expect(parseRoleText("Russia's deputy foreign minister")).toMatchObject({
      titleKey: 'deputy-foreign-minister',
      rest: ['russia'],
    });
    expect(parseRoleText('the weather')).toBeUndefined();
  });
});
