/**
 * Build the background document-frequency table of story clustering
 * (`npx tsx scripts/build-background-df.ts [--shared ../shared] [--top 4000]`).
 * Data: the ner-wikigold train split (CC BY 4.0; `splitWikigold`, the documents the NER model trains on), each
 * document tokenised by story clustering's own `terms` (stop words dropped, plural stem, numbers left out),
 * plus the hand-written general news words and widely reported places of `NEWS_WORDS` and `PLACE_WORDS`
 * below, counted as if they appeared in `NEWS_WORD_SHARE` of the background documents. Never ECB+ (the test
 * set) nor the seeds. Ships figures only: word → number of background documents holding it (at least
 * `MIN_DF`), the `--top` words by count (ties by word). Deterministic; writes
 * src/stories/cluster/background-df.generated.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseConll } from '../src/analyze/ner/conll.js';
import { splitWikigold } from '../src/analyze/ner/corpus.js';
import { terms } from '../src/stories/cluster/text.js';

/** Words in fewer background documents are not shipped (one document says nothing about commonness). */
const MIN_DF = 2;
/** Share of the background documents a general news word is counted in. */
const NEWS_WORD_SHARE = 0.5;

/** Words any news report may use whatever its event: reporting, officialdom, time, quantity, place words. */
const NEWS_WORDS = [
  ...new Set(
    `official officials government governments authority authorities spokesman spokeswoman spokesperson
statement statements announced announcement added asked called claimed confirmed described explained noted stated
suggested warned believe believed expected according report source sources media press agency news newspaper
interview conference briefing comment comments remark remarks respond responded response people person
man woman men women group groups member members public country countries nation national international world
global state states region regional local city town area president minister ministry leader leaders chief head
director department office administration administrations policy policies issue issues matter situation decision
plan plans move step effort efforts process part number case cases level levels point way ways thing things
recent recently earlier later late early former current currently previous next past future ago month months hour
hours morning evening night weekend date period moment following follow continue continued remain remained
begin began start started end ended take taken give given show shown see seen come came put set keep kept left
high low large small big major key main important significant several few number total percent million billion
thousand hundred dozen half top long short due despite amid order result results reason reasons far near
told saying say tell`.split(/\s+/),
  ),
].filter(Boolean);

/**
 * The most reported countries, their people and capitals, and world regions (written by hand): they appear in
 * news on any subject, so they tell little about which event a report is about.
 */
const PLACE_WORDS =
  `united states america american us washington russia russian moscow china chinese beijing ukraine ukrainian
kyiv kiev britain british uk london france french paris germany german berlin europe european eu brussels japan
japanese tokyo india indian delhi israel israeli jerusalem iran iranian tehran syria syrian damascus iraq iraqi baghdad
afghanistan afghan kabul pakistan pakistani turkey turkish ankara saudi arabia korea korean seoul pyongyang canada
canadian ottawa mexico mexican australia australian italy italian rome spain spanish madrid brazil brazilian egypt
egyptian cairo africa african asia asian nato un west western east eastern north northern south southern`
    .split(/\s+/)
    .filter(Boolean);

const { values } = parseArgs({
  options: { shared: { type: 'string' }, top: { type: 'string' }, out: { type: 'string' } },
});
const sharedDir = resolve(values.shared ?? process.env.TRIANGULATE_SHARED_DIR ?? '../shared');
const topN = Number.parseInt(values.top ?? '4000', 10);
const outFile = resolve(values.out ?? 'src/stories/cluster/background-df.generated.ts');

const source = readFileSync(join(sharedDir, 'data/ner-wikigold/CONLL-format/data/wikigold.conll.txt'), 'utf8');
const { train } = splitWikigold(parseConll(source, 'wikigold'));
const df = new Map<string, number>();
for (const doc of train) {
  const words = doc.sentences.map((s) => s.words.join(' ')).join('\n');
  for (const t of new Set(terms(words))) if (!/^\d/.test(t)) df.set(t, (df.get(t) ?? 0) + 1);
}
const n = train.length;
const newsDf = Math.round(n * NEWS_WORD_SHARE);
for (const word of [...NEWS_WORDS, ...PLACE_WORDS])
  for (const t of terms(word)) if (!/^\d/.test(t)) df.set(t, Math.max(df.get(t) ?? 0, newsDf));

const rows = [...df]
  .filter(([, d]) => d >= MIN_DF)
  .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  .slice(0, topN)
  .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
const header = [
  '/**',
  ' * @module stories/cluster/background-df.generated',
  ' * GENERATED by scripts/build-background-df.ts — do not edit. Background document frequencies for story',
  ` * clustering: word → number of the ${n} ner-wikigold train documents (CC BY 4.0; Balasuriya et al. 2009)`,
  ` * holding it (at least ${MIN_DF}), plus ${NEWS_WORDS.length} hand-written general news words and ${PLACE_WORDS.length} place words counted in ${newsDf} of them;`,
  ` * at most ${topN} words.`,
  ' */',
  '',
].join('\n');
/** A string literal as the formatter writes it: single quotes unless the text holds one. */
const literal = (text: string) => (text.includes("'") ? JSON.stringify(text) : `'${text.replace(/\\/g, '\\\\')}'`);
const lines: string[] = [];
for (const [w, d] of rows) {
  const last = lines.length - 1;
  const item = `${w} ${d}`;
  if (last >= 0 && (lines[last] as string).length + item.length < 100) lines[last] += ` ${item}`;
  else lines.push(item);
}
writeFileSync(
  outFile,
  `${header}/** Number of background documents. */\nexport const BACKGROUND_DOCS = ${n};\n\n` +
    `/** "word count word count …", words sorted. */\nexport const BACKGROUND_DF = [\n` +
    lines.map((l) => `  ${literal(l)},\n`).join('') +
    `].join(' ');\n`,
);
console.log(`background df: ${n} wikigold train docs, ${df.size} words, ${rows.length} shipped → ${outFile}`);
