/**
 * @module stories/cluster/seeds.test
 * Story clustering on the five real seed pages (../shared/seeds, read at run time, never copied): extracted
 * and analysed through the production path, 000–002 form one story, 003 and 004 stay out of it but join its
 * thread, in any arrival order. Skips with a message when the seeds are absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../analyze/index.js';
import { MessageLog } from '../../core/message.js';
import { extractArticle } from '../../extract/index.js';
import { makeCapture } from '../../ingest/capture.js';
import { type StoryFeatures, StoryIndex, storyFeaturesOf } from './index.js';

const here = dirname(fileURLToPath(import.meta.url));
const SEEDS = process.env.TRIANGULATE_SEEDS_DIR ?? resolve(here, '../../../../shared/seeds');
const present = existsSync(SEEDS) && readdirSync(SEEDS).some((f) => f.endsWith('.txt'));
if (!present) console.warn(`cluster seeds: ${SEEDS} not found — seed clustering tests skipped`);

const NOW = new Date('2026-01-01T00:00:00Z');

function loadSeeds(): Map<string, StoryFeatures> {
  const out = new Map<string, StoryFeatures>();
  for (const name of readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const capture = makeCapture({ bytes: readFileSync(join(SEEDS, name)), kind: 'text', input: name });
    const { article } = extractArticle(capture, { log: new MessageLog('extract'), now: NOW });
    const analysis = analyzeArticle(article, { log: new MessageLog('analyze'), now: NOW });
    out.set(name.slice(0, 3), storyFeaturesOf(article, analysis));
  }
  return out;
}

/** Arrival orders tested: as numbered, reversed, and three mixed. */
const ORDERS: string[][] = [
  ['000', '001', '002', '003', '004'],
  ['004', '003', '002', '001', '000'],
  ['003', '000', '004', '002', '001'],
  ['001', '003', '004', '000', '002'],
  ['002', '004', '000', '001', '003'],
];

describe.skipIf(!present)('cluster: the seeds', () => {
  const seeds = present ? loadSeeds() : new Map<string, StoryFeatures>();
  const run = (order: readonly string[]) => {
    const index = new StoryIndex();
    const joins = new Map(order.map((k) => [k, index.add(seeds.get(k) as StoryFeatures)]));
    const story = (k: string) => joins.get(k)?.storyId as string;
    const threadOf = new Map(index.stories().map((s) => [s.id, s.threadId]));
    return { story, thread: (k: string) => threadOf.get(story(k)) };
  };
  for (const order of ORDERS) {
    it(`cluster: seeds 003 and 004 stay out of 000's story (order ${order.join(' ')})`, () => {
      const { story } = run(order);
      expect(story('003')).not.toBe(story('000'));
      expect(story('004')).not.toBe(story('000'));
    });
    it(`cluster: seeds 003 and 004 are in the thread of 000's story (order ${order.join(' ')})`, () => {
      const { thread } = run(order);
      expect(thread('003')).toBe(thread('000'));
      expect(thread('004')).toBe(thread('000'));
    });
    // 000 (a generic piece) shares no more words with 002 than with 003/004; what joins the three is the event
    // signature: the headline "Kremlin Affirms Alignment with US …" (000), the title "Kremlin Praises Trump's …"
    // (001) and "The Kremlin has welcomed a move by … Trump's administration" (002) are all RUS praise USA.
    it(`cluster: seeds 000–002 are one story (order ${order.join(' ')})`, () => {
      const { story } = run(order);
      expect(story('001')).toBe(story('000'));
      expect(story('002')).toBe(story('000'));
    });
  }
});
