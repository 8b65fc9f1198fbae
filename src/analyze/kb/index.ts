/**
 * @module analyze/kb
 * The shipped knowledge base of canonical entities (countries, places, organisations, people with dated roles),
 * built from CountryInfo and Phoenix (generated/, ~2016) plus curated current office-holders (curated.data.ts).
 * `loadKnowledgeBase()` is lazy and cached. Lookups are case-, diacritic- and transliteration-insensitive
 * (`nameKey`, see normalise.ts). No I/O beyond importing the generated modules.
 */
import { assembleKnowledgeBase } from './merge.js';
import { nameKey } from './normalise.js';
import { type ParsedRoleText, parseRoleText, titleKeyOf } from './role-text.js';
import { HEAD_LIKE, HEAD_OF_KIND } from './roles.data.js';
import type { KbEntity, KbRole, KnowledgeBase } from './types.js';

export { nameKey, normaliseName, slugify } from './normalise.js';
export { parseRoleText, titleKeyOf } from './role-text.js';
export type { KbEntity, KbEntityType, KbRole, KbSource, KnowledgeBase } from './types.js';

const PARTICLES = new Set(['von', 'van', 'der', 'de', 'da', 'al', 'el', 'bin', 'ibn', 'le', 'la', 'di', 'dos']);

const push = (m: Map<string, string[]>, k: string, id: string): void => {
  if (!k) return;
  const l = m.get(k);
  if (!l) m.set(k, [id]);
  else if (!l.includes(id)) l.push(id);
};

const latestStart = (e: KbEntity): string =>
  e.roles
    .map((r) => r.start ?? '')
    .sort()
    .at(-1) ?? '';

class Kb implements KnowledgeBase {
  readonly entities: readonly KbEntity[];
  private readonly byId = new Map<string, KbEntity>();
  private readonly names = new Map<string, string[]>();
  private readonly surnames = new Map<string, string[]>();
  /** Office key → every role with that key (people only). */
  private readonly byOffice = new Map<string, { e: KbEntity; r: KbRole }[]>();

  constructor(entities: KbEntity[]) {
    this.entities = entities;
    for (const e of entities) {
      this.byId.set(e.id, e);
      for (const n of [e.name, ...e.aliases, ...(e.adjectives ?? [])]) push(this.names, nameKey(n), e.id);
      if (e.type !== 'person') continue;
      for (const r of e.roles) {
        const k = titleKeyOf(r.title, r.source !== 'curated');
        if (!k) continue;
        const list = this.byOffice.get(k);
        if (list) list.push({ e, r });
        else this.byOffice.set(k, [{ e, r }]);
      }
      for (const n of [e.name, ...e.aliases]) {
        const words = nameKey(n).split(' ');
        if (words.length < 2) continue;
        push(this.surnames, words[words.length - 1] ?? '', e.id);
        const p = words.findIndex((w, i) => i > 0 && PARTICLES.has(w));
        if (p > 0) push(this.surnames, words.slice(p).join(' '), e.id);
      }
    }
  }

  get(id: string): KbEntity | undefined {
    return this.byId.get(id);
  }

  lookup(surface: string): KbEntity[] {
    const k = nameKey(surface);
    if (!k) return [];
    const exact = this.names.get(k) ?? [];
    const ids = [...exact, ...(this.surnames.get(k) ?? []).filter((id) => !exact.includes(id))];
    // An acronym ("SANA") is first the entity written that way, not a namesake in mixed case ("Sana").
    const written = surface.trim();
    const acronym = /^[\p{Lu}\d.&-]{2,}$/u.test(written);
    const rank = (e: KbEntity): number =>
      (acronym && e.name !== written && !e.aliases.includes(written) ? 10 : 0) +
      (nameKey(e.name) === k ? 0 : exact.includes(e.id) ? 2 : 4) +
      (e.sources?.includes('curated') || e.type === 'country' ? 0 : 1);
    // Ranked once per entity, not once per comparison.
    return ids
      .flatMap((id) => {
        const e = this.byId.get(id);
        return e ? [{ e, rank: rank(e), latest: latestStart(e) }] : [];
      })
      .sort((a, b) => a.rank - b.rank || b.latest.localeCompare(a.latest) || a.e.id.localeCompare(b.e.id))
      .map(({ e }) => e);
  }

  countryOf(surface: string): string | undefined {
    const hits = this.lookup(surface).filter((e) => e.type !== 'person');
    const country = hits.find((e) => e.type === 'country');
    return (country ?? hits.find((e) => e.type === 'place' || e.tags?.includes('national-body')))?.country;
  }

  standsFor(id: string): KbEntity | undefined {
    const target = this.byId.get(id)?.stands_for;
    return target ? this.byId.get(target) : undefined;
  }

  lookupRole(roleText: string, country?: string, date?: string): KbEntity[] {
    const q = parseRoleText(roleText);
    if (!q) return [];
    const day = date ?? new Date().toISOString().slice(0, 10);
    const { org, cc } = this.scopeOf(q, country);
    // An international body or non-state group: its roles are matched by org only, never by a person's nationality.
    const igo = org !== undefined && this.byId.get(org)?.tags?.includes('national-body') !== true;
    const headOf = q.titleKey === 'head' && q.kind ? HEAD_OF_KIND[q.kind] : undefined;
    const keys = new Set([q.titleKey, ...(headOf ? [headOf] : []), ...(q.titleKey === 'head' && igo ? HEAD_LIKE : [])]);
    const hits: { e: KbEntity; r: KbRole; level: number }[] = [];
    for (const key of keys) {
      for (const { e, r } of this.byOffice.get(key) ?? []) {
        if (!isActive(r, day)) continue;
        // A role at an international body counts for the holder's country only when it represents that country
        // there (an ambassador to the UN), not for e.g. a French ECB president.
        const atIntl = r.org !== undefined && this.byId.get(r.org)?.tags?.includes('national-body') !== true;
        const roleCountry = r.country ?? (atIntl && q.titleKey !== 'un-ambassador' ? undefined : e.country);
        const level = org && r.org === org ? 0 : cc && !igo && roleCountry === cc ? 1 : !org && !cc ? 2 : -1;
        if (level >= 0) hits.push({ e, r, level });
      }
    }
    const best = Math.min(...hits.map((h) => h.level));
    const rank = (h: { r: KbRole }): number => (h.r.source === 'curated' ? 0 : 1);
    const sorted = hits
      .filter((h) => h.level === best)
      .sort(
        (a, b) => rank(a) - rank(b) || (b.r.start ?? '').localeCompare(a.r.start ?? '') || a.e.id.localeCompare(b.e.id),
      );
    return [...new Set(sorted.map((h) => h.e))];
  }

  /** The country and/or body a role phrase is about: qualifiers first, then names in the leftover words. */
  private scopeOf(q: ParsedRoleText, country?: string): { org?: string; cc?: string } {
    let org = q.org;
    let cc = q.country;
    for (let len = Math.min(q.rest.length, 4); len > 0 && !cc && !org; len--) {
      for (let i = 0; i + len <= q.rest.length && !cc && !org; i++) {
        const hit = this.lookup(q.rest.slice(i, i + len).join(' ')).find(
          (h) =>
            h.type === 'country' ||
            (h.type === 'organisation' && !h.tags?.includes('national-body')) ||
            (h.type === 'place' && h.stands_for),
        );
        if (hit?.type === 'organisation') org = hit.id;
        else if (hit) cc = hit.country;
      }
    }
    cc ??= country;
    if (!org && q.kind && cc) org = `org:${q.kind}:${cc}`;
    return { org, cc };
  }
}

/** A role is active on `day` if it has started and not ended (see `openRoleCurrent` for open-ended roles). */
function isActive(r: KbRole, day: string): boolean {
  return (!r.start || r.start <= day) && (r.end ? day < r.end : !!r.start && openRoleCurrent(day, r));
}

/**
 * Open-ended roles: curated ones are current until a successor's start; source ones (CountryInfo ~2011,
 * Phoenix ~2016) only up to the sources' horizon, since the sources cannot know what happened after it.
 */
const SOURCE_HORIZON = '2016-12-31';
function openRoleCurrent(day: string, r: KbRole): boolean {
  return r.source === 'curated' || day <= SOURCE_HORIZON;
}

let cached: KnowledgeBase | undefined;

/** The shipped knowledge base (built on first call, then cached). */
export function loadKnowledgeBase(): KnowledgeBase {
  cached ??= new Kb(assembleKnowledgeBase());
  return cached;
}
