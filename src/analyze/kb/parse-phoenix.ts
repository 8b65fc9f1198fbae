/**
 * @module analyze/kb/parse-phoenix
 * Phoenix/PETRARCH actor dictionaries (MIT, Open Event Data Alliance) → actor records.
 * Format (dictionaries.rst): a primary line `NAME_ [CODE dates]…  # comment`, then `+SYNONYM` lines, then
 * indented `[CODE YYMMDD-YYMMDD]` / `[CODE >YYMMDD]` / `[CODE <YYMMDD]` lines. Build time only; pure.
 */
import { titleCase } from './normalise.js';
import { roleFromCode } from './parse-dates.js';
import type { KbRole } from './types.js';

export interface ActorRecord {
  name: string;
  aliases: string[];
  /** Undated codes, e.g. 'IGOUNO', 'RUS'. */
  codes: string[];
  roles: KbRole[];
}

function cleanName(raw: string): string {
  return titleCase(raw.replace(/\+/g, ' ').replace(/_+$/, '')).trim();
}

/** Parse one actor file. Entries without any code are kept only if they carry synonyms of a coded entry. */
export function parsePhoenixActors(text: string, countries: ReadonlySet<string>): ActorRecord[] {
  const out: ActorRecord[] = [];
  let cur: ActorRecord | undefined;
  const addCodes = (s: string, rec: ActorRecord): void => {
    for (const m of s.matchAll(/\[([A-Z~]{3,})(?:\s+([^\]]*))?\]/g)) {
      const code = (m[1] ?? '').replace(/~/g, '');
      const dates = (m[2] ?? '').trim();
      if (!dates) {
        if (!rec.codes.includes(code)) rec.codes.push(code);
        continue;
      }
      const role = roleFromCode(code, dates, countries);
      if (role) {
        role.source = 'phoenix';
        rec.roles.push(role);
      }
    }
  };
  for (const rawLine of text.split('\n')) {
    const line = rawLine.replace(/#.*$/, '').replace(/\s+$/, '');
    if (!line.trim()) continue;
    if (/^\s/.test(line)) {
      if (cur) addCodes(line, cur);
      continue;
    }
    if (line.startsWith('+')) {
      if (cur) {
        const name = cleanName(line.slice(1).replace(/\[.*$/, ''));
        if (name.length > 1) cur.aliases.push(name);
        addCodes(line, cur);
      }
      continue;
    }
    const bracket = line.indexOf('[');
    const name = cleanName(bracket >= 0 ? line.slice(0, bracket) : line);
    cur = { name, aliases: [], codes: [], roles: [] };
    if (bracket >= 0) addCodes(line.slice(bracket), cur);
    if (name.length > 1) out.push(cur);
  }
  return out.filter((r) => r.codes.length > 0 || r.roles.length > 0);
}
