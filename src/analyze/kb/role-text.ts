/**
 * @module analyze/kb/role-text
 * Role phrases → canonical office keys and qualifiers ("Kremlin spokesman" → spokesperson of the Russian
 * presidency). Pure; the vocabulary lives in roles.data.ts.
 */
import { normaliseName } from './normalise.js';
import { QUALIFIERS, TITLE_KEYS } from './roles.data.js';

const PHRASES: readonly (readonly [string, string])[] = Object.entries(TITLE_KEYS)
  .flatMap(([key, list]) => list.map((p) => [p, key] as const))
  .sort((a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));
const QUAL_PHRASES = Object.keys(QUALIFIERS).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));

function findPhrase(text: string, phrase: string): number {
  const i = ` ${text} `.indexOf(` ${phrase} `);
  return i;
}

/**
 * The office key of a role title ("Minister of Foreign Affairs" → 'foreign-minister'), or undefined.
 * Loose (curated titles): the phrase may occur anywhere; the earliest one wins ("Spokesperson for the
 * Secretary-General" is a spokesperson).
 * Strict (source titles): the title, without parentheses, must equal the phrase, end with it, or start with it
 * followed by " and …" — so "President of the Senate" is not a 'president' role.
 */
export function titleKeyOf(title: string, strict = false): string | undefined {
  const ck = `${strict ? 1 : 0}|${title}`;
  if (TITLE_CACHE.has(ck)) return TITLE_CACHE.get(ck);
  const n = normaliseName(title.replace(/\(.*?\)/g, ' '));
  let found: string | undefined;
  let at = Number.POSITIVE_INFINITY;
  for (const [p, key] of PHRASES) {
    if (strict) {
      if (n === p || n.endsWith(` ${p}`) || n.startsWith(`${p} and `)) {
        found = key;
        break;
      }
      continue;
    }
    // Loose: the phrase that starts earliest is the head noun ("Spokesperson for the Secretary-General");
    // PHRASES is longest-first, so ties go to the longest phrase.
    const pos = findPhrase(n, p);
    if (pos >= 0 && pos < at) {
      at = pos;
      found = key;
    }
  }
  TITLE_CACHE.set(ck, found);
  return found;
}
const TITLE_CACHE = new Map<string, string | undefined>();

export interface ParsedRoleText {
  titleKey: string;
  country?: string;
  kind?: string;
  org?: string;
  /** Words left over (candidate country/organisation names, e.g. "russian", "nato"). */
  rest: string[];
}

/** "Kremlin spokesman" → {titleKey: 'spokesperson', country: 'RUS', kind: 'presidency', rest: []}. */
export function parseRoleText(roleText: string): ParsedRoleText | undefined {
  let n = normaliseName(roleText.replace(/['\u2019]s\b/g, ''));
  let titleKey: string | undefined;
  for (const [p, key] of PHRASES) {
    if (findPhrase(n, p) >= 0) {
      titleKey = key;
      n = ` ${n} `.replace(` ${p} `, ' ').trim();
      break;
    }
  }
  if (!titleKey) return undefined;
  const out: ParsedRoleText = { titleKey, rest: [] };
  for (const q of QUAL_PHRASES) {
    if (findPhrase(n, q) < 0) continue;
    const v = QUALIFIERS[q] ?? {};
    if (v.country && !out.country) out.country = v.country;
    if (v.kind && !out.kind) out.kind = v.kind;
    if (v.org && !out.org) out.org = v.org;
    n = ` ${n} `.replace(` ${q} `, ' ').trim();
  }
  out.rest = n.split(' ').filter((w) => w && !['of', 'the', 'for', 'to', 'and', 'in', 'a'].includes(w));
  return out;
}
