/**
 * NER error analysis on the worldwide-newswire DEV slice only (`npx tsx bench/ner-errors.ts [--shared ../shared]
 * [--errors 25] [--model file.ts] [--examples 0] [--quiet]`): the files in sorted order with index % 20 === 0,
 * which bench/ner.ts leaves out of its reported test figure. Never point this at the test files.
 * Prints dev P/R/F1 per type, then the error classes with their most frequent surfaces:
 *   - type confusions (same span, other type), boundary errors (overlapping spans, same or other type; e.g. a
 *     leading "the", a title word inside, "X Ministry" split), spurious predictions (no overlap with gold) and
 *     misses (no overlap with any prediction).
 * `--model` scores weights written by `scripts/train-ner.ts --out file.ts` instead of the shipped model, so that
 * training settings can be compared without touching src/. `--wikigold` also scores the wikigold held-out split;
 * `--cv` runs 4-fold cross-validation inside the wikigold TRAIN split (trains 4 models with the recipe of
 * scripts/train-ner.ts, one model per fold where the script averages `--bag` of them; ~1 min), a steadier signal than the 29 held-out documents for feature and setting choices.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parseConll } from '../src/analyze/ner/conll.js';
import { augmentDocs, docExamples, NER_TAGS, splitWikigold } from '../src/analyze/ner/corpus.js';
import { defaultGazetteer, knowledgeBaseNames } from '../src/analyze/ner/gazetteer.js';
import {
  deserialiseModel,
  findMentions,
  type SerialisedModel,
  type TaggerModel,
  trainPerceptron,
} from '../src/analyze/ner/index.js';
import { type BenchDoc, loadNewswire, type NerScores, type Span, scoreSpans, toBenchDoc, toSpan } from './ner.js';
import { defaultSharedDir } from './shared-dir.js';

const { values } = parseArgs({
  options: {
    shared: { type: 'string' },
    errors: { type: 'string' },
    model: { type: 'string' },
    examples: { type: 'string' },
    quiet: { type: 'boolean' },
    wikigold: { type: 'boolean' },
    cv: { type: 'boolean' },
  },
});
const top = Number.parseInt(values.errors ?? '25', 10);
const examples = Number.parseInt(values.examples ?? '0', 10);
const data = join(defaultSharedDir(values.shared), 'data');

let model: TaggerModel | undefined;
if (values.model) {
  const mod = (await import(pathToFileURL(resolve(values.model)).href)) as { NER_MODEL_JSON: string };
  model = deserialiseModel(JSON.parse(mod.NER_MODEL_JSON) as SerialisedModel);
}

const docs: BenchDoc[] = loadNewswire(join(data, 'ner-worldwide-newswire/processed_annotated'), undefined, true).map(
  toBenchDoc,
);

class Counter {
  readonly m = new Map<string, number>();
  add(k: string): void {
    this.m.set(k, (this.m.get(k) ?? 0) + 1);
  }
  get total(): number {
    let n = 0;
    for (const v of this.m.values()) n += v;
    return n;
  }
  top(n: number): [string, number][] {
    return [...this.m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n);
  }
}

const classes = new Map<string, Counter>();
const exampleLines = new Map<string, string[]>();
const note = (cls: string, key: string, context: string): void => {
  const c = classes.get(cls) ?? new Counter();
  c.add(key);
  classes.set(cls, c);
  const ex = exampleLines.get(cls) ?? [];
  if (ex.length < examples) ex.push(context);
  exampleLines.set(cls, ex);
};

const scored: { gold: Span[]; ignore: Span[]; predicted: Span[] }[] = [];
let tokens = 0;
let elapsed = 0;
for (const d of docs) {
  const t0 = performance.now();
  const predicted = findMentions(d.text, d.sentences, model ? { model } : {}).map(toSpan);
  elapsed += performance.now() - t0;
  tokens += d.tokens;
  scored.push({ gold: d.gold, ignore: d.ignore, predicted });
  const pred = predicted.filter((p) => !d.ignore.some((g) => p.start < g.end && g.start < p.end));
  const s = (x: Span): string => d.text.slice(x.start, x.end);
  const ctx = (x: Span): string =>
    `${d.text.slice(Math.max(0, x.start - 40), x.start)}[[${s(x)}]]${d.text.slice(x.end, x.end + 40)}`.replace(
      /\n/g,
      ' / ',
    );
  for (const p of pred) {
    const same = d.gold.find((g) => g.start === p.start && g.end === p.end);
    if (same) {
      if (same.type !== p.type) note(`confusion ${same.type}→${p.type}`, s(p), ctx(p));
      continue;
    }
    const over = d.gold.filter((g) => p.start < g.end && g.start < p.end);
    if (over.length === 0) note(`spurious ${p.type}`, s(p), ctx(p));
    else {
      const g = over[0] as Span;
      const kind =
        p.start <= g.start && p.end >= g.end
          ? 'too long'
          : p.start >= g.start && p.end <= g.end
            ? 'too short'
            : 'shifted';
      note(
        `boundary ${kind} ${g.type}${g.type === p.type ? '' : `→${p.type}`}`,
        `${s(g)} ⇒ ${s(p)}${over.length > 1 ? ` (+${over.length - 1})` : ''}`,
        ctx(p),
      );
    }
  }
  for (const g of d.gold) {
    if (!pred.some((p) => p.start < g.end && g.start < p.end)) note(`missed ${g.type}`, s(g), ctx(g));
  }
}

const pct = (x: number): string => (x * 100).toFixed(1).padStart(5);
function print(label: string, r: NerScores): void {
  console.log(label);
  for (const [t, p] of [...Object.entries(r.perType), ['core', r.core] as const, ['all', r.all] as const]) {
    console.log(
      `  ${t.padEnd(5)} P ${pct(p.precision)}  R ${pct(p.recall)}  F1 ${pct(p.f1)}  (tp ${p.tp}, fp ${p.fp}, fn ${p.fn})`,
    );
  }
}
print(
  `newswire DEV slice: ${docs.length} docs, ${tokens} tokens, ${Math.round(tokens / (elapsed / 1000))} tokens/s`,
  scoreSpans(scored),
);

if (values.wikigold) {
  const wiki = splitWikigold(
    parseConll(readFileSync(join(data, 'ner-wikigold/CONLL-format/data/wikigold.conll.txt'), 'utf8'), 'wikigold'),
  ).test.map(toBenchDoc);
  print(
    'wikigold held-out',
    scoreSpans(
      wiki.map((d) => ({
        gold: d.gold,
        ignore: d.ignore,
        predicted: findMentions(d.text, d.sentences, model ? { model } : {}).map(toSpan),
      })),
    ),
  );
}

if (values.cv) {
  const { train } = splitWikigold(
    parseConll(readFileSync(join(data, 'ner-wikigold/CONLL-format/data/wikigold.conll.txt'), 'utf8'), 'wikigold'),
  );
  const seed = 20261129;
  const folds: { gold: Span[]; ignore: Span[]; predicted: Span[] }[] = [];
  for (let fold = 0; fold < 4; fold++) {
    const part = train.filter((_, i) => i % 4 !== fold);
    const examples = docExamples([...part, ...augmentDocs(part, knowledgeBaseNames(), 1, seed)], defaultGazetteer());
    const cvModel = trainPerceptron(examples, { tags: NER_TAGS, epochs: 12, seed });
    for (const d of train.filter((_, i) => i % 4 === fold).map(toBenchDoc)) {
      const predicted = findMentions(d.text, d.sentences, { model: cvModel }).map(toSpan);
      folds.push({ gold: d.gold, ignore: d.ignore, predicted });
    }
  }
  print('wikigold train split, 4-fold cross-validation (unpruned models)', scoreSpans(folds));
}

if (!values.quiet) {
  for (const [cls, c] of [...classes].sort((a, b) => b[1].total - a[1].total)) {
    console.log(`\n== ${cls}: ${c.total}`);
    console.log(
      c
        .top(top)
        .map(([k, n]) => `${n}× ${k}`)
        .join(' | '),
    );
    for (const e of exampleLines.get(cls) ?? []) console.log(`    ${e}`);
  }
}
