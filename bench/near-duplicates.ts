/**
 * Near-duplicate benchmark for stories/origins on pairs generated from extraction-zyte's gold article bodies
 * (ground-truth.json, read at run time; nothing is copied into the repository). Seeded, so every run makes the
 * same pairs. For each base article (≥ 60 words) it makes one copy per modification:
 *   exact · trim-last (last paragraph dropped) · trim-middle (a middle paragraph dropped) · retitle (a new first
 *   line) · reorder (two paragraphs swapped) · rewrap (hard line breaks, spacing, straight quotes, "--" dashes) ·
 *   wire (agency dateline + credit line; the base is the agency's own copy, one agency per base) · light-edit (~5 % of words replaced)
 *   · syndicated (retitle + trim-last + rewrap + dateline together) · wire-edited (dateline + 12 % of words replaced)
 *   · excerpt (the first third of the paragraphs) · heavy-edit (20 % of words replaced, no credit: a stress case
 *   beyond the thresholds, reported to show where recall ends)
 * and negatives: random pairs of different articles; same-site pairs (two gold pages from one host);
 * shared-names pairs (for each base, the other base with the most capitalised words in common); and
 * nearest-other-site pairs (for each base, the other site's page sharing the most shingles — in this set these
 * are real same-event reports by different outlets: Home Depot earnings, the Omar threat plea, WeWork …).
 * Each pair is decided by `groupOrigins([a, b])` (linked = one origin). Per modification: recall, and precision
 * as TP / (TP + all false positives over all negatives), so a type's precision is a lower bound. Then a pool
 * run: every base and copy in one `groupOrigins` call (≈ 2,000 texts at full size), scored pairwise against
 * the generated clusters, and timed (fingerprinting + LSH + verification + grouping) for throughput.
 * Last, `sameOutletByTemplate` on the extraction-zyte HTML pages run through extractArticle (same host = same
 * outlet), with length weights and with rarity weights from the pages themselves.
 * Run: `npx tsx bench/near-duplicates.ts [--limit N] [--shared DIR] [--verbose]`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { captureIdFor, sha256Hex } from '../src/core/ids.js';
import { MessageLog } from '../src/core/message.js';
import { extractArticle } from '../src/extract/index.js';
import {
  agencyOf,
  type Base,
  MODIFIERS,
  negativePairs,
  type Pair,
  positivePairs,
  rngFor,
  STRESS,
  words,
} from '../src/stories/origins/copies.eval.js';
import { fingerprint, overlap } from '../src/stories/origins/fingerprint.js';
import { LINK_THRESHOLDS } from '../src/stories/origins/origins.data.js';
import { groupOrigins, type OriginInput } from '../src/stories/origins/origins.js';
import { sameOutletByTemplate, type TemplateInput, templateStats } from '../src/stories/origins/outlet-template.js';
import { defaultSharedDir } from './shared-dir.js';

export interface Prf {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface ModificationScore extends Prf {
  readonly pairs: number;
  /** Lowest and median exact shingle containment over this type's pairs (for calibration). */
  readonly minContainment: number;
  readonly medianContainment: number;
}

export interface NegativeScore {
  readonly pairs: number;
  readonly falsePositives: number;
  readonly maxContainment: number;
  readonly maxJaccard: number;
}

export interface TemplateScore {
  readonly weights: 'length' | 'length × rarity';
  readonly pages: number;
  readonly sameSitePairs: number;
  readonly otherPairs: number;
  readonly recall: number;
  readonly falseLinks: number;
  /** Host pairs wrongly called one outlet (in this set: sibling sites of one publisher). */
  readonly falseLinkHosts: string[];
}

export interface NearDupBenchResult {
  readonly skipped?: string;
  readonly articles: number;
  readonly byModification: Record<string, ModificationScore>;
  readonly byNegative: Record<string, NegativeScore>;
  readonly overall: Prf & { readonly positives: number; readonly negatives: number };
  /** As `overall`, without the stress modifications (heavy-edit). */
  readonly designed: Prf;
  readonly pool: { readonly texts: number; readonly origins: number; readonly pairwise: Prf };
  readonly throughput: { readonly texts: number; readonly seconds: number; readonly articlesPerSecond: number };
  readonly thresholds: typeof LINK_THRESHOLDS;
  /** sameOutletByTemplate on the extraction-zyte HTML pages: same host = same outlet. */
  readonly outletTemplate: TemplateScore[];
  readonly misses: {
    readonly kind: string;
    readonly a: string;
    readonly b: string;
    readonly containment: number;
    readonly jaccard: number;
  }[];
  readonly seconds: number;
}

function readBases(sharedDir: string, limit?: number): Base[] | null {
  const path = join(sharedDir, 'data', 'extraction-zyte', 'ground-truth.json');
  if (!existsSync(path)) return null;
  const gold = JSON.parse(readFileSync(path, 'utf8')) as Record<string, { articleBody?: string; url?: string }>;
  const bases = Object.keys(gold)
    .sort()
    .flatMap((id) => {
      const text = gold[id]?.articleBody ?? '';
      const host = gold[id]?.url ? new URL(gold[id]?.url as string).host : id;
      return words(text).length >= 60 ? [{ id, host, text }] : [];
    });
  return limit ? bases.slice(0, limit) : bases;
}

function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

function linkedPair(pair: Pair): boolean {
  return groupOrigins([pair.a, pair.b]).length === 1;
}

function scorePairs(pairs: readonly Pair[]) {
  const decided = pairs.map((p) => {
    const ov = overlap(fingerprint(p.a.text).shingles, fingerprint(p.b.text).shingles);
    return { pair: p, linked: linkedPair(p), containment: ov.containment, jaccard: ov.jaccard };
  });
  const negatives = decided.filter((d) => !d.pair.positive);
  const fpAll = negatives.filter((d) => d.linked).length;
  const byModification: Record<string, ModificationScore> = {};
  for (const kind of Object.keys(MODIFIERS)) {
    const own = decided.filter((d) => d.pair.positive && d.pair.kind === kind);
    const tp = own.filter((d) => d.linked).length;
    const cs = own.map((d) => d.containment).sort((x, y) => x - y);
    byModification[kind] = {
      pairs: own.length,
      ...prf(tp, fpAll, own.length - tp),
      minContainment: round(cs[0] ?? 0),
      medianContainment: round(cs[Math.floor(cs.length / 2)] ?? 0),
    };
  }
  const byNegative: Record<string, NegativeScore> = {};
  for (const kind of [...new Set(negatives.map((d) => d.pair.kind))]) {
    const own = negatives.filter((d) => d.pair.kind === kind);
    byNegative[kind] = {
      pairs: own.length,
      falsePositives: own.filter((d) => d.linked).length,
      maxContainment: round(Math.max(0, ...own.map((d) => d.containment))),
      maxJaccard: round(Math.max(0, ...own.map((d) => d.jaccard))),
    };
  }
  const positives = decided.filter((d) => d.pair.positive);
  const tp = positives.filter((d) => d.linked).length;
  const overall = {
    ...prf(tp, fpAll, positives.length - tp),
    positives: positives.length,
    negatives: negatives.length,
  };
  const designedPositives = positives.filter((d) => !STRESS.has(d.pair.kind));
  const designedTp = designedPositives.filter((d) => d.linked).length;
  const designed = prf(designedTp, fpAll, designedPositives.length - designedTp);
  const misses = decided
    .filter((d) => d.linked !== d.pair.positive)
    .map((d) => ({
      kind: d.pair.kind,
      a: d.pair.a.id,
      b: d.pair.b.id,
      containment: round(d.containment),
      jaccard: round(d.jaccard),
    }));
  return { byModification, byNegative, overall, designed, misses };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Everything (bases + designed copies) in one groupOrigins call; gold cluster = the base a text was made from. Timed. */
function scorePool(bases: readonly Base[], positives: readonly Pair[]) {
  const texts: OriginInput[] = [
    ...bases.map((b, i) => ({ id: b.id, text: b.text, outlet: agencyOf(i) })),
    ...positives.map((p) => p.b),
  ];
  const gold = new Map(texts.map((t) => [t.id, t.id.split('~')[0] as string]));
  const started = performance.now();
  const origins = groupOrigins(texts);
  const seconds = (performance.now() - started) / 1000;
  const predicted = new Map<string, string>();
  for (const o of origins) for (const id of o.articleIds) predicted.set(id, o.id);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const ids = texts.map((t) => t.id);
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++) {
      const same = gold.get(ids[i] as string) === gold.get(ids[j] as string);
      const linked = predicted.get(ids[i] as string) === predicted.get(ids[j] as string);
      if (same && linked) tp++;
      else if (linked) fp++;
      else if (same) fn++;
    }
  return {
    pool: { texts: texts.length, origins: origins.length, pairwise: prf(tp, fp, fn) },
    throughput: { texts: texts.length, seconds: round(seconds), articlesPerSecond: Math.round(texts.length / seconds) },
  };
}

const NOW = new Date('2026-11-29T12:00:00Z');

/** Extracts the zyte HTML pages (the real pipeline) for the outlet-template check. */
function readTemplatePages(sharedDir: string, limit?: number): (TemplateInput & { host: string })[] {
  const dir = join(sharedDir, 'data', 'extraction-zyte');
  const gold = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { url?: string }>;
  const ids = Object.keys(gold).sort();
  return (limit ? ids.slice(0, limit) : ids).flatMap((id) => {
    const path = join(dir, 'html', `${id}.html.gz`);
    if (!existsSync(path) || !gold[id]?.url) return [];
    const bytes = new Uint8Array(gunzipSync(readFileSync(path)));
    const hash = sha256Hex(bytes);
    const capture = {
      id: captureIdFor(hash),
      contentHash: hash,
      bytes,
      kind: 'html' as const,
      mediaType: 'text/html',
      input: id,
    };
    const { article } = extractArticle(capture, { log: new MessageLog('extract'), now: NOW });
    const host = new URL(gold[id]?.url as string).host;
    return [{ host, text: article.text, title: article.meta.title?.value, removed: article.removed }];
  });
}

function scoreTemplates(pages: readonly (TemplateInput & { host: string })[], withStats: boolean): TemplateScore {
  const stats = withStats ? templateStats(pages) : undefined;
  let same = 0;
  let found = 0;
  let other = 0;
  const falseHosts = new Set<string>();
  for (let i = 0; i < pages.length; i++)
    for (let j = i + 1; j < pages.length; j++) {
      const [a, b] = [pages[i] as TemplateInput & { host: string }, pages[j] as TemplateInput & { host: string }];
      const linked = sameOutletByTemplate(a, b, { stats }).same;
      if (a.host === b.host) [same, found] = [same + 1, found + (linked ? 1 : 0)];
      else {
        other++;
        if (linked) falseHosts.add([a.host, b.host].sort().join(' ~ '));
      }
    }
  return {
    weights: withStats ? 'length × rarity' : 'length',
    pages: pages.length,
    sameSitePairs: same,
    otherPairs: other,
    recall: same === 0 ? 1 : found / same,
    falseLinks: falseHosts.size,
    falseLinkHosts: [...falseHosts].sort(),
  };
}

export async function runNearDuplicatesBench(options: {
  sharedDir: string;
  limit?: number;
}): Promise<NearDupBenchResult> {
  const started = performance.now();
  const bases = readBases(options.sharedDir, options.limit);
  if (!bases || bases.length < 2)
    return emptyResult(`no gold data at ${join(options.sharedDir, 'data', 'extraction-zyte')}`);
  const rng = rngFor(20261129);
  const vocabulary = bases.flatMap((b) => words(b.text).filter((w) => /^\p{L}{3,}$/u.test(w))).slice(0, 50_000);
  const positives = positivePairs(bases, rng, vocabulary);
  const negatives = negativePairs(bases, rng);
  const scored = scorePairs([...positives, ...negatives]);
  const pool = scorePool(
    bases,
    positives.filter((p) => !STRESS.has(p.kind)),
  );
  const templatePages = readTemplatePages(options.sharedDir, options.limit);
  const outletTemplate = [scoreTemplates(templatePages, false), scoreTemplates(templatePages, true)];
  return {
    articles: bases.length,
    ...scored,
    ...pool,
    thresholds: LINK_THRESHOLDS,
    outletTemplate,
    seconds: round((performance.now() - started) / 1000),
  };
}

function emptyResult(skipped: string): NearDupBenchResult {
  const zero = prf(0, 0, 0);
  return {
    skipped,
    articles: 0,
    byModification: {},
    byNegative: {},
    overall: { ...zero, positives: 0, negatives: 0 },
    designed: zero,
    pool: { texts: 0, origins: 0, pairwise: zero },
    throughput: { texts: 0, seconds: 0, articlesPerSecond: 0 },
    thresholds: LINK_THRESHOLDS,
    outletTemplate: [],
    misses: [],
    seconds: 0,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function formatNearDuplicatesBench(r: NearDupBenchResult): string {
  if (r.skipped) return `near-duplicates: skipped (${r.skipped})`;
  const lines = [`near-duplicates on extraction-zyte gold texts: ${r.articles} base articles in ${r.seconds} s`];
  lines.push('  modification   pairs  recall  precision  F1      containment min / median');
  for (const [kind, s] of Object.entries(r.byModification)) {
    lines.push(
      `  ${kind.padEnd(14)} ${String(s.pairs).padStart(5)}  ${pct(s.recall).padStart(6)}  ${pct(s.precision).padStart(9)}  ${pct(s.f1).padStart(6)}  ${s.minContainment} / ${s.medianContainment}`,
    );
  }
  lines.push('  negatives      pairs  false links  max containment  max jaccard');
  for (const [kind, s] of Object.entries(r.byNegative)) {
    lines.push(
      `  ${kind.padEnd(14)} ${String(s.pairs).padStart(5)}  ${String(s.falsePositives).padStart(11)}  ${String(s.maxContainment).padStart(15)}  ${s.maxJaccard}`,
    );
  }
  const o = r.overall;
  lines.push(
    `  overall: P ${pct(o.precision)} R ${pct(o.recall)} F1 ${pct(o.f1)} (${o.positives} positive, ${o.negatives} negative pairs)`,
  );
  const d = r.designed;
  lines.push(`  designed (all but heavy-edit): P ${pct(d.precision)} R ${pct(d.recall)} F1 ${pct(d.f1)}`);
  const p = r.pool.pairwise;
  lines.push(
    `  pool: ${r.pool.texts} texts → ${r.pool.origins} origins; pairwise P ${pct(p.precision)} R ${pct(p.recall)} F1 ${pct(p.f1)}`,
  );
  lines.push(
    `  throughput: ${r.throughput.articlesPerSecond} articles/s (${r.throughput.texts} texts in ${r.throughput.seconds} s, fingerprint + group)`,
  );
  for (const t of r.outletTemplate) {
    lines.push(
      `  outlet template (${t.weights}) on ${t.pages} zyte pages: same-site recall ${pct(t.recall)} (${t.sameSitePairs} pairs); ${t.falseLinks} false host pairs of ${t.otherPairs}: ${t.falseLinkHosts.join(', ')}`,
    );
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { limit: { type: 'string' }, shared: { type: 'string' }, verbose: { type: 'boolean' } },
  });
  const sharedDir = defaultSharedDir(values.shared);
  const result = await runNearDuplicatesBench({ sharedDir, limit: values.limit ? Number(values.limit) : undefined });
  console.log(formatNearDuplicatesBench(result));
  if (values.verbose)
    for (const m of result.misses) console.log(`miss\t${m.kind}\t${m.a}\t${m.b}\tC=${m.containment}\tJ=${m.jaccard}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
