/**
 * @module analyze/kb/parse-countryinfo
 * CountryInfo.txt (quasi-XML, CC BY-SA 3.0, P. Schrodt) → country records and dated leader records.
 * Build time only (scripts/build-kb.ts); pure: text in, records out.
 */

import { titleCase } from './normalise.js';
import { parseInterval, roleFromCode } from './parse-dates.js';
import type { KbRole } from './types.js';

export interface CountryRecord {
  iso3: string;
  iso2?: string;
  name: string;
  /** Nationality block: adjectives and name variants (incl. other languages). */
  nationality: string[];
  capitals: string[];
  cities: string[];
}

export interface PersonRecord {
  name: string;
  aliases: string[];
  country?: string;
  roles: KbRole[];
}

function field(block: string, tag: string): string | undefined {
  const m = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(block);
  return m?.[1]?.trim();
}

function listField(block: string, tag: string): string[] {
  const body = field(block, tag);
  if (!body) return [];
  const out: string[] = [];
  for (const line of body.split('\n')) {
    const t = line.replace(/#.*$/, '').trim();
    if (t) out.push(titleCase(t.replace(/\(.*?\)/g, '')));
  }
  return out.filter((s) => s.length > 1);
}

/** "{VLADIMIR_PUTIN_}{VLADIMIR_VLADIMIROVICH_PUTIN_}" or "BORIS_YELTSIN_" → display names. */
function names(raw: string): string[] {
  const braced = [...raw.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? '');
  const list = braced.length > 0 ? braced : [raw];
  return list.map((n) => titleCase(n.replace(/,$/, ''))).filter((n) => n.length > 2);
}

function singular(title: string): string {
  const t = titleCase(title).replace(/\bPeople'S\b/g, "People's");
  if (/ of /i.test(t)) return t;
  return t.replace(/([^s])s$/, '$1').replace(/\bmen$/, 'man');
}

function leaders(block: string, iso3: string, countries: ReadonlySet<string>): PersonRecord[] {
  const body = field(block, 'Leaders') ?? '';
  const out: PersonRecord[] = [];
  let title = '';
  for (const line of body.split('\n')) {
    const t = line.replace(/#.*$/, '').trim();
    if (!t) continue;
    const tag = /^<([^/][^>]*)>$/.exec(t);
    if (tag?.[1]) {
      title = singular(tag[1]);
      continue;
    }
    if (t.startsWith('</')) continue;
    const nameEnd = t.indexOf('[');
    if (nameEnd <= 0) continue;
    const ns = names(t.slice(0, nameEnd).trim());
    const roles: KbRole[] = [];
    for (const m of t.slice(nameEnd).matchAll(/\[([^\]]+)\]/g)) {
      const iv = parseInterval(m[1] ?? '');
      if (iv) roles.push({ title, country: iso3, ...iv, source: 'countryinfo' });
    }
    if (ns[0] && roles.length > 0) out.push({ name: ns[0], aliases: ns.slice(1), country: iso3, roles });
  }
  return out.concat(government(block, iso3, countries));
}

function government(block: string, iso3: string, countries: ReadonlySet<string>): PersonRecord[] {
  const body = field(block, 'Government') ?? '';
  const out: PersonRecord[] = [];
  let section = '';
  for (const line of body.split('\n')) {
    const sec = /^\s*#\s*<([^>]+)>/.exec(line);
    if (sec?.[1]) {
      section = sec[1].trim();
      continue;
    }
    const hash = line.indexOf('#');
    const t = (hash >= 0 ? line.slice(0, hash) : line).trim();
    const comment = hash >= 0 ? line.slice(hash + 1).trim() : '';
    const nameEnd = t.indexOf('[');
    if (nameEnd <= 0) continue;
    const ns = names(t.slice(0, nameEnd).trim());
    const titles = (comment || section).split(/\s+&\s+/).map((s) => s.replace(/"/g, '').trim());
    const roles: KbRole[] = [];
    let i = 0;
    for (const m of t.slice(nameEnd).matchAll(/\[([A-Z]{3,})\s+([^\]]+)\]/g)) {
      const role = roleFromCode(m[1] ?? '', m[2] ?? '', countries);
      const title = titles[Math.min(i, titles.length - 1)];
      i++;
      if (!role) continue;
      if (title) role.title = title;
      role.source = 'countryinfo';
      if (!role.country) role.country = iso3;
      roles.push(role);
    }
    if (ns[0] && roles.length > 0) out.push({ name: ns[0], aliases: ns.slice(1), country: iso3, roles });
  }
  return out;
}

/** Known code errors in CountryInfo.120116.txt (CountryName → [ISO3, ISO2]); checked against ISO 3166-1. */
const CODE_FIXES: Readonly<Record<string, readonly [string, string]>> = {
  ISRAEL: ['ISR', 'IL'],
  JAPAN: ['JPN', 'JP'],
  GUATEMALA: ['GTM', 'GT'],
  GUINEA: ['GIN', 'GN'],
  MYANMAR: ['MMR', 'MM'],
  SERBIA_AND_MONTENEGRO: ['SRB', 'RS'], // read as Serbia: see withoutWrongNames
};

/**
 * CountryInfo.120116.txt has no entry of its own for Serbia: its names, capital and leaders sit in the former
 * "Serbia and Montenegro" block (ISO code "---"), and Montenegro's block also lists "Serb", "Serbian" and
 * Belgrade. That block is read as Serbia (SRB) without the Montenegrin and Yugoslav-federation names, and
 * Montenegro loses the Serbian ones.
 */
const NOT_SERBIA = /montene|monte negro|montenagro|monternagro|crna gora|yugoslav|jugoslavija/i;
const NOT_MONTENEGRO = /^(serb|serbian|belgrade|beograd)$/i;

function withoutWrongNames(rec: CountryRecord): CountryRecord {
  if (rec.iso3 === 'SRB') {
    return { ...rec, name: 'Serbia', nationality: rec.nationality.filter((n) => !NOT_SERBIA.test(n)) };
  }
  if (rec.iso3 === 'MNE') {
    return {
      ...rec,
      nationality: rec.nationality.filter((n) => !NOT_MONTENEGRO.test(n)),
      capitals: rec.capitals.filter((n) => !NOT_MONTENEGRO.test(n)),
    };
  }
  return rec;
}

function codesOf(b: string): { iso3?: string; iso2?: string } {
  const fix = CODE_FIXES[(field(b, 'CountryName') ?? '').replace(/_+$/, '')];
  if (fix) return { iso3: fix[0], iso2: fix[1] };
  return { iso3: field(b, 'ISO3166-alpha3'), iso2: field(b, 'ISO3166-alpha2') };
}

/** Parse the whole file. Country codes with suffixes (e.g. 'USAGUM' territories) keep their ISO alpha-3 field. */
export function parseCountryInfo(text: string): { countries: CountryRecord[]; people: PersonRecord[] } {
  const blocks = text.split('<Country>').slice(1);
  const countries: CountryRecord[] = [];
  const codes = new Set<string>();
  for (const b of blocks) {
    const { iso3 } = codesOf(b);
    if (iso3 && /^[A-Z]{3}$/.test(iso3)) codes.add(iso3);
  }
  const people: PersonRecord[] = [];
  for (const b of blocks) {
    const { iso3, iso2 } = codesOf(b);
    if (!iso3 || !/^[A-Z]{3}$/.test(iso3)) continue;
    const rec: CountryRecord = {
      iso3,
      name: titleCase(field(b, 'CountryName') ?? iso3),
      nationality: listField(b, 'Nationality'),
      capitals: listField(b, 'Capital'),
      cities: listField(b, 'MajorCities'),
    };
    if (iso2 && /^[A-Z]{2}$/.test(iso2)) rec.iso2 = iso2;
    countries.push(withoutWrongNames(rec));
    people.push(...leaders(b, iso3, codes));
  }
  return { countries, people };
}
