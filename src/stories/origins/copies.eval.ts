/**
 * @module stories/origins/copies.eval
 * Evaluation-only (not part of the library build): makes seeded near-duplicate pairs from base article texts
 * for bench/near-duplicates.ts. Positives, one per modification and base: exact · trim-last · trim-middle ·
 * retitle · reorder · rewrap · wire · light-edit · syndicated · wire-edited · excerpt · heavy-edit (stress).
 * Negatives: random, same-site, shared-names, nearest-other-site. See the bench's header for what each means.
 */
import { fingerprint, overlap } from './fingerprint.js';
import type { OriginInput } from './origins.js';

export interface Base {
  readonly id: string;
  readonly host: string;
  readonly text: string;
}

export interface Pair {
  readonly kind: string;
  readonly positive: boolean;
  readonly a: OriginInput;
  readonly b: OriginInput;
}

type Rng = () => number;

/** mulberry32: a small seeded PRNG, enough for test-data generation. */
export function rngFor(seed: number): Rng {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;
const paragraphs = (text: string) =>
  text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
export const words = (text: string) => text.split(/\s+/).filter((w) => w !== '');

const AGENCY_NAMES = ['Reuters', 'AP', 'AFP', 'Xinhua', 'dpa', 'EFE', 'Kyodo', 'Anadolu'];
const PLACES = ['MOSCOW', 'WASHINGTON', 'BRUSSELS', 'NAIROBI', 'LIMA', 'SEOUL', 'PORT CALDER, Meridia', 'CAIRO'];
const PEOPLE = ['Ann Lee', 'Tomas Berg', 'Kofi Mensah', 'Lucia Ortiz', 'Ravi Nair'];

function dateline(rng: Rng, agency: string): string {
  return `${pick(rng, PLACES)} (${agency}) ${pick(rng, ['—', '-', '--'])} `;
}

function creditLine(rng: Rng, agency: string): string {
  return pick(rng, [
    `Reporting by ${pick(rng, PEOPLE)}; Editing by ${pick(rng, PEOPLE)}`,
    `© ${agency}`,
    `— ${agency}`,
    `Copyright 2026 ${agency}. All rights reserved.`,
  ]);
}

function replaceWords(text: string, share: number, rng: Rng, vocabulary: readonly string[]): string {
  return text
    .split(/(\s+)/)
    .map((w) => (w.trim() !== '' && rng() < share ? pick(rng, vocabulary) : w))
    .join('');
}

function rewrap(text: string, rng: Rng): string {
  const width = 50 + Math.floor(rng() * 40);
  const wrapped = paragraphs(text).map((p) => {
    const lines: string[] = [];
    let line = '';
    for (const w of words(p)) {
      if (line.length + w.length + 1 > width && line !== '') [lines[lines.length], line] = [line, w];
      else line = line === '' ? w : `${line}${rng() < 0.1 ? '  ' : ' '}${w}`;
    }
    if (line !== '') lines.push(line);
    return lines.join('\n');
  });
  return wrapped
    .join(pick(rng, ['\n\n', '\n \n', '\n\n\n']))
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/—/g, '--');
}

interface ModifyContext {
  readonly vocabulary: readonly string[];
  /** The agency every wire-style copy of this base credits (the base is that agency's own copy). */
  readonly agency: string;
}

type Modifier = (text: string, rng: Rng, ctx: ModifyContext) => { text: string; agency?: string } | null;

export const MODIFIERS: Record<string, Modifier> = {
  exact: (t) => ({ text: t }),
  'trim-last': (t) => (paragraphs(t).length >= 3 ? { text: paragraphs(t).slice(0, -1).join('\n\n') } : null),
  'trim-middle': (t, rng) => {
    const ps = paragraphs(t);
    if (ps.length < 4) return null;
    const drop = 1 + Math.floor(rng() * (ps.length - 2));
    return { text: ps.filter((_, i) => i !== drop).join('\n\n') };
  },
  retitle: (t, rng, ctx) => {
    const title = Array.from({ length: 8 }, () => pick(rng, ctx.vocabulary)).join(' ');
    const ps = paragraphs(t);
    const body = ps.length > 1 && words(ps[0] ?? '').length < 15 ? ps.slice(1) : ps;
    return { text: [title, ...body].join('\n\n') };
  },
  reorder: (t, rng) => {
    const ps = paragraphs(t);
    if (ps.length < 3) return null;
    const i = Math.floor(rng() * ps.length);
    const j = (i + 1 + Math.floor(rng() * (ps.length - 1))) % ps.length;
    [ps[i], ps[j]] = [ps[j] as string, ps[i] as string];
    return { text: ps.join('\n\n') };
  },
  rewrap: (t, rng) => ({ text: rewrap(t, rng) }),
  wire: (t, rng, { agency }) => {
    return { text: `${dateline(rng, agency)}${t}\n\n${creditLine(rng, agency)}`, agency };
  },
  'light-edit': (t, rng, ctx) => ({ text: replaceWords(t, 0.05, rng, ctx.vocabulary) }),
  syndicated: (t, rng, ctx) => {
    const agency = ctx.agency;
    const trimmed = MODIFIERS['trim-last']?.(t, rng, ctx)?.text ?? t;
    const titled = MODIFIERS.retitle?.(trimmed, rng, ctx)?.text ?? trimmed;
    const [head, ...rest] = paragraphs(titled);
    return { text: rewrap([head, `${dateline(rng, agency)}${rest.join('\n\n')}`].join('\n\n'), rng), agency };
  },
  'wire-edited': (t, rng, { agency, vocabulary }) => {
    return { text: `${dateline(rng, agency)}${replaceWords(t, 0.12, rng, vocabulary)}`, agency };
  },
  excerpt: (t) => {
    const ps = paragraphs(t);
    return ps.length >= 6 ? { text: ps.slice(0, Math.ceil(ps.length / 3)).join('\n\n') } : null;
  },
  'heavy-edit': (t, rng, ctx) => ({ text: replaceWords(t, 0.2, rng, ctx.vocabulary) }),
};

/** Modifications beyond what the thresholds are meant to catch: scored, but kept out of `designed` and the pool. */
export const STRESS: ReadonlySet<string> = new Set(['heavy-edit']);

export const agencyOf = (index: number) => AGENCY_NAMES[index % AGENCY_NAMES.length] as string;

export function positivePairs(bases: readonly Base[], rng: Rng, vocabulary: readonly string[]): Pair[] {
  const pairs: Pair[] = [];
  for (const [index, base] of bases.entries()) {
    for (const [kind, modify] of Object.entries(MODIFIERS)) {
      const copy = modify(base.text, rng, { vocabulary, agency: agencyOf(index) });
      if (!copy) continue;
      const a: OriginInput = { id: `${base.id}`, text: base.text, ...(copy.agency ? { outlet: copy.agency } : {}) };
      pairs.push({ kind, positive: true, a, b: { id: `${base.id}~${kind}`, text: copy.text } });
    }
  }
  return pairs;
}

function properNames(text: string): Set<string> {
  return new Set(text.match(/\b\p{Lu}\p{Ll}{2,}\b/gu) ?? []);
}

export function negativePairs(bases: readonly Base[], rng: Rng): Pair[] {
  const pairs: Pair[] = [];
  const input = (b: Base): OriginInput => ({ id: b.id, text: b.text });
  for (let i = 0; i < bases.length; i++) {
    const j = (i + 1 + Math.floor(rng() * (bases.length - 1))) % bases.length;
    pairs.push({ kind: 'random', positive: false, a: input(bases[i] as Base), b: input(bases[j] as Base) });
  }
  for (let i = 0; i < bases.length; i++)
    for (let j = i + 1; j < bases.length; j++)
      if (bases[i]?.host === bases[j]?.host)
        pairs.push({ kind: 'same-site', positive: false, a: input(bases[i] as Base), b: input(bases[j] as Base) });
  const names = bases.map((b) => properNames(b.text));
  for (let i = 0; i < bases.length; i++) {
    let best = -1;
    let bestShared = 3;
    for (let j = 0; j < bases.length; j++) {
      if (j === i) continue;
      const shared = [...(names[i] as Set<string>)].filter((n) => names[j]?.has(n)).length;
      if (shared > bestShared) [best, bestShared] = [j, shared];
    }
    if (
      best > i ||
      (best >= 0 &&
        best < i &&
        !pairs.some((p) => p.kind === 'shared-names' && p.a.id === bases[best]?.id && p.b.id === bases[i]?.id))
    )
      pairs.push({ kind: 'shared-names', positive: false, a: input(bases[i] as Base), b: input(bases[best] as Base) });
  }
  return [...pairs, ...nearestOtherSite(bases)];
}

/** For each base, the article from another site with the most shingle overlap: the hardest negatives there are. */
function nearestOtherSite(bases: readonly Base[]): Pair[] {
  const shingles = bases.map((b) => fingerprint(b.text).shingles);
  const seen = new Set<string>();
  const pairs: Pair[] = [];
  for (let i = 0; i < bases.length; i++) {
    let best = -1;
    let bestShared = 0;
    for (let j = 0; j < bases.length; j++) {
      if (bases[j]?.host === bases[i]?.host) continue;
      const shared = overlap(shingles[i] as Uint32Array, shingles[j] as Uint32Array).shared;
      if (shared > bestShared) [best, bestShared] = [j, shared];
    }
    const key = [i, best].sort((x, y) => x - y).join(':');
    if (best < 0 || seen.has(key)) continue;
    seen.add(key);
    const [a, b] = [bases[i] as Base, bases[best] as Base];
    pairs.push({
      kind: 'nearest-other-site',
      positive: false,
      a: { id: a.id, text: a.text },
      b: { id: b.id, text: b.text },
    });
  }
  return pairs;
}
