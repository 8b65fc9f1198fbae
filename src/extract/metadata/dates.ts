/**
 * @module extract/metadata/dates
 * Date strings → ISO 8601. Reads ISO and compact forms, numeric day-first/month-first dates,
 * written dates in several languages ("December 7, 2025", "7. Dezember 2025", "7 декабря 2025")
 * with an optional time and zone, and dates in URL paths. Also the plausibility check
 * (not after now + 1 day, not before 1990-01-01).
 */
import { MONTHS, ZONES } from './dates.data.js';

/** A normalised date: `iso` keeps time and offset when given; `day` is "YYYY-MM-DD". */
export interface ParsedDate {
  readonly iso: string;
  readonly day: string;
  readonly hasTime: boolean;
}

/** A date found inside a longer text, with where it starts and the matched characters. */
export interface DateMatch {
  readonly date: ParsedDate;
  readonly index: number;
  readonly text: string;
}

export interface DateOptions {
  /** Read ambiguous "03/04/2020" as March 4 (US) rather than 3 April. */
  readonly monthFirst?: boolean;
}

const MONTH_ALT = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');
const M = `(${MONTH_ALT})\\.?(?![\\p{L}])`;
const ZONE_ALT = Object.keys(ZONES)
  .sort((a, b) => b.length - a.length)
  .join('|');
const TIME = String.raw`(?:\s*(?:,|at|um|à|a las|alle|às|в|o|kl\.?|-|–|—|\||/)?\s*(\d{1,2})[:h](\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*([ap]\.?m\.?)?(?:\s*\(?\s*(${ZONE_ALT})?(?![\p{L}])\s*([+-]\d{1,2}(?::?\d{2})?)?\)?)?)?`;

const PATTERNS: readonly {
  readonly re: RegExp;
  readonly kind: 'iso' | 'ymd' | 'dmy-text' | 'mdy-text' | 'numeric' | 'cjk';
}[] = [
  {
    re: /(?<![\d.])(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(z|[+-]\d{2}(?::?\d{2})?)?)?(?![\d])/giu,
    kind: 'iso',
  },
  { re: new RegExp(String.raw`(?<![\d.])(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?![\d.])${TIME}`, 'giu'), kind: 'ymd' },
  {
    re: new RegExp(
      String.raw`(?<![\p{L}\d])(\d{1,2})(?:st|nd|rd|th|er|º|°|\.)?\s*(?:de\s+|of\s+|-)?${M}\s*,?\s*(?:de\s+|-)?(\d{4})(?!\d)(?:\s*(?:г\.?|р\.?|yılı?))?${TIME}`,
      'giu',
    ),
    kind: 'dmy-text',
  },
  {
    re: new RegExp(String.raw`(?<![\p{L}])${M}\s*(\d{1,2})(?:st|nd|rd|th)?(?!\d)\s*,?\s*(\d{4})(?!\d)${TIME}`, 'giu'),
    kind: 'mdy-text',
  },
  {
    re: new RegExp(String.raw`(?<![\d.])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d.]\d)${TIME}`, 'giu'),
    kind: 'numeric',
  },
  { re: /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/gu, kind: 'cjk' },
];

/** All dates in a text, in order of appearance, overlapping matches resolved to the earliest. */
export function findDates(text: string, options: DateOptions = {}): DateMatch[] {
  if (!/\d/.test(text)) return [];
  const found: DateMatch[] = [];
  for (const { re, kind } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const date = fromMatch(kind, m, options);
      if (date) found.push({ date, index: m.index, text: m[0].trim() });
    }
  }
  found.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  const out: DateMatch[] = [];
  let end = -1;
  for (const f of found) {
    if (f.index < end) continue;
    out.push(f);
    end = f.index + f.text.length;
  }
  return out;
}

/** Parses a string that is (mostly) a date, e.g. a meta tag's content. */
export function parseDate(raw: string, options: DateOptions = {}): ParsedDate | null {
  const s = raw.trim();
  const compact = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?$/.exec(s);
  if (compact)
    return build(
      +compact[1]!,
      +compact[2]!,
      +compact[3]!,
      timeOf(compact[4], compact[5], compact[6], undefined, undefined),
    );
  if (/^\d{10}(\d{3})?$/.test(s)) return fromEpoch(Number(s.length === 13 ? s.slice(0, 10) : s));
  return findDates(s, options)[0]?.date ?? null;
}

function fromEpoch(seconds: number): ParsedDate | null {
  const d = new Date(seconds * 1000);
  if (Number.isNaN(d.getTime())) return null;
  return build(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), {
    hh: d.getUTCHours(),
    mm: d.getUTCMinutes(),
    ss: d.getUTCSeconds(),
    offset: 'Z',
  });
}

interface TimeOfDay {
  readonly hh: number;
  readonly mm: number;
  readonly ss: number;
  readonly offset: string;
}

function fromMatch(kind: string, m: RegExpExecArray, options: DateOptions): ParsedDate | null {
  const g = (i: number) => m[i];
  switch (kind) {
    case 'iso':
      return build(+g(1)!, +g(2)!, +g(3)!, timeOf(g(4), g(5), g(6), undefined, g(7)));
    case 'ymd':
      return build(+g(1)!, +g(2)!, +g(3)!, timeOf(g(4), g(5), g(6), g(7), g(8) ?? g(9)));
    case 'dmy-text':
      return build(+g(3)!, MONTHS[g(2)!.toLowerCase()] ?? 0, +g(1)!, timeOf(g(4), g(5), g(6), g(7), g(8) ?? g(9)));
    case 'mdy-text':
      return build(+g(3)!, MONTHS[g(1)!.toLowerCase()] ?? 0, +g(2)!, timeOf(g(4), g(5), g(6), g(7), g(8) ?? g(9)));
    case 'numeric':
      return numeric(m, options);
    default:
      return build(+g(1)!, +g(2)!, +g(3)!, null);
  }
}

function numeric(m: RegExpExecArray, options: DateOptions): ParsedDate | null {
  const a = +m[1]!;
  const b = +m[3]!;
  const sep = m[2]!;
  let year = +m[4]!;
  if (m[4]!.length === 2) {
    if (sep !== '.') return null;
    year += year < 50 ? 2000 : 1900;
  }
  const monthFirst = a <= 12 && (b > 12 || (sep === '/' && options.monthFirst === true));
  const [day, month] = monthFirst ? [b, a] : [a, b];
  return build(year, month, day, timeOf(m[5], m[6], m[7], m[8], m[9] ?? m[10]));
}

function timeOf(
  hh: string | undefined,
  mm: string | undefined,
  ss: string | undefined,
  ampm: string | undefined,
  zone: string | undefined,
): TimeOfDay | null {
  if (hh === undefined || mm === undefined) return null;
  let h = +hh;
  const pm = ampm?.toLowerCase().startsWith('p');
  if (ampm && h === 12) h = pm ? 12 : 0;
  else if (pm) h += 12;
  if (h > 23 || +mm > 59 || (ss !== undefined && +ss > 59)) return null;
  return { hh: h, mm: +mm, ss: ss === undefined ? 0 : +ss, offset: offsetOf(zone) };
}

function offsetOf(zone: string | undefined): string {
  if (!zone) return '';
  const z = zone.trim().toLowerCase();
  if (z === 'z') return 'Z';
  if (ZONES[z]) return ZONES[z]!;
  const m = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(z);
  if (!m) return '';
  return `${m[1]}${m[2]!.padStart(2, '0')}:${m[3] ?? '00'}`;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function build(year: number, month: number, day: number, time: TimeOfDay | null): ParsedDate | null {
  if (year < 1000 || year > 2999 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1) return null;
  const dayIso = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  if (!time) return { iso: dayIso, day: dayIso, hasTime: false };
  return { iso: `${dayIso}T${pad(time.hh)}:${pad(time.mm)}:${pad(time.ss)}${time.offset}`, day: dayIso, hasTime: true };
}

const EARLIEST = Date.UTC(1990, 0, 1);
const DAY_MS = 86_400_000;

/** Why a date cannot be a publication date (future or before 1990), or null when it is plausible. */
export function implausibility(date: ParsedDate, now: Date): string | null {
  const t = Date.parse(`${date.day}T00:00:00Z`);
  if (t < EARLIEST) return `date ${date.iso} is before 1990-01-01`;
  if (t > now.getTime() + DAY_MS)
    return `date ${date.iso} is in the future (after ${now.toISOString().slice(0, 10)} + 1 day)`;
  return null;
}

/** A full date in a URL path, e.g. /2025/12/07/, /2025-12-07-title, /20251207/ or /07-12-2025-title. */
export function dateFromUrlPath(url: string): ParsedDate | null {
  const path = pathOf(url);
  const m =
    /(?:^|[/_-])((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?=$|[/_.-])/.exec(path) ??
    /(?:^|[/_-])((?:19|20)\d{2})(\d{2})(\d{2})(?=$|[/_.-])/.exec(path);
  if (m) return build(+m[1]!, +m[2]!, +m[3]!, null);
  const dmy = /(?:^|[/_~-])(\d{1,2})[-_.](\d{1,2})[-_.]((?:19|20)\d{2})(?=$|[/_.-])/.exec(path);
  return dmy ? build(+dmy[3]!, +dmy[2]!, +dmy[1]!, null) : null;
}

/** Year and month in a URL path ("/2014/03/"), as "YYYY-MM", when no full date is there. */
export function monthFromUrlPath(url: string): string | null {
  const m = /(?:^|\/)((?:19|20)\d{2})\/(\d{1,2})(?=\/)/.exec(pathOf(url));
  if (!m || +m[2]! < 1 || +m[2]! > 12) return null;
  return `${m[1]}-${pad(+m[2]!)}`;
}

function pathOf(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname);
  } catch {
    return url.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/[?#].*$/, '');
  }
}
