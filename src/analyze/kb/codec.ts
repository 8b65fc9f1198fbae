/**
 * @module analyze/kb/codec
 * Compact row encoding of KbEntity for the generated data modules (keeps them small and diffable: one entity
 * per line). `encodeEntity` runs at build time, `decodeEntity` at load time; decode(encode(e)) deep-equals e.
 *
 * Row = [id, name, aliases, country, roles, sources?, cameo?, tags?, stands_for?, iso2?] (trailing '' fields dropped)
 *   id        '' when it equals `<prefix>:<slugify(name)>` for the module's prefix (people/orgs); else the id
 *   roles     [titleIndex, start 'YYYYMMDD'|'', end|'', code|'', source 'c'|'p'|'u'|'', endInferred 0|1, country?]
 *             (country only when it differs from the entity's; `org` is not stored — source roles have none)
 *   tags      '|'-joined; sources: letters c (countryinfo), p (phoenix), u (curated)
 * The type comes from the id prefix: person:, org:, country:, place:, other:.
 */
import { slugify } from './normalise.js';
import type { KbEntity, KbEntityType, KbRole, KbSource } from './types.js';

export type EntityRow = [
  string,
  string,
  string[],
  string,
  (string | number)[][],
  string?,
  string?,
  string?,
  string?,
  string?,
];

const SRC: Record<KbSource, string> = { countryinfo: 'c', phoenix: 'p', curated: 'u' };
const SRC_BACK: Record<string, KbSource> = { c: 'countryinfo', p: 'phoenix', u: 'curated' };
const TYPES: Record<string, KbEntityType> = {
  person: 'person',
  org: 'organisation',
  country: 'country',
  place: 'place',
  other: 'other',
};

const packDate = (d?: string): string => (d ? d.replace(/-/g, '') : '');
const unpackDate = (d: string): string | undefined =>
  d ? `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}` : undefined;

/** Interning table for role titles, shared by all rows of one module. */
export class TitleTable {
  readonly titles: string[] = [];
  private readonly index = new Map<string, number>();
  indexOf(t: string): number {
    let i = this.index.get(t);
    if (i === undefined) {
      i = this.titles.length;
      this.titles.push(t);
      this.index.set(t, i);
    }
    return i;
  }
}

export function encodeEntity(e: KbEntity, prefix: string, titles: TitleTable): EntityRow {
  const id = e.id === `${prefix}:${slugify(e.name)}` ? '' : e.id;
  const roles = e.roles.map((r) => {
    const row: (string | number)[] = [
      titles.indexOf(r.title),
      packDate(r.start),
      packDate(r.end),
      r.code ?? '',
      r.source ? SRC[r.source] : '',
    ];
    const other = r.country && r.country !== e.country ? r.country : '';
    if (r.endInferred || other) row.push(r.endInferred ? 1 : 0);
    if (other) row.push(other);
    return row;
  });
  const row: EntityRow = [
    id,
    e.name,
    e.aliases,
    e.country ?? '',
    roles,
    (e.sources ?? []).map((s) => SRC[s]).join(''),
    e.cameo ?? '',
    (e.tags ?? []).join('|'),
    e.stands_for ?? '',
    e.iso2 ?? '',
  ];
  while (row.length > 5 && row[row.length - 1] === '') row.pop();
  return row;
}

export function decodeEntity(row: EntityRow, prefix: string, titles: readonly string[]): KbEntity {
  const [rawId, name, aliases, country, roles, sources, cameo, tags, standsFor, iso2] = row;
  const id = rawId || `${prefix}:${slugify(name)}`;
  const type = TYPES[id.slice(0, id.indexOf(':'))] ?? 'other';
  const e: KbEntity = { id, type, name, aliases, roles: roles.map((r) => decodeRole(r, titles, country)) };
  if (country) e.country = country;
  if (cameo) e.cameo = cameo;
  if (tags) e.tags = tags.split('|');
  if (standsFor) e.stands_for = standsFor;
  if (iso2) e.iso2 = iso2;
  if (sources) e.sources = [...sources].map((c) => SRC_BACK[c]).filter((s): s is KbSource => s !== undefined);
  return e;
}

function decodeRole(r: (string | number)[], titles: readonly string[], entityCountry: string): KbRole {
  const [ti, start, end, code, src, inferred, other] = r;
  const role: KbRole = { title: titles[Number(ti)] ?? '' };
  const s = unpackDate(String(start ?? ''));
  const en = unpackDate(String(end ?? ''));
  if (s) role.start = s;
  if (en) role.end = en;
  if (code) role.code = String(code);
  const source = SRC_BACK[String(src ?? '')];
  if (source) role.source = source;
  if (inferred === 1) role.endInferred = true;
  const country = other ? String(other) : entityCountry;
  if (country) role.country = country;
  return role;
}

/** A string as a JS literal for generated modules, quoted the way the formatter (biome) would quote it. */
export function jsString(text: string): string {
  const body = text
    .replace(/\\/g, '\\\\')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  const singles = (text.match(/'/g) ?? []).length;
  const doubles = (text.match(/"/g) ?? []).length;
  if (singles > doubles) return `"${body.replace(/"/g, '\\"')}"`;
  return `'${body.replace(/'/g, "\\'")}'`;
}
