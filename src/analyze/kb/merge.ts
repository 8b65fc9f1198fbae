/**
 * @module analyze/kb/merge
 * Load-time assembly of the knowledge base: decodes the generated source rows, adds national bodies,
 * metonyms, curated organisations and people, merges curated entries over source entries with the same name
 * key, and infers the end of open-ended source roles from the next holder's start. Pure and deterministic.
 */
import { decodeEntity, type EntityRow } from './codec.js';
import { COUNTRY_EXTRAS, METONYMS, NAMED_BODIES, NATIONAL_BODIES } from './countries.data.js';
import { CURATED_PEOPLE } from './curated.data.js';
import { CURATED_INTL } from './curated-intl.data.js';
import { CURATED_POWERS } from './curated-powers.data.js';
import { CURATED_REST } from './curated-rest.data.js';
import { CURATED_WORLD } from './curated-world.data.js';
import { COUNTRY_PREFIX, COUNTRY_ROWS, COUNTRY_TITLES } from './generated/countries.js';
import { ORG_PREFIX, ORG_ROWS, ORG_TITLES } from './generated/orgs.js';
import { PEOPLE_CHUNKS } from './generated/people.js';
import { nameKey, slugify } from './normalise.js';
import { AGENCIES, COMPANIES, GROUPS, IGOS, type OrgRow, OUTLETS } from './orgs.data.js';
import { titleKeyOf } from './role-text.js';
import { SINGLE_HOLDER } from './roles.data.js';
import type { KbEntity, KbRole } from './types.js';

const decodeAll = (rows: readonly string[], prefix: string, titles: readonly string[]): KbEntity[] =>
  rows.map((r) => decodeEntity(JSON.parse(r) as EntityRow, prefix, titles));

const uniq = (xs: string[]): string[] => [...new Set(xs)];

function pushTo<T>(m: Map<string, T[]>, k: string, v: T): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

function addAliases(e: KbEntity, aliases: readonly string[]): void {
  e.aliases = uniq([...e.aliases, ...aliases.filter((a) => a !== e.name)]);
}

function adjectiveOf(c: KbEntity): string {
  const extra = COUNTRY_EXTRAS[c.country ?? '']?.[2][0];
  if (extra) return extra;
  return c.aliases.find((a) => /(an|ese|ish|i|ic)$/.test(a) && !a.includes(' ')) ?? c.name;
}

function countries(byId: Map<string, KbEntity>, out: KbEntity[]): void {
  for (const c of decodeAll(COUNTRY_ROWS, COUNTRY_PREFIX, COUNTRY_TITLES)) {
    const extra = c.type === 'country' ? COUNTRY_EXTRAS[c.country ?? ''] : undefined;
    if (extra) {
      const [name, aliases, adjectives] = extra;
      const old = c.name;
      c.name = name;
      addAliases(c, [old, ...aliases, ...adjectives]);
      c.adjectives = [...adjectives];
    }
    out.push(c);
    byId.set(c.id, c);
  }
  for (const c of out.filter((e) => e.type === 'country')) {
    const iso3 = c.country ?? '';
    const A = adjectiveOf(c);
    for (const [kind, nameT, aliasT, suffix] of NATIONAL_BODIES) {
      const fill = (t: string): string => t.replace('{A}', A).replace('{N}', c.name);
      const body: KbEntity = {
        id: `org:${kind}:${iso3}`,
        type: 'organisation',
        name: fill(nameT),
        aliases: uniq(aliasT.map(fill)),
        country: iso3,
        roles: [],
        cameo: `${iso3}${suffix}`,
        tags: ['national-body'],
      };
      out.push(body);
      byId.set(body.id, body);
    }
  }
  for (const [id, name, aliases, country, cameo] of NAMED_BODIES) {
    const existing = byId.get(id);
    if (existing) {
      const old = existing.name;
      existing.name = name;
      addAliases(existing, [old, ...aliases]);
    } else {
      const e: KbEntity = {
        id,
        type: 'organisation',
        name,
        aliases: [...aliases],
        country,
        roles: [],
        cameo,
        tags: ['national-body'],
      };
      out.push(e);
      byId.set(id, e);
    }
  }
  const dropped = new Set<string>();
  for (const [suffix, name, aliases, country, standsFor] of METONYMS) {
    const id = `place:${country}:${suffix}`;
    let e = byId.get(id);
    if (e) {
      addAliases(e, aliases);
      e.stands_for = standsFor;
    } else {
      e = {
        id,
        type: 'place',
        name,
        aliases: [...aliases],
        country,
        roles: [],
        stands_for: standsFor,
        tags: ['metonym'],
        sources: ['curated'],
      };
      out.push(e);
      byId.set(id, e);
    }
    // Fold source places of the same country that are spellings of this one ("Kiev", "Kyyiv" → Kyiv).
    const keys = new Set([name, ...aliases].map(nameKey));
    for (const p of out) {
      if (p.type !== 'place' || p.id === id || p.country !== country || dropped.has(p.id) || !keys.has(nameKey(p.name)))
        continue;
      addAliases(e, [p.name, ...p.aliases]);
      dropped.add(p.id);
    }
  }
  const kept = out.filter((p) => !dropped.has(p.id));
  out.length = 0;
  out.push(...kept);
  for (const id of dropped) byId.delete(id);
}

/** Merge `src` into `dst` (aliases, roles, codes); `dst` keeps its id and name. */
function absorb(dst: KbEntity, src: KbEntity): void {
  addAliases(dst, [src.name, ...src.aliases]);
  dst.roles = [...dst.roles, ...src.roles];
  if (!dst.cameo && src.cameo) dst.cameo = src.cameo;
  if (!dst.country && src.country) dst.country = src.country;
  dst.sources = uniq([...(dst.sources ?? []), ...(src.sources ?? [])]).sort() as KbEntity['sources'];
}

function orgs(curated: readonly OrgRow[], source: KbEntity[]): KbEntity[] {
  const byKey = new Map<string, KbEntity[]>();
  for (const s of source) for (const n of [s.name, ...s.aliases]) pushTo(byKey, nameKey(n), s);
  const absorbed = new Set<string>();
  const out: KbEntity[] = [];
  for (const [id, name, aliases, tags, country, cameo] of curated) {
    const e: KbEntity = {
      id,
      type: 'organisation',
      name,
      aliases: [...aliases],
      roles: [],
      tags: [...tags],
      sources: ['curated'],
    };
    if (country) e.country = country;
    if (cameo) e.cameo = cameo;
    for (const n of [name, ...aliases.filter((a) => a.length > 3)]) {
      for (const s of byKey.get(nameKey(n)) ?? []) {
        if (absorbed.has(s.id)) continue;
        absorbed.add(s.id);
        absorb(e, { ...s, cameo: undefined, aliases: s.aliases.filter((a) => a.length > 3) } as KbEntity);
      }
    }
    out.push(e);
  }
  return [...out, ...source.filter((s) => !absorbed.has(s.id))];
}

function people(source: KbEntity[]): KbEntity[] {
  const byKey = new Map<string, KbEntity[]>();
  for (const s of source) for (const n of [s.name, ...s.aliases]) if (n.includes(' ')) pushTo(byKey, nameKey(n), s);
  const absorbed = new Set<string>();
  const out: KbEntity[] = [];
  for (const [name, country, aliases, roles] of [
    ...CURATED_PEOPLE,
    ...CURATED_POWERS,
    ...CURATED_INTL,
    ...CURATED_WORLD,
    ...CURATED_REST,
  ]) {
    const e: KbEntity = {
      id: `person:${slugify(name)}`,
      type: 'person',
      name,
      aliases: [...aliases],
      roles: [],
      sources: ['curated'],
    };
    if (country) e.country = country;
    e.roles = roles.map(([title, org, start, end]) => {
      const r: KbRole = { title, source: 'curated' };
      if (org) r.org = org;
      const oc = /^org:[a-z-]+:([A-Z]{3})$/.exec(org)?.[1];
      if (oc) r.country = oc;
      if (start) r.start = start;
      if (end) r.end = end;
      return r;
    });
    for (const n of [name, ...aliases]) {
      for (const s of byKey.get(nameKey(n)) ?? []) {
        if (
          absorbed.has(s.id) ||
          (country ? s.country !== undefined && s.country !== country : s.country !== undefined)
        )
          continue;
        absorbed.add(s.id);
        absorb(e, s);
      }
    }
    out.push(e);
  }
  return [...out, ...source.filter((s) => !absorbed.has(s.id))];
}

/** Close open-ended roles of single-holder offices at the next holder's start (marked `endInferred`). */
function inferEnds(all: KbEntity[]): void {
  const groups = new Map<string, { e: KbEntity; r: KbRole }[]>();
  for (const e of all) {
    for (const r of e.roles) {
      const key = titleKeyOf(r.title, r.source !== 'curated');
      if (!key || !SINGLE_HOLDER.has(key) || !r.start) continue;
      // One holder per office and body; ambassadors to an international body: one per country.
      const scope = r.org?.startsWith('org:igo') ? r.org : (r.country ?? r.org ?? '');
      const g = `${key}|${scope}|${key === 'un-ambassador' ? (e.country ?? '') : ''}`;
      pushTo(groups, g, { e, r });
    }
  }
  for (const list of groups.values()) {
    for (const { e, r } of list) {
      if (r.end || !r.start) continue;
      const next = list
        .filter((x) => x.e !== e && (x.r.start ?? '') > (r.start ?? ''))
        .map((x) => x.r.start ?? '')
        .sort()[0];
      if (next) {
        r.end = next;
        r.endInferred = true;
      }
    }
  }
}

/** All entities of the knowledge base, sorted by id. */
export function assembleKnowledgeBase(): KbEntity[] {
  const byId = new Map<string, KbEntity>();
  const base: KbEntity[] = [];
  countries(byId, base);
  const orgList = orgs(
    [...IGOS, ...GROUPS, ...AGENCIES, ...OUTLETS, ...COMPANIES],
    decodeAll(ORG_ROWS, ORG_PREFIX, ORG_TITLES),
  );
  const personList = people(PEOPLE_CHUNKS.flatMap((c) => decodeAll(c.rows, c.prefix, c.titles)));
  const seen = new Set<string>();
  const all = [...base, ...orgList, ...personList].filter((e) => {
    if (seen.has(e.id)) return false;
    seen.add(e.id);
    return true;
  });
  for (const e of all) e.roles.sort((a, b) => (a.start ?? '').localeCompare(b.start ?? ''));
  inferEnds(all);
  return all.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
