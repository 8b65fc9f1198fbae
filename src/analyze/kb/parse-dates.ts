/**
 * @module analyze/kb/parse-dates
 * Date and role-code helpers shared by the CountryInfo and Phoenix parsers (build time). Pure.
 */
import type { KbRole } from './types.js';

/** 'YYYYMMDD' or 'YYMMDD' (YY < 30 → 20YY) → 'YYYY-MM-DD'; impossible days are clamped (20060431 → 2006-04-30). */
export function isoDate(raw: string): string | undefined {
  let d = raw.trim();
  if (/^\d{6}$/.test(d)) d = (Number(d.slice(0, 2)) < 30 ? '20' : '19') + d;
  if (!/^\d{8}$/.test(d)) return undefined;
  const y = Number(d.slice(0, 4));
  const m = Math.min(Math.max(Number(d.slice(4, 6)), 1), 12);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const day = Math.min(Math.max(Number(d.slice(6, 8)), 1), last);
  return `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "19991231 - 20080507" | ">20080508" | "<20040331" → {start?, end?}; undefined when unparseable. */
export function parseInterval(raw: string): { start?: string; end?: string } | undefined {
  const t = raw.replace(/\s+/g, '');
  let m = /^>(\d+)$/.exec(t);
  if (m?.[1]) {
    const start = isoDate(m[1]);
    return start ? { start } : undefined;
  }
  m = /^<(\d+)$/.exec(t);
  if (m?.[1]) {
    const end = isoDate(m[1]);
    return end ? { end } : undefined;
  }
  m = /^(\d+)-(\d+)$/.exec(t);
  if (m?.[1] && m[2]) {
    const start = isoDate(m[1]);
    const end = isoDate(m[2]);
    return start && end ? { start, end } : undefined;
  }
  return undefined;
}

/** Title implied by a CAMEO role code's sector suffix when no better title is known. */
const SECTOR_TITLES: Record<string, string> = {
  GOV: 'government official',
  MIL: 'military official',
  LEG: 'legislator',
  JUD: 'judiciary official',
  OPP: 'opposition figure',
  BUS: 'business figure',
  MED: 'media figure',
  DIP: 'diplomat',
  SPY: 'intelligence official',
  COP: 'police official',
  REB: 'rebel leader',
  PTY: 'party official',
  EDU: 'education official',
  HLH: 'health official',
  AGR: 'agriculture official',
  DEV: 'development official',
  LAB: 'labour figure',
  HRI: 'human-rights figure',
  REL: 'religious figure',
};

/** "[RUSGOV 991231-080507]" pieces → a role, or undefined for undated/ELI codes. */
export function roleFromCode(code: string, interval: string, countries: ReadonlySet<string>): KbRole | undefined {
  if (/ELI$|^ELI/.test(code)) return undefined;
  const iv = parseInterval(interval);
  if (!iv) return undefined;
  const cc = code.slice(0, 3);
  const country = countries.has(cc) ? cc : undefined;
  const rest = country ? code.slice(3) : code;
  const sector = rest.slice(0, 3);
  const title = SECTOR_TITLES[sector] ?? (code.startsWith('IGO') ? 'official' : 'official');
  const role: KbRole = { title, code, ...iv };
  if (country) role.country = country;
  return role;
}
