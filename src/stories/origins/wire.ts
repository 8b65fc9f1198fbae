/**
 * @module stories/origins/wire
 * Wire-copy cues in an article: a dateline with an agency credit ("PORT CALDER, Meridia (Crossline) —",
 * "MOSCOW (Reuters) -", "(AP) —"), agency credit lines ("— AFP", "© Reuters", "The Associated Press
 * contributed to this report", "This story was supplied by the Crossline news agency"), and Reuters-style
 * production credits ("Reporting by …; Editing by …", which name no agency). Looks at the start and end of the
 * clean text (with offsets) and at the removed pieces extraction dropped (no offsets: they are not in the text).
 * Pure; the agency list lives in wire.data.ts.
 */
import { AGENCIES, CREDIT_PATTERNS, CREDIT_WINDOW, DATELINE_WINDOW, PRODUCTION_CREDIT } from './wire.data.js';

export type WireCueKind = 'dateline' | 'credit' | 'production-credit';

export interface WireCue {
  readonly kind: WireCueKind;
  /** "stories:wire-dateline", "stories:wire-credit-copyright", … */
  readonly ruleId: string;
  /** Canonical agency name (from wire.data.ts), or the name as written for an agency not on the list. */
  readonly agency?: string;
  /** True when the agency is on the list; false for a name only the cue's shape vouches for. */
  readonly known?: boolean;
  readonly text: string;
  /** Offsets in the article text, when the cue is in it (not for removed pieces). */
  readonly start?: number;
  readonly end?: number;
  readonly from: 'text' | 'removed';
}

export interface WireCues {
  /** The agency most cues name (a dateline counts double), if any. */
  readonly agency?: string;
  /** The article's own outlet, when that outlet is itself a listed agency (the wire original). */
  readonly outletAgency?: string;
  readonly cues: readonly WireCue[];
}

export interface WireInput {
  readonly text: string;
  readonly outlet?: string;
  readonly removed?: readonly { readonly reason: string; readonly text: string }[];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** alias (lower-case for long aliases, as written for short ones) → canonical name. */
const ALIAS_INDEX: ReadonlyMap<string, string> = (() => {
  const index = new Map<string, string>();
  for (const entry of AGENCIES) for (const alias of entry.aliases) index.set(aliasKey(alias), entry.name);
  return index;
})();

function aliasKey(alias: string): string {
  const trimmed = alias.trim().replace(/\s+/g, ' ');
  return isShort(trimmed) ? trimmed : trimmed.toLowerCase();
}

function isShort(alias: string): boolean {
  return alias.replace(/[^\p{L}]/gu, '').length <= 3;
}

/** The canonical agency for a name as written, or undefined when it is not a listed agency. */
export function resolveAgency(name: string): string | undefined {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  return ALIAS_INDEX.get(aliasKey(trimmed));
}

const ALTERNATION = [...new Set(AGENCIES.flatMap((e) => e.aliases))]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');

const CREDIT_REGEXES = CREDIT_PATTERNS.map((p) => ({
  id: p.id,
  re: new RegExp(p.source.replaceAll('{A}', ALTERNATION), 'imu'),
}));

/** "PLACE, Region, Date (Credit) —" at the start of a paragraph; the place part is optional. */
const DATELINE =
  /(?:^|\n)(?<lead>(?<place>[\p{Lu}][\p{Lu}\p{M}.'’ -]{1,40}(?:,[^()\n]{1,40})?\s*)?\((?<credit>[^()\n]{2,40})\)\s*(?:[-–—]{1,2}|:)\s)/gu;

/** All wire cues of an article, in text order (text cues first, then removed pieces). */
export function findWireCues(input: WireInput): WireCues {
  const cues = [...datelineCues(input.text), ...creditCuesInText(input.text)];
  for (const piece of input.removed ?? []) cues.push(...creditCuesInLine(piece.text, 'removed'));
  const outletAgency = input.outlet ? resolveAgency(input.outlet) : undefined;
  const agency = dominantAgency(cues);
  return { ...(agency ? { agency } : {}), ...(outletAgency ? { outletAgency } : {}), cues };
}

function datelineCues(text: string): WireCue[] {
  const head = text.slice(0, DATELINE_WINDOW);
  const out: WireCue[] = [];
  for (const m of head.matchAll(DATELINE)) {
    const lead = m.groups?.lead ?? '';
    const start = (m.index ?? 0) + m[0].length - lead.length;
    const agency = datelineAgency(m.groups?.credit ?? '', m.groups?.place ?? '');
    if (!agency) continue;
    out.push({
      kind: 'dateline',
      ruleId: 'stories:wire-dateline',
      ...agency,
      text: lead.trim(),
      start,
      end: start + lead.length,
      from: 'text',
    });
  }
  return out.slice(0, 1);
}

/** A credit inside a dateline: a listed agency (any part of "AFP/Reuters"), or — after a place — a short proper name. */
function datelineAgency(credit: string, place: string): { agency: string; known: boolean } | undefined {
  for (const part of credit.split(/[/,&]| and /)) {
    const known = resolveAgency(part);
    if (known) return { agency: known, known: true };
  }
  const name = credit.trim();
  if (place !== '' && /^[\p{Lu}][\p{L}-]+(?: [\p{Lu}][\p{L}-]+){0,2}$/u.test(name) && !expandsPlace(name, place)) {
    return { agency: name, known: false };
  }
  return undefined;
}

/** "UN (United Nations) —" is an expansion, not a credit: the credit's initials spell the place. */
function expandsPlace(name: string, place: string): boolean {
  const initials = name
    .split(' ')
    .map((w) => w[0])
    .join('');
  return initials.length > 1 && place.replace(/[^\p{Lu}]/gu, '').startsWith(initials);
}

function creditCuesInText(text: string): WireCue[] {
  const tailStart = Math.max(0, text.length - CREDIT_WINDOW);
  const out: WireCue[] = [];
  let offset = text.lastIndexOf('\n', tailStart) + 1;
  for (const line of text.slice(offset).split('\n')) {
    const cues = creditCuesInLine(line, 'text');
    for (const cue of cues) out.push({ ...cue, start: offset, end: offset + line.length });
    offset += line.length + 1;
  }
  return out;
}

function creditCuesInLine(line: string, from: 'text' | 'removed'): WireCue[] {
  const trimmed = line.trim();
  if (trimmed === '' || trimmed.length > 300) return [];
  const out: WireCue[] = [];
  if (PRODUCTION_CREDIT.test(trimmed)) {
    out.push({ kind: 'production-credit', ruleId: 'stories:wire-production-credit', text: trimmed, from });
  }
  for (const { id, re } of CREDIT_REGEXES) {
    const m = re.exec(trimmed);
    if (!m) continue;
    const agency = creditAgency(m.groups?.agency, m.groups?.name);
    if (agency) out.push({ kind: 'credit', ruleId: `stories:wire-credit-${id}`, ...agency, text: trimmed, from });
  }
  return out.slice(0, 2);
}

function creditAgency(
  listed: string | undefined,
  named: string | undefined,
): { agency: string; known: boolean } | undefined {
  if (listed) {
    const known = resolveAgency(listed);
    return known ? { agency: known, known: true } : undefined;
  }
  if (named) return { agency: resolveAgency(named) ?? named, known: Boolean(resolveAgency(named)) };
  return undefined;
}

function dominantAgency(cues: readonly WireCue[]): string | undefined {
  const votes = new Map<string, number>();
  for (const cue of cues) {
    if (!cue.agency) continue;
    votes.set(cue.agency, (votes.get(cue.agency) ?? 0) + (cue.kind === 'dateline' ? 2 : 1));
  }
  let best: string | undefined;
  let bestVotes = 0;
  for (const [agency, n] of [...votes].sort((a, b) => a[0].localeCompare(b[0]))) {
    if (n > bestVotes) [best, bestVotes] = [agency, n];
  }
  return best;
}

/** Lower-cased, spacing-collapsed agency / outlet name for comparisons. */
export function agencyKey(name: string): string {
  return (resolveAgency(name) ?? name).normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}
