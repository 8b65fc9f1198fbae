/**
 * Events benchmark: `findEvents` on gold event records, run through the product's own mention pipeline
 * (splitSentences over one paragraph block → findMentions → resolveMentions with the record's date →
 * resolveCoreference for role phrases and pronouns, as analyzeArticle does).
 * Gold sets (read from ../shared/data at run time; a missing one is skipped with a note):
 *   - plover:     events-plover/PLOVER_GSR_CAMEO.json — 322 CAMEO-manual sentences recoded to PLOVER categories;
 *                 our CAMEO code is mapped to its PLOVER category (CAMEO_TO_PLOVER below) for the type match, so
 *                 "exact code" cannot be scored there.
 *   - petr2:      events-universalpetrarch/PETR2_GSR_validation.xml — AFP/TEST sentences with CAMEO EventCodings
 *                 (incl. "noevents" records, where anything emitted is a false positive).
 *   - petr-unit:  events-petrarch2/PETR.UnitTest.records.xml — only the records whose gold actors are all real
 *                 countries/IGOs (most use invented ones: Arnor, Gondor), and whose text we can therefore resolve.
 * Figures (per set and pooled):
 *   precision (root): share of emitted events whose CAMEO root (PLOVER category) equals a gold event's; also exact code.
 *   type accuracy:    over records where we emit, the first (most confident) event's type is the gold type.
 *   source / target:  over type-correct events, the actor's country code (first 3 letters; IGO/NGO as such) is a gold
 *                     source / target of a gold event of that type (a gold "SRC/TAR" compound counts on both sides;
 *                     a null target is right only where the gold has none).
 *   coverage:         share of gold records with an event where we emit anything.
 * Run: `npx tsx bench/events.ts [--limit N] [--shared DIR] [--errors N] [--all]` (--all lists the right events too, as OK).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { resolveCoreference } from '../src/analyze/coref/index.js';
import { resolveMentions } from '../src/analyze/entities/resolve.js';
import { type Event, findEvents } from '../src/analyze/events/index.js';
import { loadKnowledgeBase } from '../src/analyze/kb/index.js';
import { findMentions } from '../src/analyze/ner/index.js';
import { findQuotes } from '../src/analyze/quotes/index.js';
import { splitSentences } from '../src/analyze/text/index.js';
import { defaultSharedDir } from './shared-dir.js';

interface GoldEvent {
  /** CAMEO code, or a PLOVER category for the plover set. */
  readonly type: string;
  readonly sources: readonly string[];
  readonly targets: readonly string[];
}

interface GoldRecord {
  readonly id: string;
  readonly text: string;
  readonly date?: string;
  readonly events: readonly GoldEvent[];
}

interface Tally {
  emitted: number;
  correct: number;
  exact: number;
  records: number;
  recordsWithGold: number;
  covered: number;
  typeRight: number;
  sourceRight: number;
  targetRight: number;
  bothRight: number;
}

export interface EventsSetScore {
  readonly set: string;
  readonly records: number;
  readonly emitted: number;
  readonly precision: number;
  readonly exactPrecision: number | null;
  readonly typeAccuracy: number;
  readonly sourceAccuracy: number;
  readonly targetAccuracy: number;
  readonly actorAccuracy: number;
  readonly coverage: number;
}

export interface EventsBenchResult {
  readonly skipped?: string;
  readonly sets: readonly EventsSetScore[];
  readonly pooled: EventsSetScore | null;
  readonly seconds: number;
  readonly errors?: readonly string[];
  /** Every emitted event, right ones marked OK (for --all). */
  readonly lines?: readonly string[];
}

/** PLOVER GSR (0.5b1) category of a CAMEO code. 01/02 (statements, appeals) have none. */
export function ploverCategory(code: string): string | undefined {
  const root = code.slice(0, 2);
  if (root === '08') return Number(code.slice(0, 3)) <= 83 ? 'CONCEDE' : 'RETREAT';
  const map: Record<string, string> = {
    '03': 'AGREE',
    '04': 'CONSULT',
    '05': 'SUPPORT',
    '06': 'COOPERATE',
    '07': 'AID',
    '09': 'INVESTIGATE',
    '10': 'DEMAND',
    '11': 'DISAPPROVE',
    '12': 'REJECT',
    '13': 'THREATEN',
    '14': 'PROTEST',
    '15': 'MOBILIZE',
    '16': 'SANCTION',
    '17': 'COERCE',
    '18': 'ASSAULT',
    '19': 'FIGHT',
    '20': 'ASSAULT',
  };
  return map[root];
}

/** CAMEO country codes that differ from ISO 3166 alpha-3. */
const CODE_ALIASES: Record<string, string> = { JAP: 'JPN', ITL: 'ITA', ROM: 'ROU', GER: 'DEU', UK: 'GBR' };

function country(code: string): string {
  const c = code.slice(0, 3).toUpperCase();
  return CODE_ALIASES[c] ?? c;
}

type PloverActor = { code?: string };

function ploverActors(v: unknown): string[] {
  return Array.isArray(v) ? (v as PloverActor[]).map((a) => country(a.code ?? '')).filter((c) => c && c !== '---') : [];
}

function loadPlover(file: string): GoldRecord[] {
  const rows = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>[];
  return rows
    .filter((r) => r.event !== 'DOCUMENT' && typeof r.text === 'string')
    .map((r) => {
      const markup = String((r.textInfo as { markup?: string } | undefined)?.markup ?? '');
      const sources = ploverActors(r.source);
      const targets = ploverActors(r.target);
      const shared = markup.includes('SRC/TAR') ? sources : [];
      return {
        id: String(r.id),
        text: String(r.text),
        ...(typeof r.date === 'string' ? { date: r.date } : {}),
        events: [{ type: String(r.event), sources, targets: [...targets, ...shared] }],
      };
    });
}

const attr = (s: string, name: string): string | undefined => new RegExp(`${name}\\s*=\\s*"([^"]*)"`).exec(s)?.[1];

function isoDate(d?: string): string | undefined {
  return d && /^\d{8}$/.test(d) ? `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}` : undefined;
}

/** Sentence records of a PETRARCH validation file (both the <Sentence …/> and <Sentence …> … </Sentence> styles). */
function loadPetrarch(file: string, keep: (events: GoldEvent[]) => boolean): GoldRecord[] {
  const xml = readFileSync(file, 'utf8');
  const out: GoldRecord[] = [];
  const starts = [...xml.matchAll(/<Sentence\b([^>]*)>/g)];
  starts.forEach((m, i) => {
    const body = xml.slice(m.index! + m[0].length, starts[i + 1]?.index ?? xml.length);
    const text = /<Text>([\s\S]*?)<\/Text>/.exec(body)?.[1]?.replace(/\s+/g, ' ').trim();
    if (!text) return;
    const events: GoldEvent[] = [];
    for (const [coding] of body.matchAll(/<EventCoding\b[^>]*>/g)) {
      const type = attr(coding, 'eventcode');
      if (!type) continue;
      const s = attr(coding, 'sourcecode') ?? '';
      const t = attr(coding, 'targetcode') ?? '';
      events.push({
        type,
        sources: s && !s.startsWith('---') ? [country(s)] : [],
        targets: t && !t.startsWith('---') ? [country(t)] : [],
      });
    }
    if (!keep(events)) return;
    const date = isoDate(attr(m[1] ?? '', 'date'));
    out.push({ id: attr(m[1] ?? '', 'id') ?? `#${i}`, text, ...(date ? { date } : {}), events });
  });
  return out;
}

function runPipeline(record: GoldRecord): Event[] {
  const kb = loadKnowledgeBase();
  const { text } = record;
  const sentences = splitSentences(text, [{ kind: 'paragraph', start: 0, end: text.length }]);
  const names = resolveMentions(findMentions(text, sentences), kb, record.date);
  const quotes = findQuotes(text, sentences);
  const { mentions } = resolveCoreference({ text, sentences, resolved: names, kb, date: record.date, quotes });
  return findEvents(text, sentences, mentions, kb, record.date ? { date: record.date } : {});
}

const newTally = (): Tally => ({
  emitted: 0,
  correct: 0,
  exact: 0,
  records: 0,
  recordsWithGold: 0,
  covered: 0,
  typeRight: 0,
  sourceRight: 0,
  targetRight: 0,
  bothRight: 0,
});

function typeOf(e: Event, plover: boolean): string {
  return plover ? (ploverCategory(e.code) ?? `CAMEO ${e.code}`) : e.code.slice(0, 2);
}

function goldType(g: GoldEvent, plover: boolean): string {
  return plover ? g.type : g.type.slice(0, 2);
}

function scoreActors(e: Event, matching: readonly GoldEvent[], t: Tally): { source: boolean; target: boolean } {
  const src = country(e.source.actorCode);
  const tgt = e.target ? country(e.target.actorCode) : null;
  const source = matching.some((g) => g.sources.includes(src));
  const target = matching.some((g) =>
    tgt === null
      ? g.targets.length === 0
      : g.targets.includes(tgt) || (g.targets.length === 0 && g.sources.includes(tgt)),
  );
  if (source) t.sourceRight++;
  if (target) t.targetRight++;
  if (source && target) t.bothRight++;
  return { source, target };
}

function scoreRecord(record: GoldRecord, events: readonly Event[], plover: boolean, t: Tally, errors: string[]): void {
  t.records++;
  if (record.events.length > 0) t.recordsWithGold++;
  if (events.length > 0 && record.events.length > 0) t.covered++;
  const first = [...events].sort((a, b) => b.confidence - a.confidence)[0];
  if (first && record.events.some((g) => goldType(g, plover) === typeOf(first, plover))) t.typeRight++;
  for (const e of events) {
    t.emitted++;
    const matching = record.events.filter((g) => goldType(g, plover) === typeOf(e, plover));
    const line = `${record.id}: ${e.source.actorCode} ${e.code} ${e.target?.actorCode ?? '-'} [${e.cue.text}] gold ${record.events.map((g) => `${g.sources.join('+')} ${g.type} ${g.targets.join('+')}`).join('; ') || 'none'} | ${record.text}`;
    if (matching.length === 0) {
      errors.push(`TYPE  ${line}`);
      continue;
    }
    t.correct++;
    if (!plover && matching.some((g) => g.type === e.code)) t.exact++;
    const ok = scoreActors(e, matching, t);
    errors.push(`${ok.source && ok.target ? 'OK   ' : 'ACTOR'} ${line}`);
  }
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

function summarise(set: string, t: Tally, plover: boolean): EventsSetScore {
  return {
    set,
    records: t.records,
    emitted: t.emitted,
    precision: ratio(t.correct, t.emitted),
    exactPrecision: plover ? null : ratio(t.exact, t.emitted),
    typeAccuracy: ratio(t.typeRight, t.records - (t.records - t.recordsWithGold) - (t.recordsWithGold - t.covered)),
    sourceAccuracy: ratio(t.sourceRight, t.correct),
    targetAccuracy: ratio(t.targetRight, t.correct),
    actorAccuracy: ratio(t.bothRight, t.correct),
    coverage: ratio(t.covered, t.recordsWithGold),
  };
}

function addInto(into: Tally, t: Tally): void {
  for (const k of Object.keys(into) as (keyof Tally)[]) into[k] += t[k];
}

const REAL_CODE = /^(?:[A-Z]{3})$/;

export async function runEventsBench(options: { sharedDir: string; limit?: number }): Promise<EventsBenchResult> {
  const t0 = performance.now();
  const data = join(options.sharedDir, 'data');
  const kb = loadKnowledgeBase();
  const real = (c: string): boolean =>
    c === 'IGO' || c === 'NGO' || (REAL_CODE.test(c) && kb.get(`country:${c}`) !== undefined);
  const sets: { name: string; file: string; plover: boolean; load: (f: string) => GoldRecord[] }[] = [
    { name: 'plover', file: join(data, 'events-plover/PLOVER_GSR_CAMEO.json'), plover: true, load: loadPlover },
    {
      name: 'petr2',
      file: join(data, 'events-universalpetrarch/PETR2_GSR_validation.xml'),
      plover: false,
      load: (f) => loadPetrarch(f, () => true),
    },
    {
      name: 'petr-unit',
      file: join(data, 'events-petrarch2/PETR.UnitTest.records.xml'),
      plover: false,
      load: (f) => loadPetrarch(f, (ev) => ev.length > 0 && ev.every((g) => [...g.sources, ...g.targets].every(real))),
    },
  ];
  const scores: EventsSetScore[] = [];
  const errors: string[] = [];
  const pooled = newTally();
  let pooledExact = 0;
  let pooledCameoEmitted = 0;
  for (const set of sets) {
    if (!existsSync(set.file)) {
      console.log(`events: ${set.file} not found, skipping ${set.name}`);
      continue;
    }
    const records = set.load(set.file).slice(0, options.limit ?? Number.POSITIVE_INFINITY);
    const tally = newTally();
    for (const record of records) scoreRecord(record, runPipeline(record), set.plover, tally, errors);
    scores.push(summarise(set.name, tally, set.plover));
    addInto(pooled, tally);
    if (!set.plover) {
      pooledExact += tally.exact;
      pooledCameoEmitted += tally.emitted;
    }
  }
  if (scores.length === 0) return { skipped: 'no events gold data found', sets: [], pooled: null, seconds: 0 };
  const all = { ...summarise('all', pooled, false), exactPrecision: ratio(pooledExact, pooledCameoEmitted) };
  return {
    sets: scores,
    pooled: all,
    seconds: (performance.now() - t0) / 1000,
    errors: errors.filter((e) => !e.startsWith('OK')),
    lines: errors,
  };
}

export function formatEventsBench(result: EventsBenchResult): string {
  if (result.skipped) return `events: skipped (${result.skipped})`;
  const f = (x: number | null): string => (x === null ? '  -  ' : x.toFixed(3));
  const lines = ['  set        records emitted  prec(root) prec(exact) type-acc  source  target  actors  coverage'];
  for (const s of [...result.sets, ...(result.pooled ? [result.pooled] : [])]) {
    lines.push(
      `  ${s.set.padEnd(10)} ${String(s.records).padStart(7)} ${String(s.emitted).padStart(7)}  ${f(s.precision)}      ${f(s.exactPrecision)}       ${f(s.typeAccuracy)}    ${f(s.sourceAccuracy)}   ${f(s.targetAccuracy)}   ${f(s.actorAccuracy)}   ${f(s.coverage)}`,
    );
  }
  lines.push(
    '  targets: type ≥ 0.75, actors ≥ 0.80, precision ≥ 0.85   (exact code not scoreable on PLOVER categories)',
  );
  lines.push(`  ${result.seconds.toFixed(1)} s`);
  return lines.join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      limit: { type: 'string' },
      shared: { type: 'string' },
      errors: { type: 'string' },
      all: { type: 'boolean' },
    },
  });
  const result = await runEventsBench({
    sharedDir: defaultSharedDir(values.shared),
    limit: values.limit ? Number(values.limit) : undefined,
  });
  console.log(formatEventsBench(result));
  const shown = values.all ? result.lines : result.errors;
  if (values.errors && shown) for (const e of shown.slice(0, Number(values.errors))) console.log(e);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
