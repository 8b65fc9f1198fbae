/**
 * Quotes benchmark on quotes-polnear (PolNeAR, brat stand-off attributions: Source, Cue, Content spans).
 * Runs `findQuotes` on each raw dev text (blocks = paragraphs split on blank lines) and reports, per span type
 * (content, source = speaker, cue):
 *   - exact:   a predicted span equals a gold span of the same type (both trimmed of white space and of
 *              , . ; : at the edges; a discontinuous gold span counts by its outer bounds);
 *   - overlap: (BBC Citron style) a predicted span is correct if it shares at least one non-space character
 *              with a gold span of the same type; a gold span is found if some predicted span of that type
 *              overlaps it. P = correct predicted / predicted, R = found gold / gold.
 *   - speaker accuracy: over gold attributions with a Source whose Content we found (overlap), the share
 *              where the speaker mention of our best-overlapping quote overlaps the gold Source.
 * Articles annotated by several annotators are scored against the alphabetically first annotation.
 * PolNeAR annotates every attribution (beliefs, intentions, polls) — wider than quotes — so the run is
 * reported twice: the product default (speech only) and with `beliefs: true`.
 * Dev is the test split here; `--split train` exists only to study errors.
 * Run: `npx tsx bench/quotes.ts [--limit N] [--shared DIR] [--split dev|train] [--errors N]`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { findQuotes, type Quote, type QuoteOptions } from '../src/analyze/quotes/index.js';
import { splitSentences } from '../src/analyze/text/index.js';
import type { Block, Range } from '../src/core/types.js';
import { defaultSharedDir } from './shared-dir.js';

type SpanType = 'content' | 'source' | 'cue';
const TYPES: readonly SpanType[] = ['content', 'source', 'cue'];

export interface Prf {
  readonly p: number;
  readonly r: number;
  readonly f1: number;
  readonly predicted: number;
  readonly gold: number;
}

export interface QuotesRunScore {
  readonly label: string;
  readonly exact: Record<SpanType, Prf>;
  readonly overlap: Record<SpanType, Prf>;
  readonly speakerAccuracy: number;
  readonly speakerScored: number;
  readonly quotes: number;
}

export interface QuotesBenchResult {
  readonly skipped?: string;
  readonly split: string;
  readonly articles: number;
  readonly attributions: number;
  readonly runs: readonly QuotesRunScore[];
  readonly seconds: number;
  readonly errors?: readonly string[];
}

interface GoldSpan {
  readonly parts: readonly Range[];
  readonly outer: Range;
}

interface GoldAttribution {
  readonly content?: GoldSpan;
  readonly source?: GoldSpan;
  readonly cue?: GoldSpan;
}

interface Article {
  readonly name: string;
  readonly text: string;
  readonly gold: readonly GoldAttribution[];
}

/** Paragraph blocks: runs of text separated by blank lines. */
export function paragraphBlocks(text: string): Block[] {
  const out: Block[] = [];
  const re = /\n[ \t]*\n/g;
  let from = 0;
  for (;;) {
    const m = re.exec(text);
    const end = m ? m.index : text.length;
    if (text.slice(from, end).trim()) out.push({ start: from, end, kind: 'paragraph' });
    if (!m) break;
    from = m.index + m[0].length;
  }
  return out;
}

function parseSpan(field: string): GoldSpan {
  const parts = field
    .split(' ')
    .slice(1)
    .join(' ')
    .split(';')
    .map((p) => p.trim().split(' ').map(Number))
    .map(([start, end]) => ({ start: start ?? 0, end: end ?? 0 }));
  const outer = { start: Math.min(...parts.map((p) => p.start)), end: Math.max(...parts.map((p) => p.end)) };
  return { parts, outer };
}

/** Attributions of a brat .ann file (E lines linking Source, Cue and Content T spans). */
export function parseAnn(ann: string): GoldAttribution[] {
  const spans = new Map<string, GoldSpan>();
  const out: GoldAttribution[] = [];
  for (const line of ann.split('\n')) {
    const cols = line.split('\t');
    if (/^T\d+$/.test(cols[0] ?? '') && cols[1]) spans.set(cols[0] as string, parseSpan(cols[1]));
  }
  for (const line of ann.split('\n')) {
    const cols = line.split('\t');
    if (!/^E\d+$/.test(cols[0] ?? '') || !cols[1]) continue;
    const roles = Object.fromEntries(
      cols[1]
        .split(' ')
        .slice(1)
        .map((r) => r.split(':') as [string, string]),
    );
    const get = (role: string) => (roles[role] ? spans.get(roles[role]) : undefined);
    out.push({ content: get('Content'), source: get('Source'), cue: get('Cue') });
  }
  return out;
}

function loadArticles(dir: string, limit?: number): Article[] {
  const anns = readdirSync(join(dir, 'attributions'))
    .filter((f) => f.endsWith('.ann'))
    .sort();
  const byText = new Map<string, string>();
  for (const f of anns) {
    const name = f.replace(/_[0-9a-f]{4}\.ann$/, '');
    if (!byText.has(name)) byText.set(name, f);
  }
  const out: Article[] = [];
  for (const [name, ann] of byText) {
    const txt = join(dir, 'text', `${name}.txt`);
    if (!existsSync(txt)) continue;
    out.push({
      name,
      text: readFileSync(txt, 'utf8'),
      gold: parseAnn(readFileSync(join(dir, 'attributions', ann), 'utf8')),
    });
    if (limit && out.length >= limit) break;
  }
  return out;
}

const EDGE = /^[\s,.;:]+|[\s,.;:]+$/g;

function trimmed(text: string, r: Range): string {
  return `${r.start}:${text.slice(r.start, r.end).replace(EDGE, '')}`;
}

function key(text: string, r: Range): string {
  const raw = text.slice(r.start, r.end);
  const lead = raw.length - raw.replace(/^[\s,.;:]+/, '').length;
  return trimmed(text, { start: r.start + lead, end: r.end }).replace(/^\d+/, String(r.start + lead));
}

function overlapsText(text: string, a: Range, b: Range): boolean {
  const s = Math.max(a.start, b.start);
  const e = Math.min(a.end, b.end);
  return e > s && /\S/.test(text.slice(s, e));
}

const goldOverlap = (text: string, g: GoldSpan, r: Range) => g.parts.some((p) => overlapsText(text, p, r));

function predictedSpans(q: Quote, type: SpanType): Range | undefined {
  if (type === 'content') return q.content;
  if (type === 'source') return q.speaker?.range;
  return q.cue?.range;
}

interface Counts {
  exactHit: number;
  exactGold: number;
  overPred: number;
  overGold: number;
  pred: number;
  gold: number;
}

function countType(a: Article, quotes: readonly Quote[], type: SpanType, c: Counts): void {
  const gold = a.gold.map((g) => g[type]).filter((g): g is GoldSpan => !!g);
  const pred = quotes.map((q) => predictedSpans(q, type)).filter((r): r is Range => !!r);
  const goldKeys = new Set(gold.map((g) => key(a.text, g.outer)));
  const predKeys = new Set(pred.map((r) => key(a.text, r)));
  c.pred += pred.length;
  c.gold += gold.length;
  c.exactHit += pred.filter((r) => goldKeys.has(key(a.text, r))).length;
  c.exactGold += gold.filter((g) => predKeys.has(key(a.text, g.outer))).length;
  c.overPred += pred.filter((r) => gold.some((g) => goldOverlap(a.text, g, r))).length;
  c.overGold += gold.filter((g) => pred.some((r) => goldOverlap(a.text, g, r))).length;
}

function prf(hitPred: number, pred: number, hitGold: number, gold: number): Prf {
  const p = pred ? hitPred / pred : 0;
  const r = gold ? hitGold / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, predicted: pred, gold };
}

/** Our quote overlapping a gold content most (in characters), if any. */
function bestQuote(text: string, g: GoldSpan, quotes: readonly Quote[]): Quote | undefined {
  let best: Quote | undefined;
  let bestLen = 0;
  for (const q of quotes) {
    const len = g.parts.reduce(
      (n, p) => n + Math.max(0, Math.min(p.end, q.content.end) - Math.max(p.start, q.content.start)),
      0,
    );
    if (len > bestLen && goldOverlap(text, g, q.content)) {
      best = q;
      bestLen = len;
    }
  }
  return best;
}

function scoreRun(
  label: string,
  articles: readonly Article[],
  options: QuoteOptions,
  errors: string[] | null,
): QuotesRunScore {
  const counts = Object.fromEntries(
    TYPES.map((t) => [t, { exactHit: 0, exactGold: 0, overPred: 0, overGold: 0, pred: 0, gold: 0 }]),
  ) as Record<SpanType, Counts>;
  let scored = 0;
  let correct = 0;
  let total = 0;
  for (const a of articles) {
    const quotes = findQuotes(a.text, splitSentences(a.text, paragraphBlocks(a.text)), options);
    total += quotes.length;
    for (const t of TYPES) countType(a, quotes, t, counts[t]);
    for (const g of a.gold) {
      if (!g.content || !g.source) continue;
      const q = bestQuote(a.text, g.content, quotes);
      if (!q) continue;
      scored++;
      const ok = !!q.speaker?.range && goldOverlap(a.text, g.source, q.speaker.range);
      if (ok) correct++;
      else
        errors?.push(
          `speaker\t${a.name}\tgold=${JSON.stringify(a.text.slice(g.source.outer.start, g.source.outer.end))}\tgot=${JSON.stringify(q.speaker?.range ? a.text.slice(q.speaker.range.start, q.speaker.range.end) : null)}\t${q.reasons[0]}`,
        );
    }
    if (errors) collectContentErrors(a, quotes, errors);
  }
  const exact = Object.fromEntries(
    TYPES.map((t) => [t, prf(counts[t].exactHit, counts[t].pred, counts[t].exactGold, counts[t].gold)]),
  ) as Record<SpanType, Prf>;
  const overlap = Object.fromEntries(
    TYPES.map((t) => [t, prf(counts[t].overPred, counts[t].pred, counts[t].overGold, counts[t].gold)]),
  ) as Record<SpanType, Prf>;
  return {
    label,
    exact,
    overlap,
    speakerAccuracy: scored ? correct / scored : 0,
    speakerScored: scored,
    quotes: total,
  };
}

function collectContentErrors(a: Article, quotes: readonly Quote[], errors: string[]): void {
  const cut = (r: Range) => JSON.stringify(a.text.slice(r.start, r.end).slice(0, 160));
  for (const q of quotes) {
    if (!a.gold.some((g) => g.content && goldOverlap(a.text, g.content, q.content)))
      errors.push(`false-content\t${a.name}\t${cut({ start: q.start, end: q.end })}\t${q.reasons.join(' ')}`);
  }
  for (const g of a.gold) {
    if (g.content && !quotes.some((q) => goldOverlap(a.text, g.content as GoldSpan, q.content))) {
      const cue = g.cue ? a.text.slice(g.cue.outer.start, g.cue.outer.end) : '-';
      const src = g.source ? a.text.slice(g.source.outer.start, g.source.outer.end) : '-';
      const before = a.text.slice(Math.max(0, g.content.outer.start - 90), g.content.outer.start);
      errors.push(
        `missed-content\t${a.name}\tcue=${JSON.stringify(cue)}\tsrc=${JSON.stringify(src.slice(0, 60))}\t${JSON.stringify(before)} >>> ${cut(g.content.outer)}`,
      );
    }
  }
}

export async function runQuotesBench(options: {
  sharedDir: string;
  limit?: number;
  split?: 'dev' | 'train';
  errors?: boolean;
}): Promise<QuotesBenchResult> {
  const split = options.split ?? 'dev';
  const dir = join(options.sharedDir, 'data', 'quotes-polnear', split);
  if (!existsSync(join(dir, 'attributions'))) {
    return {
      skipped: `skipped: ${dir} not found (needs ../shared/data/quotes-polnear)`,
      split,
      articles: 0,
      attributions: 0,
      runs: [],
      seconds: 0,
    };
  }
  const t0 = performance.now();
  const articles = loadArticles(dir, options.limit);
  const errors = options.errors ? [] : null;
  const runs = [
    scoreRun('speech (default)', articles, {}, errors),
    scoreRun('beliefs: true', articles, { beliefs: true }, null),
  ];
  const attributions = articles.reduce((n, a) => n + a.gold.length, 0);
  return {
    split,
    articles: articles.length,
    attributions,
    runs,
    seconds: (performance.now() - t0) / 1000,
    ...(errors ? { errors } : {}),
  };
}

const f = (x: number) => x.toFixed(3);

export function formatQuotesBench(r: QuotesBenchResult): string {
  if (r.skipped) return `quotes benchmark ${r.skipped}`;
  const lines = [
    `quotes on quotes-polnear ${r.split}: ${r.articles} articles, ${r.attributions} gold attributions, ${r.seconds.toFixed(1)} s`,
    '  overlap = shares ≥1 non-space char with a gold span of the same type; exact = same span (edges , . ; : trimmed)',
  ];
  for (const run of r.runs) {
    lines.push(`  [${run.label}] ${run.quotes} quotes`);
    lines.push('    type      exact P  exact R  exact F1 | ovl P   ovl R   ovl F1 | predicted gold');
    for (const t of TYPES) {
      const e = run.exact[t];
      const o = run.overlap[t];
      lines.push(
        `    ${t.padEnd(8)}  ${f(e.p)}    ${f(e.r)}    ${f(e.f1)}    | ${f(o.p)}  ${f(o.r)}  ${f(o.f1)}  | ${String(o.predicted).padStart(6)} ${String(o.gold).padStart(5)}`,
      );
    }
    lines.push(
      `    speaker accuracy ${f(run.speakerAccuracy)} (n=${run.speakerScored})   targets: content ovl F1 ≥ 0.85, speaker ≥ 0.88`,
    );
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      limit: { type: 'string' },
      shared: { type: 'string' },
      split: { type: 'string' },
      errors: { type: 'string' },
    },
  });
  const sharedDir = defaultSharedDir(values.shared);
  const split = values.split === 'train' ? 'train' : 'dev';
  const result = await runQuotesBench({
    sharedDir,
    limit: values.limit ? Number(values.limit) : undefined,
    split,
    errors: !!values.errors,
  });
  console.log(formatQuotesBench(result));
  if (result.errors) for (const e of result.errors.slice(0, Number(values.errors))) console.log(e);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
