/**
 * The origins steps on real extracted pages: the demo corpus (examples/demo, see examples/README.md) and the
 * shared seeds (../shared/seeds, skipped when absent). Pages are read and extracted at test time.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { captureIdFor, sha256Hex } from '../../core/ids.js';
import { MessageLog } from '../../core/message.js';
import type { Article, Capture } from '../../core/types.js';
import { extractArticle } from '../../extract/index.js';
import { groupOrigins, type OriginInput } from './origins.js';
import { groupByTemplate, sameOutletByTemplate, type TemplateInput } from './outlet-template.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const demoDir = join(root, 'examples', 'demo');
const seedsDir = join(root, '..', 'shared', 'seeds');
const now = new Date('2026-11-29T12:00:00Z');

function extract(path: string): Article {
  const bytes = new Uint8Array(readFileSync(path));
  const hash = sha256Hex(bytes);
  const kind = path.endsWith('.html') ? 'html' : 'text';
  const capture: Capture = {
    id: captureIdFor(hash),
    contentHash: hash,
    bytes,
    kind,
    mediaType: kind === 'html' ? 'text/html' : 'text/plain',
    input: path,
  };
  return extractArticle(capture, { log: new MessageLog('extract'), now }).article;
}

const asOrigin = (a: Article): OriginInput => ({
  id: a.id,
  text: a.text,
  ...(a.meta.title ? { title: a.meta.title.value } : {}),
  ...(a.meta.outlet ? { outlet: a.meta.outlet.value } : {}),
  ...(a.meta.publishedAt ? { publishedAt: a.meta.publishedAt.value } : {}),
  removed: a.removed,
});
const asTemplate = (a: Article): TemplateInput => ({ text: a.text, title: a.meta.title?.value, removed: a.removed });

describe('corpus: demo', () => {
  const files = readdirSync(demoDir).sort();
  const pages = new Map(files.map((f) => [f, extract(join(demoDir, f))]));
  const page = (prefix: string) => [...pages].find(([f]) => f.startsWith(prefix))?.[1] as Article;

  it('corpus: the Crossline wire story and its two copies are one wire origin, the original first', () => {
    const origins = groupOrigins([...pages.values()].map(asOrigin));
    const multi = origins.filter((o) => o.articleIds.length > 1);
    expect(multi).toHaveLength(1);
    expect(multi[0]).toMatchObject({
      kind: 'wire',
      agency: 'Crossline',
      articleIds: [page('crossline-ceasefire').id, page('sarnvalleypost').id, page('globebrief').id],
    });
    expect(origins).toHaveLength(files.length - 2);
  });

  it('corpus: demo pages of one outlet share a template; pages of different outlets do not', () => {
    const sameOutlet = [
      ['harbourcourier-ceasefire', 'harbourcourier-quake'],
      ['crossline-ceasefire', 'crossline-quake'],
      ['quickdigest-ceasefire', 'quickdigest-quake'],
    ];
    const key = (a: string, b: string) => [a, b].sort().join('|');
    const expected = new Set(
      sameOutlet.map(([a, b]) =>
        key(
          files.find((f) => f.startsWith(a as string)) as string,
          files.find((f) => f.startsWith(b as string)) as string,
        ),
      ),
    );
    for (let i = 0; i < files.length; i++)
      for (let j = i + 1; j < files.length; j++) {
        const [fa, fb] = [files[i] as string, files[j] as string];
        const m = sameOutletByTemplate(asTemplate(pages.get(fa) as Article), asTemplate(pages.get(fb) as Article));
        expect(m.same, `${fa} vs ${fb}: ${m.reasons.join('; ')}`).toBe(expected.has(key(fa, fb)));
      }
  });

  it('corpus: grouping the demo pages by template (rarity-weighted) finds the three two-page outlets', () => {
    const groups = groupByTemplate(files.map((f) => ({ id: f, ...asTemplate(pages.get(f) as Article) })));
    expect(groups.filter((g) => g.length > 1).map((g) => g.map((f) => f.split('-')[0]))).toEqual(
      expect.arrayContaining([
        ['crossline', 'crossline'],
        ['harbourcourier', 'harbourcourier'],
        ['quickdigest', 'quickdigest'],
      ]),
    );
    expect(groups).toHaveLength(files.length - 3);
  });
});

describe.skipIf(!existsSync(seedsDir))('corpus: seeds (needs ../shared/seeds; skipped when absent)', () => {
  const seed = (n: string) => {
    const file = readdirSync(seedsDir).find((f) => f.startsWith(`${n}_`));
    return extract(join(seedsDir, file as string));
  };

  it('corpus: seeds 003 and 004 are one outlet (same calls to action, same teaser layout)', () => {
    const m = sameOutletByTemplate(asTemplate(seed('003')), asTemplate(seed('004')));
    expect(m.same, m.reasons.join('; ')).toBe(true);
  });

  it('corpus: seeds 001 and 003 are different outlets', () => {
    const m = sameOutletByTemplate(asTemplate(seed('001')), asTemplate(seed('003')));
    expect(m.same, m.reasons.join('; ')).toBe(false);
  });

  it('corpus: the seeds are five different origins', () => {
    const origins = groupOrigins(['000', '001', '002', '003', '004'].map((n) => asOrigin(seed(n))));
    expect(origins).toHaveLength(5);
  });
});
