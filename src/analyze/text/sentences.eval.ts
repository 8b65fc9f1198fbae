/**
 * @module analyze/text/sentences.eval
 * Evaluation script (not a test): sentence-boundary precision/recall against the gold sentence ends of
 * ner-wikigold (CoNLL: one token per line, a blank line between sentences, -DOCSTART- between documents), and
 * throughput of `splitSentences` and `tokenize` on the seed articles.
 * Run: `npx tsx src/analyze/text/sentences.eval.ts [--shared DIR] [--errors]` (DIR defaults to ../shared beside
 * the repo; --errors lists false and missed boundaries of the detokenized run).
 * Wikigold text is tokenized, so each document is rebuilt twice: tokens joined by spaces ("spaced", as given),
 * and with a rule-based detokenizer ("detok": no space before , . ) 's etc.). Each document is one paragraph
 * block, so gold sentences without a final terminator (titles, list lines) cannot be found; the recall on gold
 * sentences that end with . ! ? (before closing quotes or brackets) is reported too. The document-final
 * boundary is not counted (it is trivially right). Skips with a message when the data is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Block } from '../../core/types.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokens.js';

type Doc = string[][];
interface Rebuilt {
  readonly text: string;
  /** End offset of each gold sentence but the last. */
  readonly ends: number[];
  /** Whether that sentence ends with a terminator. */
  readonly terminated: boolean[];
}
interface Score {
  tp: number;
  predicted: number;
  gold: number;
  goldTerminated: number;
  tpTerminated: number;
}

const here = dirname(fileURLToPath(import.meta.url));

function readWikigold(file: string): Doc[] {
  const docs: Doc[] = [];
  let sentence: string[] = [];
  const flush = () => {
    if (sentence.length === 0) return;
    if (docs.length === 0) docs.push([]);
    docs.at(-1)!.push(sentence);
    sentence = [];
  };
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    if (line.startsWith('-DOCSTART-')) {
      flush();
      docs.push([]);
    } else if (line.trim() === '') flush();
    else sentence.push(line.split(' ')[0]!);
  }
  flush();
  return docs.filter((d) => d.length > 0);
}

const NO_SPACE_BEFORE = new Set([
  ',',
  '.',
  ';',
  ':',
  '!',
  '?',
  '%',
  ')',
  ']',
  '}',
  "'s",
  "n't",
  "'re",
  "'ve",
  "'ll",
  "'d",
  "'m",
  '...',
]);
const NO_SPACE_AFTER = new Set(['(', '[', '{', '$', '#']);

/** Joins tokens: with single spaces, or with a rule-based detokenizer. */
function joinTokens(tokens: readonly string[], detok: boolean, state: { quoteOpen: boolean; glue: boolean }): string {
  let out = '';
  for (const token of tokens) {
    let space = out !== '' || !state.glue;
    if (detok) {
      if (NO_SPACE_BEFORE.has(token) || (token === '"' && state.quoteOpen)) space = false;
      if (state.glue) space = false;
    }
    out += (space ? ' ' : '') + token;
    state.glue = detok && (NO_SPACE_AFTER.has(token) || (token === '"' && !state.quoteOpen));
    if (token === '"') state.quoteOpen = !state.quoteOpen;
  }
  return out;
}

const TERMINATED = /[.!?…]["')\]’”]*$/;

function rebuild(doc: Doc, detok: boolean): Rebuilt {
  let text = '';
  const ends: number[] = [];
  const terminated: boolean[] = [];
  const state = { quoteOpen: false, glue: false };
  doc.forEach((sentence, i) => {
    const part = joinTokens(sentence, detok, state).trimStart();
    text += (text === '' ? '' : ' ') + part;
    if (i < doc.length - 1) {
      ends.push(text.length);
      terminated.push(TERMINATED.test(part));
    }
  });
  return { text, ends, terminated };
}

/** Prints a boundary with some context, the boundary shown as ⟂. */
function show(kind: string, text: string, at: number): void {
  console.log(`    ${kind} …${text.slice(Math.max(0, at - 50), at)}⟂${text.slice(at, at + 30)}…`.replace(/\n/g, ' '));
}

function scoreDocs(docs: readonly Doc[], detok: boolean, errors: boolean): Score {
  const score: Score = { tp: 0, predicted: 0, gold: 0, goldTerminated: 0, tpTerminated: 0 };
  for (const doc of docs) {
    const { text, ends, terminated } = rebuild(doc, detok);
    const predicted = splitSentences(text, [{ kind: 'paragraph', start: 0, end: text.length }])
      .slice(0, -1)
      .map((s) => s.end);
    const hits = new Set(predicted);
    score.predicted += predicted.length;
    score.gold += ends.length;
    if (errors) {
      const gold = new Set(ends);
      for (const p of predicted) if (!gold.has(p)) show('false split:', text, p);
      ends.forEach((e, i) => {
        if (terminated[i] && !hits.has(e)) show('missed:     ', text, e);
      });
    }
    ends.forEach((end, i) => {
      const hit = hits.has(end);
      if (hit) score.tp++;
      if (terminated[i]) {
        score.goldTerminated++;
        if (hit) score.tpTerminated++;
      }
    });
  }
  return score;
}

const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`);

function reportWikigold(shared: string, errors: boolean): void {
  const file = join(shared, 'data', 'ner-wikigold', 'CONLL-format', 'data', 'wikigold.conll.txt');
  if (!existsSync(file)) {
    console.log(`wikigold: skipped, ${file} not found`);
    return;
  }
  const docs = readWikigold(file);
  console.log(`wikigold: ${docs.length} documents, ${docs.reduce((n, d) => n + d.length, 0)} gold sentences`);
  for (const detok of [false, true]) {
    const s = scoreDocs(docs, detok, errors && detok);
    const p = s.tp / Math.max(1, s.predicted);
    const r = s.tp / Math.max(1, s.gold);
    const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
    console.log(
      `  ${detok ? 'detok ' : 'spaced'}  boundaries: gold ${s.gold}, predicted ${s.predicted}, correct ${s.tp}` +
        `  P ${pct(s.tp, s.predicted)}  R ${pct(s.tp, s.gold)}  F1 ${(100 * f).toFixed(1)}%` +
        `  R(terminated gold) ${pct(s.tpTerminated, s.goldTerminated)} of ${s.goldTerminated}`,
    );
  }
}

/** The seeds as one text with one paragraph block per non-empty line. */
function seedArticle(dir: string, copies: number): { text: string; blocks: Block[] } {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const lines = files
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split(/\r?\n/))
    .map((l) => l.trim())
    .filter(Boolean);
  const blocks: Block[] = [];
  let text = '';
  for (let c = 0; c < copies; c++) {
    for (const line of lines) {
      if (text !== '') text += '\n\n';
      blocks.push({ kind: 'paragraph', start: text.length, end: text.length + line.length });
      text += line;
    }
  }
  return { text, blocks };
}

function measure(label: string, bytes: number, run: () => number): void {
  let best = Number.POSITIVE_INFINITY;
  let bestCpu = Number.POSITIVE_INFINITY;
  let count = 0;
  for (let r = 0; r < 7; r++) {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    count = run();
    best = Math.min(best, performance.now() - t0);
    const cpu = process.cpuUsage(cpu0);
    bestCpu = Math.min(bestCpu, (cpu.user + cpu.system) / 1000);
  }
  const mbs = (ms: number) => (bytes / 1e6 / (ms / 1000)).toFixed(1);
  console.log(
    `  ${label}: ${count} items, best of 7: ${best.toFixed(0)} ms wall (${mbs(best)} MB/s), ${bestCpu.toFixed(0)} ms CPU (${mbs(bestCpu)} MB/s)`,
  );
}

function reportSeeds(shared: string): void {
  const dir = join(shared, 'seeds');
  if (!existsSync(dir)) {
    console.log(`seeds: skipped, ${dir} not found`);
    return;
  }
  const one = seedArticle(dir, 1);
  console.log(
    `seeds: ${one.blocks.length} blocks → ${splitSentences(one.text, one.blocks).length} sentences, ${tokenize(one.text).length} tokens`,
  );
  const copies = Math.max(1, Math.ceil(5e6 / Buffer.byteLength(one.text)));
  const { text, blocks } = seedArticle(dir, copies);
  const bytes = Buffer.byteLength(text);
  console.log(`throughput on the seeds repeated ×${copies} (${(bytes / 1e6).toFixed(1)} MB UTF-8):`);
  measure('splitSentences', bytes, () => splitSentences(text, blocks).length);
  measure('tokenize      ', bytes, () => tokenize(text).length);
}

function main(): void {
  const { values } = parseArgs({ options: { shared: { type: 'string' }, errors: { type: 'boolean' } } });
  const shared = resolve(values.shared ?? join(here, '..', '..', '..', '..', 'shared'));
  reportWikigold(shared, values.errors === true);
  reportSeeds(shared);
}

main();
