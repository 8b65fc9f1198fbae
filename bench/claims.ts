/**
 * Check-worthy claims benchmark on claims-claimbuster: P/R/F1 of the check-worthy class on test.json, and
 * separately on 2020_debate.tsv (labelled: 51 check-worthy / 49 not). The scorer was trained on train.json
 * only (src/analyze/claims/train.ts); neither scored file is ever trained on. A baseline is scored in the same
 * run: "any digit in the sentence → check-worthy".
 * Run: `npx tsx bench/claims.ts [--shared DIR] [--limit N]`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CHECKWORTHY_THRESHOLD, scoreCheckWorthiness } from '../src/analyze/claims/checkworthy.js';
import { type BinaryScores, binaryScores } from '../src/analyze/claims/logistic.js';
import { defaultSharedDir } from './shared-dir.js';

export interface ClaimsSetResult {
  readonly name: string;
  readonly n: number;
  readonly positives: number;
  readonly scorer: BinaryScores;
  readonly baseline: BinaryScores;
}

export interface ClaimsBenchResult {
  readonly skipped?: string;
  readonly threshold: number;
  readonly sets: ClaimsSetResult[];
}

interface Row {
  readonly label: 0 | 1;
  readonly text: string;
}

function readJsonSet(path: string): Row[] {
  const rows = JSON.parse(readFileSync(path, 'utf8')) as { label: number; text: string }[];
  return rows.map((r) => ({ label: r.label === 1 ? 1 : 0, text: String(r.text) }));
}

/** 2020_debate.tsv: a header line, then sentence_id TAB label TAB text. */
function readTsvSet(path: string): Row[] {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/u).slice(1);
  return lines
    .map((line) => line.split('\t'))
    .filter((cells) => cells.length >= 3 && (cells[1] === '0' || cells[1] === '1'))
    .map((cells) => ({ label: cells[1] === '1' ? 1 : 0, text: cells.slice(2).join('\t') }));
}

function scoreSet(name: string, rows: readonly Row[]): ClaimsSetResult {
  const gold = rows.map((r) => r.label);
  const predicted = rows.map((r) => (scoreCheckWorthiness(r.text).score >= CHECKWORTHY_THRESHOLD ? 1 : 0) as 0 | 1);
  const baseline = rows.map((r) => (/\d/u.test(r.text) ? 1 : 0) as 0 | 1);
  return {
    name,
    n: rows.length,
    positives: gold.filter((g) => g === 1).length,
    scorer: binaryScores(gold, predicted),
    baseline: binaryScores(gold, baseline),
  };
}

export async function runClaimsBench(options: { sharedDir: string; limit?: number }): Promise<ClaimsBenchResult> {
  const dir = join(resolve(options.sharedDir), 'data/claims-claimbuster');
  const testPath = join(dir, 'test.json');
  if (!existsSync(testPath))
    return { skipped: `claims: ${testPath} not found`, threshold: CHECKWORTHY_THRESHOLD, sets: [] };
  const cut = <T>(rows: T[]) => (options.limit && options.limit > 0 ? rows.slice(0, options.limit) : rows);
  const sets = [scoreSet('claimbuster test.json', cut(readJsonSet(testPath)))];
  const debatePath = join(dir, '2020_debate.tsv');
  if (existsSync(debatePath)) sets.push(scoreSet('claimbuster 2020_debate.tsv', cut(readTsvSet(debatePath))));
  return { threshold: CHECKWORTHY_THRESHOLD, sets };
}

function formatScores(label: string, s: BinaryScores): string {
  const f = (x: number) => x.toFixed(3);
  return `  ${label.padEnd(22)} P ${f(s.precision)}  R ${f(s.recall)}  F1 ${f(s.f1)}  (tp ${s.tp} fp ${s.fp} fn ${s.fn} tn ${s.tn})`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { shared: { type: 'string' }, limit: { type: 'string' } },
  });
  const limit = values.limit ? Number(values.limit) : undefined;
  const result = await runClaimsBench({ sharedDir: defaultSharedDir(values.shared), ...(limit ? { limit } : {}) });
  console.log(formatClaimsBench(result));
}

/** The result as a printable table. */
export function formatClaimsBench(result: ClaimsBenchResult): string {
  if (result.skipped) return `skipped: ${result.skipped}`;
  const lines = [`Check-worthy claims (class "check-worthy"; threshold ${result.threshold}; target F1 ≥ 0.60)`];
  for (const set of result.sets) {
    lines.push(`${set.name}: n=${set.n}, check-worthy=${set.positives}`);
    lines.push(formatScores('scorer', set.scorer));
    lines.push(formatScores('baseline (has digit)', set.baseline));
  }
  return lines.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
