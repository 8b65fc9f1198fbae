/**
 * @module analyze/coref/roles
 * Role phrases → mentions of the office-holder. A phrase right next to a name ("Kremlin spokesman Dmitry
 * Peskov", "Maria Zakharova, the Foreign Ministry spokeswoman") is that name's context, not a second mention.
 * Otherwise "the Kremlin spokesman" becomes a mention (resolution 'role') of the one person who, on the
 * article's date, holds the office in the knowledge base (`kb.lookupRole`), or of the one holder or apposed
 * bearer of the title named earlier in the article ("the spokeswoman" after "Zakharova, the … spokeswoman").
 * A bare title ("the chancellor") needs such an earlier name; "former", "a", "his" … stop a phrase; so does a
 * sentence that speaks of another time (a year other than the article's, "then", "at the time"); without an
 * article date no dated office is resolved. No guess: an unresolved phrase is a note, not a mention.
 */
import type { Phrase, ResolvedMention } from '../entities/resolve.js';
import type { KbEntity, KnowledgeBase } from '../kb/index.js';
import { BODY_ONLY_OFFICES, INDEFINITES, RESTRICTIVE, UNIQUE_OFFICES } from './coref.data.js';
import { type RolePhrase, rolePhraseAt } from './phrases.js';
import { isCapital, lowerAt, mentionOf, type View } from './view.js';

/** A role phrase or pronoun left without an entity, and why. */
export interface CorefNote extends Phrase {
  readonly kind: 'role' | 'pronoun';
  readonly reason: string;
}

/** A name's apposed role and the office it names (for "the spokeswoman" later on). */
interface Apposed {
  readonly at: number;
  readonly entityId: string;
  readonly key: string;
  /** The phrase without its title words, normalised (its country or body). */
  readonly scope: string;
}

export interface RoleStep {
  /** New mentions of office-holders (resolution 'role'), in text order. */
  readonly mentions: ResolvedMention[];
  /** Index into `view.mentions` → the role phrase apposed to that name. */
  readonly apposed: Map<number, Phrase>;
  /** Knowledge-base people the new mentions name. */
  readonly people: KbEntity[];
  readonly notes: CorefNote[];
}

const BODY_ONLY = new Set(BODY_ONLY_OFFICES);
const UNIQUE = new Set(UNIQUE_OFFICES);
const INDEFINITE = new Set(INDEFINITES);
const RELATIVES = new Set(RESTRICTIVE);
/** How many of the latest apposed roles a bare title is checked against (bounded work on huge texts). */
const MAX_APPOSED = 200;

interface Ctx {
  readonly view: View;
  readonly kb: KnowledgeBase;
  readonly date?: string;
  readonly out: RoleStep;
  readonly apposedRoles: Apposed[];
  /** People named before the phrase being resolved (grown in text order). */
  readonly earlier: Set<string>;
  /** `kb.lookupRole` answers by phrase (an article repeats its role phrases). */
  readonly holders: Map<string, KbEntity[]>;
  cursor: number;
}

const isPerson = (m: ResolvedMention | undefined): m is ResolvedMention =>
  m?.type === 'person' && m.resolution !== 'pronoun';

function phraseOf(view: View, from: number, to: number): Phrase {
  const start = view.doc.tokens[from]!.start;
  const end = view.doc.tokens[to - 1]!.end;
  return { start, end, text: view.doc.text.slice(start, end) };
}

/** Scope words of a phrase: its words minus the title's ("Kremlin spokesman" → "kremlin"). */
function scopeOf(view: View, p: RolePhrase): string {
  const words: string[] = [];
  for (let k = p.from; k < p.to; k++) if (k < p.titleFrom || k >= p.titleTo) words.push(...view.norm[k]!);
  return words.filter((w) => w !== 'the' && w !== 'of' && w !== 'for' && w !== 's').join(' ');
}

/** A name the phrase stands in apposition to: its mention index, 'unclear', or undefined (none). */
function apposition(ctx: Ctx, p: RolePhrase, holders: readonly KbEntity[] | undefined): number | 'unclear' | undefined {
  const { view } = ctx;
  const fits = (m: ResolvedMention) =>
    !holders || m.resolution === 'provisional' || holders.some((h) => h.id === m.entityId);
  const s = view.sentenceAt[p.titleFrom]!;
  const same = (k: number) => view.sentenceAt[k] === s;
  const next = mentionOf(view, p.to);
  if (same(p.to) && isPerson(next)) return view.mentionAt[p.to]!;
  if (same(p.to) && !next && isCapital(view, p.to)) return 'unclear';
  if (same(p.to + 1) && lowerAt(view, p.to) === ',') {
    const m = mentionOf(view, p.to + 1);
    if (isPerson(m) && view.firstTok[view.mentionAt[p.to + 1]!] === p.to + 1)
      return fits(m) ? view.mentionAt[p.to + 1]! : 'unclear';
  }
  const comma = p.hasThe ? p.from - 2 : p.from - 1;
  if (same(comma - 1) && lowerAt(view, comma) === ',') {
    const m = mentionOf(view, comma - 1);
    if (isPerson(m)) return fits(m) ? view.mentionAt[comma - 1]! : 'unclear';
  }
  return undefined;
}

/** Adds the people named before `start` to `ctx.earlier`. */
function advance(ctx: Ctx, start: number): void {
  const { mentions } = ctx.view;
  while (ctx.cursor < mentions.length && mentions[ctx.cursor]!.end <= start) {
    const m = mentions[ctx.cursor++]!;
    if (isPerson(m)) ctx.earlier.add(m.entityId);
  }
}

/** The people an unresolved phrase may name from the article itself: holders or apposed bearers named earlier. */
function inArticle(ctx: Ctx, p: RolePhrase, at: number, holders: readonly KbEntity[]): Set<string> {
  const scope = scopeOf(ctx.view, p);
  const ids = new Set(holders.filter((h) => ctx.earlier.has(h.id)).map((h) => h.id));
  for (let i = ctx.apposedRoles.length - 1; i >= Math.max(0, ctx.apposedRoles.length - MAX_APPOSED); i--) {
    const a = ctx.apposedRoles[i]!;
    if (a.at < at && a.key === p.key && (p.qualifiers === 0 || a.scope === scope)) ids.add(a.entityId);
  }
  return ids;
}

/** The sentence of the phrase speaks of another time: a year other than the article's, "then", "at the time". */
function otherTime(ctx: Ctx, p: RolePhrase): boolean {
  const { view, date } = ctx;
  const r = view.doc.sentenceTokens[view.sentenceAt[p.titleFrom]!]!;
  const year = date?.slice(0, 4);
  for (let k = r.from; k < r.to; k++) {
    const w = lowerAt(view, k);
    if (/^(?:19|20)\d\d$/.test(w) && w !== year) return true;
    if (w === 'then' || (w === 'time' && lowerAt(view, k - 1) === 'the' && lowerAt(view, k - 2) === 'at')) return true;
  }
  return false;
}

function resolvePhrase(ctx: Ctx, p: RolePhrase, phrase: Phrase, holders: readonly KbEntity[] | undefined): void {
  const { kb, date, out } = ctx;
  if (date && otherTime(ctx, p)) {
    const why = 'its sentence speaks of another time than the article date';
    if (p.qualifiers > 0) out.notes.push({ ...phrase, kind: 'role', reason: `"${phrase.text}" not resolved: ${why}` });
    return;
  }
  const qualified = p.qualifiers > 0 || UNIQUE.has(p.key);
  const unique = qualified && holders?.length === 1 ? holders[0] : undefined;
  const local = unique ? new Set<string>() : inArticle(ctx, p, phrase.start, holders ?? []);
  const id = unique?.id ?? (local.size === 1 ? [...local][0]! : undefined);
  if (!id) {
    // A bare title ("the president") that names no one here is ordinary prose, not worth a note.
    if (!qualified) return;
    const why = !date
      ? 'the article has no date, so the holder of a dated office is not looked up'
      : (holders?.length ?? 0) === 0
        ? `no holder of this office on ${date} in the knowledge base`
        : `${holders!.length} holders on ${date} and ${local.size === 0 ? 'none' : local.size} named earlier in the article`;
    out.notes.push({ ...phrase, kind: 'role', reason: `"${phrase.text}" not resolved: ${why}` });
    return;
  }
  const person = kb.get(id);
  const name = person?.name ?? id;
  const reason = unique
    ? `"${phrase.text}" on ${date}: ${name}, the only holder in the knowledge base`
    : `"${phrase.text}": ${name}, the only holder of the title named earlier in the article`;
  out.mentions.push({
    ...phrase,
    type: 'person',
    confidence: unique ? 0.9 : 0.8,
    source: 'gazetteer',
    entityId: id,
    resolution: 'role',
    reason,
  });
  if (person) out.people.push(person);
  ctx.earlier.add(id);
}

function holdersOf(ctx: Ctx, text: string, date: string): KbEntity[] {
  const key = text.toLowerCase();
  let found = ctx.holders.get(key);
  if (!found) {
    found = ctx.kb.lookupRole(text, undefined, date).filter((e) => e.type === 'person');
    ctx.holders.set(key, found);
  }
  return found;
}

function handle(ctx: Ctx, p: RolePhrase): void {
  const { view, date } = ctx;
  const phrase = phraseOf(view, p.from, p.to);
  advance(ctx, phrase.start);
  const holders = date ? holdersOf(ctx, phrase.text, date) : undefined;
  const app = apposition(ctx, p, holders);
  if (typeof app === 'number') {
    ctx.out.apposed.set(app, phrase);
    if (!p.blocker || INDEFINITE.has(p.blocker)) {
      const entityId = view.mentions[app]!.entityId;
      ctx.apposedRoles.push({ at: phrase.start, entityId, key: p.key, scope: scopeOf(view, p) });
    }
    return;
  }
  if (app === 'unclear' || p.blocker !== undefined || (!p.hasThe && p.qualifiers === 0)) return;
  if (BODY_ONLY.has(p.key) && !p.body) return;
  // "the spokesman who delivered these remarks": a bare title with a defining clause is someone new.
  if (p.qualifiers === 0 && RELATIVES.has(lowerAt(view, p.to))) return;
  resolvePhrase(ctx, p, phrase, holders);
}

/** Role phrases of the article: new mentions of office-holders, appositions to names, and notes. */
export function findRoleMentions(view: View, kb: KnowledgeBase, date?: string): RoleStep {
  const out: RoleStep = { mentions: [], apposed: new Map(), people: [], notes: [] };
  const base = { view, kb, out, apposedRoles: [], earlier: new Set<string>(), holders: new Map(), cursor: 0 };
  const ctx: Ctx = { ...base, ...(date ? { date } : {}) };
  for (const s of view.doc.sentenceTokens) {
    for (let k = s.from; k < s.to; k++) {
      const p = rolePhraseAt(view, kb, k, s.from, s.to);
      if (!p) continue;
      handle(ctx, p);
      k = p.to - 1;
    }
  }
  return out;
}
