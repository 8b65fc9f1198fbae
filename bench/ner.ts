/**
 * NER benchmark (`npx tsx bench/ner.ts [--shared ../shared] [--limit N]`, or via bench/run.ts).
 * Scores `findMentions` with exact span + type match, per type and overall, on
 *   - ner-wikigold, held-out split only (documents whose index % 5 === 4; the model trains on the others);
 *   - en-worldwide-newswire (never trained on: no licence file, research/evaluation use). Files in sorted order
 *     with index % 20 === 0 were a development slice for model selection and are excluded; the rest are the test.
 * Each document's gold tokens are joined by spaces, one sentence per line, and handed to the real pipeline
 * (tokenizer + tagger); gold word spans become character spans in that text.
 * Newswire files may carry nested annotations as extra tag columns; only the first (outermost) column is scored
 * (before 2026-11-29 such tokens were read as O, which split "Qatar Charity" into a gold "Charity").
 * Error analysis on the dev slice: bench/ner-errors.ts.
 * Type mapping: ours person → PER, organisation → ORG, place/country → LOC, other → MISC. Newswire: Person → PER,
 * Organization → ORG, Location → LOC, NORP/Misc/Product → MISC, Date/Money → not entities, Facility → ignored
 * (gold Facility spans are dropped, and predictions overlapping one are not scored: CoNLL has no such class).
 * "core" = PER+ORG+LOC (the types the product resolves, and what `compromise` can find); "all" adds MISC.
 * Baseline: the `compromise` library (people/places/organizations), scored in the same run when installed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { bioSpans, type GoldDoc, IGNORE, parseConll, parseNewswire } from '../src/analyze/ner/conll.js';
import { splitWikigold } from '../src/analyze/ner/corpus.js';
import { defaultGazetteer, findMentions, loadNerModel, type Mention } from '../src/analyze/ner/index.js';
import { NER_MODEL_JSON } from '../src/analyze/ner/model.generated.js';
import type { Sentence } from '../src/analyze/text/index.js';
import { defaultSharedDir } from './shared-dir.js';

export interface Span {
  start: number;
  end: number;
  type: string;
}
export interface BenchDoc {
  text: string;
  sentences: Sentence[];
  gold: Span[];
  ignore: Span[];
  tokens: number;
}
export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}
export interface NerScores {
  perType: Record<string, Prf>;
  core: Prf;
  all: Prf;
}
export interface NerDatasetResult {
  dataset: string;
  docs: number;
  tokens: number;
  model: NerScores;
  baseline: NerScores | 'skipped';
  tokensPerSecond: number;
}
export interface NerBenchResult {
  datasets: NerDatasetResult[];
  modelBytes: number;
  modelFeatures: number;
  baseline: string;
}

const TYPES = ['PER', 'ORG', 'LOC', 'MISC'];
const CORE = new Set(['PER', 'ORG', 'LOC']);
const OURS: Record<string, string> = {
  person: 'PER',
  organisation: 'ORG',
  place: 'LOC',
  country: 'LOC',
  other: 'MISC',
};

/** Gold document → text (tokens joined by spaces, one sentence per line) with character-span gold. */
export function toBenchDoc(doc: GoldDoc): BenchDoc {
  let text = '';
  const sentences: Sentence[] = [];
  const gold: Span[] = [];
  const ignore: Span[] = [];
  let tokens = 0;
  doc.sentences.forEach((s, blockIndex) => {
    if (text) text += '\n';
    const offsets = s.words.map((w) => {
      const start = text.length + (text.length > 0 && !text.endsWith('\n') ? 1 : 0);
      text += (start > text.length ? ' ' : '') + w;
      return { start, end: start + w.length };
    });
    sentences.push({ start: offsets[0]?.start ?? text.length, end: text.length, blockIndex });
    for (const sp of bioSpans(s.tags)) {
      const span = { start: offsets[sp.start]?.start ?? 0, end: offsets[sp.end - 1]?.end ?? 0, type: sp.type };
      (sp.type === IGNORE ? ignore : gold).push(span);
    }
    tokens += s.words.length;
  });
  return { text, sentences, gold, ignore, tokens };
}

const prf = (tp: number, fp: number, fn: number): Prf => {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
};

/** Exact span + type scoring, summed over documents. */
export function scoreSpans(docs: readonly { gold: Span[]; ignore: Span[]; predicted: Span[] }[]): NerScores {
  const counts = Object.fromEntries(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  for (const d of docs) {
    const key = (s: Span): string => `${s.start}:${s.end}:${s.type}`;
    const gold = new Set(d.gold.map(key));
    const scored = d.predicted.filter((p) => !d.ignore.some((g) => p.start < g.end && g.start < p.end));
    const pred = new Set(scored.map(key));
    for (const p of scored) {
      const c = counts[p.type];
      if (c) gold.has(key(p)) ? c.tp++ : c.fp++;
    }
    for (const g of d.gold) {
      const c = counts[g.type];
      if (c && !pred.has(key(g))) c.fn++;
    }
  }
  const sum = (types: string[]): Prf => {
    const t = types.reduce(
      (a, k) => ({ tp: a.tp + (counts[k]?.tp ?? 0), fp: a.fp + (counts[k]?.fp ?? 0), fn: a.fn + (counts[k]?.fn ?? 0) }),
      { tp: 0, fp: 0, fn: 0 },
    );
    return prf(t.tp, t.fp, t.fn);
  };
  return { perType: Object.fromEntries(TYPES.map((t) => [t, sum([t])])), core: sum([...CORE]), all: sum(TYPES) };
}

type Compromise = (
  text: string,
) => Record<string, () => { json: (o: object) => { offset?: { start: number; length: number } }[] }>;

async function loadCompromise(): Promise<Compromise | undefined> {
  try {
    const name = 'compromise';
    const mod = (await import(name)) as { default: Compromise };
    return mod.default;
  } catch {
    return undefined;
  }
}

function compromiseSpans(nlp: Compromise, text: string): Span[] {
  const doc = nlp(text);
  const out: Span[] = [];
  for (const [method, type] of [
    ['people', 'PER'],
    ['places', 'LOC'],
    ['organizations', 'ORG'],
  ] as const) {
    for (const m of doc[method]?.().json({ offset: true }) ?? []) {
      if (m.offset) out.push(...trimSpan(text, m.offset.start, m.offset.start + m.offset.length, type));
    }
  }
  return out;
}

/** Trim whitespace and trailing punctuation that a baseline may include in its match. */
function trimSpan(text: string, start: number, end: number, type: string): Span[] {
  let s = start;
  let e = end;
  while (s < e && /[\s"'(]/.test(text[s] ?? '')) s++;
  while (e > s && /[\s.,;:!?"')]/.test(text[e - 1] ?? '')) e--;
  return e > s ? [{ start: s, end: e, type }] : [];
}

export const toSpan = (m: Mention): Span => ({ start: m.start, end: m.end, type: OURS[m.type] ?? 'MISC' });

async function scoreDataset(name: string, gold: GoldDoc[], nlp: Compromise | undefined): Promise<NerDatasetResult> {
  const docs = gold.map(toBenchDoc);
  let elapsed = 0;
  const ours = docs.map((d) => {
    const t0 = performance.now();
    const predicted = findMentions(d.text, d.sentences).map(toSpan);
    elapsed += performance.now() - t0;
    return { gold: d.gold, ignore: d.ignore, predicted };
  });
  const tokens = docs.reduce((n, d) => n + d.tokens, 0);
  const baseline = nlp
    ? scoreSpans(docs.map((d) => ({ gold: d.gold, ignore: d.ignore, predicted: compromiseSpans(nlp, d.text) })))
    : 'skipped';
  return {
    dataset: name,
    docs: docs.length,
    tokens,
    model: scoreSpans(ours),
    baseline,
    tokensPerSecond: Math.round(tokens / (elapsed / 1000)),
  };
}

/** Newswire documents in sorted file order: the test files (index % 20 !== 0), or with `dev` the dev slice. */
export function loadNewswire(dir: string, limit?: number, dev = false): GoldDoc[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.tsv'))
    .sort();
  const test = files.filter((_, i) => (i % 20 === 0) === dev);
  return test.slice(0, limit ?? test.length).map((f) => parseNewswire(readFileSync(join(dir, f), 'utf8'), f));
}

/** Run the NER benchmark; `limit` caps the number of documents per dataset. */
export async function runNerBench(options: { sharedDir: string; limit?: number }): Promise<NerBenchResult> {
  const data = join(options.sharedDir, 'data');
  const nlp = await loadCompromise();
  console.log(nlp ? 'baseline: compromise' : 'baseline skipped: compromise not installed');
  loadNerModel();
  defaultGazetteer().typeOf('warm up');
  const datasets: NerDatasetResult[] = [];
  const wikigold = splitWikigold(
    parseConll(readFileSync(join(data, 'ner-wikigold/CONLL-format/data/wikigold.conll.txt'), 'utf8'), 'wikigold'),
  ).test;
  datasets.push(await scoreDataset('wikigold (held-out: doc index % 5 == 4)', wikigold.slice(0, options.limit), nlp));
  datasets.push(
    await scoreDataset(
      'worldwide-newswire test (files index % 20 != 0)',
      loadNewswire(join(data, 'ner-worldwide-newswire/processed_annotated'), options.limit),
      nlp,
    ),
  );
  const result = {
    datasets,
    modelBytes: Buffer.byteLength(NER_MODEL_JSON),
    modelFeatures: loadNerModel().weights.size,
    baseline: nlp ? 'compromise' : 'skipped',
  };
  printResult(result);
  return result;
}

const pct = (x: number): string => (x * 100).toFixed(1).padStart(5);
const row = (label: string, p: Prf): string =>
  `  ${label.padEnd(18)} P ${pct(p.precision)}  R ${pct(p.recall)}  F1 ${pct(p.f1)}  (tp ${p.tp}, fp ${p.fp}, fn ${p.fn})`;

function printScores(who: string, s: NerScores): void {
  console.log(` ${who}`);
  for (const [t, p] of Object.entries(s.perType)) console.log(row(t, p));
  console.log(row('overall core', s.core));
  console.log(row('overall all', s.all));
}

function printResult(r: NerBenchResult): void {
  for (const d of r.datasets) {
    console.log(
      `\n${d.dataset}: ${d.docs} docs, ${d.tokens} tokens, ${d.tokensPerSecond} tokens/s (tagging incl. tokenizer)`,
    );
    printScores('triangulate perceptron', d.model);
    if (d.baseline === 'skipped') console.log(' baseline skipped: compromise not installed');
    else printScores('compromise (baseline)', d.baseline);
  }
  console.log(`\nmodel: ${(r.modelBytes / 1024 / 1024).toFixed(2)} MB JSON, ${r.modelFeatures} features`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { shared: { type: 'string' }, limit: { type: 'string' } } });
  const sharedDir = defaultSharedDir(values.shared);
  await runNerBench({ sharedDir, limit: values.limit ? Number.parseInt(values.limit, 10) : undefined });
}
