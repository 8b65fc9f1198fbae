/**
 * @module analyze/kb/assemble
 * Parsed source records (CountryInfo, Phoenix) → KbEntity lists with stable ids, merged people, sorted output.
 * Build time only (scripts/build-kb.ts); pure and deterministic: same input text → identical output.
 */
import { nameKey, slugify } from './normalise.js';
import type { CountryRecord, PersonRecord } from './parse-countryinfo.js';
import type { ActorRecord } from './parse-phoenix.js';
import { titleKeyOf } from './role-text.js';
import type { KbEntity, KbRole, KbSource } from './types.js';

const TITLE_WORDS =
  /\b(president|presidente|minister|premier|ambassador|secretary|general|chairman|chief|king|prince|princess|queen|emir|sheikh|mr|mrs|dr|sir|lord|spokesman|leader|governor|senator|judge|commander|colonel|envoy|deputy|vice|former|foreign|defen[cs]e|army|sultan)\b/i;

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function roleKey(r: KbRole): string {
  return `${r.start ?? ''}|${r.end ?? ''}|${r.title}|${r.code ?? ''}|${r.org ?? ''}|${r.country ?? ''}`;
}

function near(a?: string, b?: string): boolean {
  return a !== undefined && b !== undefined && Math.abs(Date.parse(a) - Date.parse(b)) <= 62 * 86_400_000;
}

/** Merge roles: a code-only Phoenix role with the same dates as a titled CountryInfo role becomes its `code`. */
export function mergeRoles(a: KbRole[], b: KbRole[]): KbRole[] {
  const out: KbRole[] = a.map((r) => ({ ...r }));
  for (const r of b) {
    const twin = out.find((o) => o.start === r.start && o.end === r.end && (o.country ?? '') === (r.country ?? ''));
    // A code-only role that starts within two months of a titled role of the same country is the same office.
    const generic = /official$/.test(r.title);
    if (
      !twin &&
      generic &&
      out.some((o) => !/official$/.test(o.title) && (o.country ?? '') === (r.country ?? '') && near(o.start, r.start))
    )
      continue;
    if (twin) {
      if (!twin.code && r.code) twin.code = r.code;
      if (/official$/.test(twin.title) && !/official$/.test(r.title)) twin.title = r.title;
      continue;
    }
    out.push({ ...r });
  }
  const seen = new Set<string>();
  return out
    .filter((r) => {
      const k = roleKey(r);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((x, y) => cmp(x.start ?? x.end ?? '', y.start ?? y.end ?? '') || cmp(roleKey(x), roleKey(y)));
}

function uniqAliases(name: string, aliases: string[]): string[] {
  const own = nameKey(name);
  const seen = new Map<string, string>();
  for (const a of aliases) {
    const k = nameKey(a);
    if (!k || k === own || seen.has(k)) continue;
    seen.set(k, a);
  }
  return [...seen.values()].sort(cmp);
}

interface Draft {
  name: string;
  aliases: string[];
  country?: string;
  roles: KbRole[];
  sources: Set<KbSource>;
  cameo?: string;
}

/**
 * Phoenix lists some polities and bodies among a country's dated actors ("South Sudan", "Russian SFSR",
 * "Syrian National Coalition"), and a few concatenated lines of several officials. None of them is a person.
 */
const BODY_WORDS =
  /\b(republic|republica|republika|soviet|sfsr|kingdom|emirate|caliphate|federation|confederation|union|coalition|council|party|army|front|movement|assembly|parliament|congress|committee|government|ministry|forces|brigades?|league|alliance|organi[sz]ation|authority|administration|community|state|states|politbyuro|presidium|junta)\b/i;
const OFFICE_ABBREVIATIONS = /\b(?:sec|min|dep|gen)\.\s/i;

/** A Phoenix dated actor that is not a person: a country's own name, a body, or several officials run together. */
export function isPhoenixBody(a: ActorRecord, countryKeys: ReadonlySet<string>): boolean {
  if ([a.name, ...a.aliases].some((n) => countryKeys.has(nameKey(n)))) return true;
  if (BODY_WORDS.test(a.name) || OFFICE_ABBREVIATIONS.test(a.name)) return true;
  // "Serbia and Montenegro": countries joined into a union.
  const parts = a.name.split(/\s+(?:and|&)\s+/i);
  if (parts.length > 1 && parts.every((p) => countryKeys.has(nameKey(p)))) return true;
  return a.name.split(/\s+/).length > 6;
}

/**
 * Merge people from both sources by (nameKey of any name, country); assign ids `person:<slug>[-<iso3>][-n]`.
 * Phoenix entries that are bodies (`isPhoenixBody`, given the countries' name keys) are left out.
 */
export function assemblePeople(
  ci: PersonRecord[],
  phoenix: ActorRecord[],
  countryKeys: ReadonlySet<string> = new Set(),
): KbEntity[] {
  const drafts: Draft[] = [];
  const byKey = new Map<string, Draft>();
  const add = (
    name: string,
    aliases: string[],
    country: string | undefined,
    roles: KbRole[],
    src: KbSource,
    cameo?: string,
  ): void => {
    const clean = aliases.filter((a) => !TITLE_WORDS.test(a) && a.split(' ').length >= 1);
    const keys = [name, ...clean].map((n) => `${nameKey(n)}|${country ?? ''}`);
    let d = keys.map((k) => byKey.get(k)).find((x) => x !== undefined);
    if (!d) {
      d = { name, aliases: [], roles: [], sources: new Set() };
      if (country) d.country = country;
      drafts.push(d);
    }
    d.aliases.push(name, ...clean);
    d.roles = mergeRoles(d.roles, roles);
    d.sources.add(src);
    if (cameo && !d.cameo) d.cameo = cameo;
    for (const k of keys) if (!byKey.has(k)) byKey.set(k, d);
  };
  for (const p of ci) add(p.name, p.aliases, p.country, p.roles, 'countryinfo');
  for (const a of phoenix) {
    if (a.roles.length === 0 || !a.name.includes(' ') || isPhoenixBody(a, countryKeys)) continue;
    const counts = new Map<string, number>();
    for (const r of a.roles) if (r.country) counts.set(r.country, (counts.get(r.country) ?? 0) + 1);
    const country = [...counts.entries()].sort((x, y) => y[1] - x[1] || cmp(x[0], y[0]))[0]?.[0];
    const cameo = country ? undefined : a.roles[0]?.code;
    add(a.name, a.aliases, country, a.roles, 'phoenix', cameo);
  }
  return assignIds(drafts.filter(recentOrLeader), 'person');
}

const LEADER_KEYS = new Set(['president', 'prime-minister', 'chancellor', 'king', 'emir', 'supreme-leader', 'pope']);

/** Keep people with a role after 1980 (or open-ended), and heads of state/government of any period. */
function recentOrLeader(d: Draft): boolean {
  return d.roles.some((r) => !r.end || r.end >= '1980-01-01' || LEADER_KEYS.has(titleKeyOf(r.title, true) ?? ''));
}

function assignIds(drafts: Draft[], prefix: string): KbEntity[] {
  const sorted = [...drafts].sort(
    (a, b) =>
      cmp(slugify(a.name), slugify(b.name)) ||
      cmp(a.country ?? '', b.country ?? '') ||
      cmp(a.name, b.name) ||
      cmp(JSON.stringify(a.roles), JSON.stringify(b.roles)),
  );
  const bySlug = new Map<string, number>();
  for (const d of sorted) bySlug.set(slugify(d.name), (bySlug.get(slugify(d.name)) ?? 0) + 1);
  const used = new Set<string>();
  const out: KbEntity[] = [];
  for (const d of sorted) {
    const slug = slugify(d.name) || 'unnamed';
    let id = `${prefix}:${slug}`;
    if ((bySlug.get(slug) ?? 0) > 1 && d.country) id += `-${d.country.toLowerCase()}`;
    let n = 2;
    const base = id;
    while (used.has(id)) id = `${base}-${n++}`;
    used.add(id);
    const e: KbEntity = {
      id,
      type: prefix === 'person' ? 'person' : 'organisation',
      name: d.name,
      aliases: uniqAliases(d.name, d.aliases),
      roles: d.roles,
    };
    if (d.country) e.country = d.country;
    if (d.cameo) e.cameo = d.cameo;
    e.sources = [...d.sources].sort(cmp);
    out.push(e);
  }
  return out.sort((a, b) => cmp(a.id, b.id));
}

const ORG_WORDS =
  /\b(organi[sz]ation|union|council|bank|fund|commission|agency|association|news|times|post|press|committee|institute|foundation|court|programme|program|watch|league|forum|federation|office|society|alliance|movement|front|party|army|brigade|group|network|centre|center|assembly|parliament|tribunal|corporation|company|journal|television|radio|broadcasting|herald|tribune|telegraph|guardian|world|international|amnesty|red cross|crescent)\b/i;

function orgTags(codes: string[]): string[] {
  const tags = new Set<string>();
  for (const c of codes) {
    if (c.startsWith('IGO')) tags.add('igo');
    else if (c.startsWith('NGO')) tags.add('ngo');
    else if (c.startsWith('MED') || c.endsWith('MED')) tags.add('outlet');
    else if (c.startsWith('MNC')) tags.add('company');
    else if (/REB|IMG|INS|UAF/.test(c)) tags.add('armed-group');
  }
  return [...tags].sort(cmp);
}

/**
 * Phoenix dated actors that are bodies rather than people (`isPhoenixBody`: "Syrian National Coalition",
 * "Republika Srpska", "Kosovo Assembly") → organisation entities with the country and CAMEO code of their most
 * recent role. A country's own name, and lines of several officials run together, are left out.
 */
export function assemblePhoenixBodies(phoenix: ActorRecord[], countryKeys: ReadonlySet<string>): KbEntity[] {
  const drafts: Draft[] = [];
  for (const a of phoenix) {
    if (a.roles.length === 0 || !isPhoenixBody(a, countryKeys)) continue;
    if ([a.name, ...a.aliases].some((n) => countryKeys.has(nameKey(n)))) continue;
    if (OFFICE_ABBREVIATIONS.test(a.name) || a.name.split(/\s+/).length > 6) continue;
    const latest = [...a.roles].sort((x, y) => cmp(y.start ?? '', x.start ?? ''))[0];
    const d: Draft = { name: a.name, aliases: a.aliases, roles: [], sources: new Set(['phoenix']) };
    if (latest?.country) d.country = latest.country;
    if (latest?.code) d.cameo = latest.code;
    drafts.push(d);
  }
  return assignIds(drafts, 'org');
}

/** Undated Phoenix actors (International, MilNonState) that look like organisations → organisation entities. */
export function assembleOrgs(actors: ActorRecord[], armed: boolean): KbEntity[] {
  const drafts: Draft[] = [];
  const tagsOf = new Map<Draft, string[]>();
  for (const a of actors) {
    if (a.roles.length > 0 || a.codes.length === 0) continue;
    const acronym = /^[A-Za-z.]{2,7}$/.test(a.name);
    if (!armed && !acronym && !ORG_WORDS.test(a.name)) continue;
    const name = acronym ? a.name.toUpperCase() : a.name;
    const d: Draft = { name, aliases: a.aliases, roles: [], sources: new Set(['phoenix']) };
    const code = [...a.codes].sort(cmp)[0];
    if (code) d.cameo = code;
    drafts.push(d);
    tagsOf.set(d, armed ? ['armed-group'] : orgTags(a.codes));
  }
  const ents = assignIds(drafts, 'org');
  const tagById = new Map<string, string[]>();
  const sorted = [...drafts].sort((a, b) => cmp(slugify(a.name), slugify(b.name)) || cmp(a.name, b.name));
  for (const d of sorted) {
    const e = ents.find((x) => x.name === d.name && x.cameo === d.cameo && !tagById.has(x.id));
    if (e) tagById.set(e.id, tagsOf.get(d) ?? []);
  }
  for (const e of ents) {
    const t = tagById.get(e.id);
    if (t && t.length > 0) e.tags = t;
  }
  return ents;
}

/** Countries, their capitals (standing for the government) and major cities as places. */
export function assembleCountries(recs: CountryRecord[]): KbEntity[] {
  const out: KbEntity[] = [];
  for (const c of [...recs].sort((a, b) => cmp(a.iso3, b.iso3))) {
    const e: KbEntity = {
      id: `country:${c.iso3}`,
      type: 'country',
      name: c.name,
      aliases: uniqAliases(c.name, c.nationality),
      country: c.iso3,
      roles: [],
      cameo: c.iso3,
      sources: ['countryinfo'],
    };
    if (c.iso2) e.iso2 = c.iso2;
    out.push(e);
    const places = new Map<string, KbEntity>();
    const addPlace = (name: string, capital: boolean): void => {
      const slug = slugify(name);
      if (!slug || places.has(slug)) return;
      const p: KbEntity = {
        id: `place:${c.iso3}:${slug}`,
        type: 'place',
        name,
        aliases: [],
        country: c.iso3,
        roles: [],
        sources: ['countryinfo'],
      };
      if (capital) {
        p.stands_for = `org:gov:${c.iso3}`;
        p.tags = ['capital'];
      }
      places.set(slug, p);
    };
    for (const n of c.capitals) addPlace(n, true);
    for (const n of c.cities) addPlace(n, false);
    out.push(...[...places.values()].sort((a, b) => cmp(a.id, b.id)));
  }
  return out;
}
