/**
 * @module stories/origins/outlet-template
 * Are two pages from one outlet? Decided from the chrome extraction removed (calls to action, teaser labels,
 * ad-block notices, comment prompts, footer lines, navigation) and a few layout habits, without URLs.
 * Evidence:
 *  - identical removed lines (normalised), each weighted by how specific it is: generic CMS chrome shared by many
 *    outlets (outlet-template.data.ts) weighs 0; without a corpus a line weighs by its length (a one-word label
 *    0.25, four words or more 1); with a corpus (`templateStats`) a line also weighs by rarity,
 *    log(N/df)/log(N/2) clipped to [0, 1], so a line on every page weighs 0 and one on two pages weighs 1;
 *  - layout habits: the same removal reasons at the top and bottom of the page, and the same call to action
 *    repeated the same number of times (at most 0.5 together: a habit alone never decides);
 *  - the same outlet name in metadata (decisive when both pages give one).
 * Lines about the story rather than the outlet are skipped: a page's own title, and lines most of whose longer
 * words are proper names in both texts (topic tags "Valdoria", "Sarn Valley conflict" on two reports of one event).
 * `same` when the score reaches SAME_SCORE (two specific shared lines, or one plus the habits).
 * `groupByTemplate` groups a set of pages into outlets (rarity weights from the set itself).
 * Measured by bench/near-duplicates.ts on the 181 extraction-zyte HTML pages (same host = same outlet): all 55
 * same-site pairs found; of 16,235 cross-site pairs 8 host pairs are linked (9 without rarity weights), all sibling
 * sites of one publisher sharing a CMS template (Advance Local, Gannett, Vox Media, Dow Jones). The menus of
 * unrelated outlets ("Opinion", "Real estate") are held back by SHORT_CAP and MIN_COVERAGE.
 * Pure; per-page work is cached per input object, so inputs must not be mutated after a first call.
 */
import { CONTENT_REASONS, GENERIC_CHROME } from './outlet-template.data.js';

export interface TemplateInput {
  readonly outlet?: string;
  /** The clean text and title, to tell story-specific lines (topic tags, teasers naming the story) from chrome. */
  readonly text?: string;
  readonly title?: string;
  readonly removed?: readonly { readonly reason: string; readonly text: string }[];
}

export interface TemplateMatch {
  readonly same: boolean;
  readonly score: number;
  /** Weighted shared chrome / the weighted chrome of the page with less of it, in [0, 1]. */
  readonly coverage: number;
  readonly reasons: string[];
}

/** Document frequencies of chrome lines over a corpus of pages (for rarity weights). */
export interface TemplateStats {
  readonly documents: number;
  readonly df: ReadonlyMap<string, number>;
}

export const SAME_SCORE = 1.5;
/** …and the shared chrome must be at least this share of the page with less chrome (a template, not a few menu words). */
export const MIN_COVERAGE = 0.25;
const GENERIC = new Set(GENERIC_CHROME);
/** A dated line ("published # # pm est nov # #"): page metadata, not template. */
const DATE_LINE =
  /(?=.*#)(?=.*\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)\b)/;
const HABIT_CAP = 0.5;
/** Menus are lists of one- and two-word section names many outlets share ("Opinion", "Real estate"): together they add at most this. */
const SHORT_CAP = 0.5;

/** Lower-case, punctuation and symbols dropped, digits as "#", spacing collapsed. */
export function normaliseChrome(line: string): string {
  return line
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\d+/g, '#')
    .replace(/[^\p{L}#]+/gu, ' ')
    .trim();
}

/** Per-page results, computed once per input object (inputs are treated as immutable). */
const LINES_CACHE = new WeakMap<TemplateInput, Map<string, number>>();
const NAMES_CACHE = new WeakMap<TemplateInput, Set<string>>();

/** The page's template lines: normalised removed texts, minus page content and generic chrome. */
export function chromeLines(page: TemplateInput): Map<string, number> {
  const cached = LINES_CACHE.get(page);
  if (cached) return cached;
  const lines = readChromeLines(page);
  LINES_CACHE.set(page, lines);
  return lines;
}

function readChromeLines(page: TemplateInput): Map<string, number> {
  const counts = new Map<string, number>();
  for (const piece of page.removed ?? []) {
    if (CONTENT_REASONS.has(piece.reason)) continue;
    const line = normaliseChrome(piece.text);
    if (!/\p{L}/u.test(line) || line.length > 400 || GENERIC.has(line) || DATE_LINE.test(line)) continue;
    counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  return counts;
}

/** Document frequencies of chrome lines over a corpus. */
export function templateStats(corpus: readonly TemplateInput[]): TemplateStats {
  const df = new Map<string, number>();
  for (const page of corpus) for (const line of chromeLines(page).keys()) df.set(line, (df.get(line) ?? 0) + 1);
  return { documents: corpus.length, df };
}

function lengthWeight(line: string): number {
  const words = line.split(' ').length;
  return words >= 4 ? 1 : words === 1 ? 0.25 : words === 2 ? 0.5 : 0.75;
}

function rarityWeight(line: string, stats: TemplateStats | undefined): number {
  if (!stats || stats.documents < 4) return 1;
  const df = Math.max(2, stats.df.get(line) ?? 2);
  return Math.max(0, Math.min(1, Math.log(stats.documents / df) / Math.log(stats.documents / 2)));
}

/** Lower-cased capitalised words of a page's text (proper names, plus sentence starts). */
function properWords(page: TemplateInput): Set<string> {
  let names = NAMES_CACHE.get(page);
  if (!names) {
    names = new Set((page.text ?? '').match(/\p{Lu}[\p{L}\p{M}]{3,}/gu)?.map((w) => normaliseChrome(w)) ?? []);
    NAMES_CACHE.set(page, names);
  }
  return names;
}

/** A line about the story: most of its words of 4+ letters are proper names in both texts. */
function aboutStory(line: string, a: TemplateInput, b: TemplateInput, names: readonly Set<string>[]): boolean {
  if ([a.title, b.title].some((t) => t && normaliseChrome(t) === line)) return true;
  const words = line.split(' ').filter((w) => w.length >= 4);
  if (words.length === 0) return false;
  const proper = words.filter((w) => names.every((n) => n.has(w))).length;
  return proper * 2 >= words.length;
}

function sharedLines(a: TemplateInput, b: TemplateInput, stats?: TemplateStats) {
  let long = 0;
  let short = 0;
  const reasons: string[] = [];
  const names = [properWords(a), properWords(b)];
  const [linesA, linesB] = [chromeLines(a), chromeLines(b)];
  for (const [line, count] of [...linesA].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    const other = linesB.get(line);
    if (other === undefined || aboutStory(line, a, b, names)) continue;
    const w = lengthWeight(line) * rarityWeight(line, stats);
    if (w <= 0) continue;
    if (line.split(' ').length <= 2) short += w;
    else long += w;
    reasons.push(
      `shared chrome "${line}" (weight ${w.toFixed(2)}${count > 1 && other === count ? `, ×${count} on both` : ''})`,
    );
  }
  const coverage = (long + short) / Math.max(1, Math.min(totalWeight(linesA, stats), totalWeight(linesB, stats)));
  return { score: long + Math.min(SHORT_CAP, short), coverage, reasons };
}

function totalWeight(lines: Map<string, number>, stats?: TemplateStats): number {
  let sum = 0;
  for (const line of lines.keys()) sum += lengthWeight(line) * rarityWeight(line, stats);
  return sum;
}

/** Reasons of the first and last few removed pieces: the page's top and bottom layout. */
function layoutHabit(page: TemplateInput, end: 'top' | 'bottom'): string {
  const reasons = (page.removed ?? []).map((p) => p.reason).filter((r) => !CONTENT_REASONS.has(r));
  const slice = end === 'top' ? reasons.slice(0, 4) : reasons.slice(-4);
  return slice.join('>');
}

function repeatedCalls(page: TemplateInput): string {
  const calls = readChromeLines({ removed: (page.removed ?? []).filter((p) => p.reason === 'call-to-action') });
  return [...calls]
    .filter(([, n]) => n > 1)
    .map(([line, n]) => `${line}×${n}`)
    .sort()
    .join('|');
}

function habits(a: TemplateInput, b: TemplateInput) {
  const reasons: string[] = [];
  let score = 0;
  for (const end of ['top', 'bottom'] as const) {
    const ha = layoutHabit(a, end);
    if (new Set(ha.split('>')).size >= 2 && ha === layoutHabit(b, end)) {
      score += 0.25;
      reasons.push(`same ${end}-of-page layout (${ha})`);
    }
  }
  const ra = repeatedCalls(a);
  if (ra !== '' && ra === repeatedCalls(b)) {
    score += 0.25;
    reasons.push(`same repeated calls to action (${ra})`);
  }
  return { score: Math.min(HABIT_CAP, score), reasons };
}

/** Are `a` and `b` pages of one outlet? Scores shared, specific chrome and layout habits; see the module header. */
export function sameOutletByTemplate(
  a: TemplateInput,
  b: TemplateInput,
  options: { readonly stats?: TemplateStats } = {},
): TemplateMatch {
  const lines = sharedLines(a, b, options.stats);
  const habit = habits(a, b);
  const reasons = [...lines.reasons, ...habit.reasons];
  let score = lines.score + (lines.score > 0 ? habit.score : 0);
  const named = a.outlet && b.outlet ? [normaliseChrome(a.outlet), normaliseChrome(b.outlet)] : undefined;
  const sameName = named !== undefined && named[0] !== '' && named[0] === named[1];
  if (sameName) {
    score += SAME_SCORE;
    reasons.push(`same outlet name "${a.outlet}"`);
  }
  if (reasons.length === 0) reasons.push('no specific chrome in common');
  const rounded = Math.round(score * 100) / 100;
  const coverage = Math.round(lines.coverage * 100) / 100;
  const same = sameName || (rounded >= SAME_SCORE && coverage >= MIN_COVERAGE);
  if (!same && rounded >= SAME_SCORE)
    reasons.push(`shared chrome is only ${coverage} of the page's chrome (< ${MIN_COVERAGE})`);
  return { same, score: rounded, coverage, reasons };
}

/** A chrome line on more pages than this proposes no pairs (it weighs almost nothing anyway). */
const MAX_LINE_PAGES = 200;

/**
 * Groups pages into outlets by template: candidate pairs are pages sharing at least one chrome line (an
 * inverted index, so unrelated pages are never compared), decided by `sameOutletByTemplate` with rarity weights
 * from the pages themselves, joined transitively. Groups are sorted, and so are their ids.
 */
export function groupByTemplate(pages: readonly (TemplateInput & { readonly id: string })[]): string[][] {
  const stats = templateStats(pages);
  const parent = pages.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : find(parent[i] as number));
  const checked = new Set<string>();
  for (const members of linePages(pages).values()) {
    if (members.length > MAX_LINE_PAGES) continue;
    for (let x = 0; x < members.length; x++)
      for (let y = x + 1; y < members.length; y++) {
        const [i, j] = [members[x] as number, members[y] as number];
        const key = `${i}:${j}`;
        if (checked.has(key) || find(i) === find(j)) continue;
        checked.add(key);
        if (sameOutletByTemplate(pages[i] as TemplateInput, pages[j] as TemplateInput, { stats }).same) {
          parent[Math.max(find(i), find(j))] = Math.min(find(i), find(j));
        }
      }
  }
  const groups = new Map<number, string[]>();
  for (const [i, page] of pages.entries()) {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(page.id);
    else groups.set(root, [page.id]);
  }
  return [...groups.values()].map((g) => g.sort()).sort((a, b) => ((a[0] ?? '') < (b[0] ?? '') ? -1 : 1));
}

/** Inverted index: chrome line → indices of the pages that carry it. */
function linePages(pages: readonly TemplateInput[]): Map<string, number[]> {
  const byLine = new Map<string, number[]>();
  for (const [i, page] of pages.entries()) {
    for (const line of chromeLines(page).keys()) {
      const list = byLine.get(line);
      if (list) list.push(i);
      else byLine.set(line, [i]);
    }
  }
  return byLine;
}
