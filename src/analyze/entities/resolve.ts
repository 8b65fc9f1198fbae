/**
 * @module analyze/entities/resolve
 * Mentions → canonical entities. Each mention is resolved, in order of evidence, to: an earlier mention
 * of the same article it shortens ("Peskov" after "Dmitry Peskov"), a knowledge-base entity (names,
 * aliases and transliteration variants; among namesakes, the one holding a role on the article's date),
 * or a provisional entity (type from the tagger, with its confidence). Metonyms keep their own entity and
 * name the actor they stand for ("the Kremlin" → Russia's government). Role phrases ("the Kremlin spokesman")
 * and pronouns are added afterwards by `analyze/coref` as mentions with resolution 'role' and 'pronoun'.
 * Pure and deterministic.
 */
import type { KbEntity, KnowledgeBase } from '../kb/index.js';
import { nameKey, slugify } from '../kb/index.js';
import type { Mention, MentionType } from '../ner/index.js';

/**
 * How a mention got its entity: 'kb' and 'provisional' for names, 'in-article' for a later surname, 'role' for a
 * role phrase resolved to the office-holder ("the Kremlin spokesman"), 'pronoun' for "he"/"she"/… (analyze/coref).
 */
export type Resolution = 'kb' | 'in-article' | 'provisional' | 'role' | 'pronoun';

/** A stand-off phrase: `text === articleText.slice(start, end)`. */
export interface Phrase {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface ResolvedMention extends Mention {
  readonly entityId: string;
  readonly resolution: Resolution;
  /** The actor a metonym stands for ('the Kremlin' → 'org:gov:RUS'). */
  readonly actorId?: string;
  /** Why a 'role' or 'pronoun' mention has this entity. */
  readonly reason?: string;
  /** A name's apposed role phrase ("Kremlin spokesman" in "Kremlin spokesman Dmitry Peskov"): its context. */
  readonly role?: Phrase;
}

export interface EntityRecord {
  readonly id: string;
  readonly name: string;
  readonly type: MentionType | 'organisation';
  readonly aliases: readonly string[];
  readonly roles: readonly { title: string; start?: string; end?: string }[];
  /** True for names not in the knowledge base. */
  readonly provisional: boolean;
  /** For provisional entities: how sure the tagger was of the type. */
  readonly confidence?: number;
}

const KB_TYPE: Record<KbEntity['type'], MentionType> = {
  person: 'person',
  organisation: 'organisation',
  country: 'country',
  place: 'place',
  other: 'other',
};

/** True when the KB entity's type fits the tagger's type (places and countries are interchangeable). */
function typeFits(entity: KbEntity, type: MentionType): boolean {
  const kbType = KB_TYPE[entity.type];
  if (type === 'other') return kbType !== 'person';
  if (type === 'place' || type === 'country')
    return kbType === 'place' || kbType === 'country' || kbType === 'organisation';
  if (type === 'organisation') return kbType !== 'person';
  return kbType === type;
}

function activeOn(entity: KbEntity, date: string | undefined): boolean {
  if (!date) return false;
  const day = date.slice(0, 10);
  return entity.roles.some((r) => (!r.start || r.start <= day) && (!r.end || day <= r.end));
}

/** The KB entity a mention names, or undefined when there is none or the namesakes cannot be told apart. */
function lookupKb(kb: KnowledgeBase, mention: Mention, date: string | undefined): KbEntity | undefined {
  const candidates = kb.lookup(mention.text).filter((e) => typeFits(e, mention.type));
  if (candidates.length <= 1) return candidates[0];
  const exact = candidates.filter(
    (e) => nameKey(e.name) === nameKey(mention.text) || e.aliases.some((a) => nameKey(a) === nameKey(mention.text)),
  );
  const pool = exact.length > 0 ? exact : candidates;
  const active = pool.filter((e) => activeOn(e, date));
  if (active.length === 1) return active[0];
  return pool.length === 1 ? pool[0] : undefined;
}

/**
 * Earlier person mentions by the key of their last word, most recent last, one per distinct text: "Zakharova"
 * finds "Maria Zakharova" without scanning the article's mentions again (a long text stays linear).
 */
class FullNames {
  private readonly bySurname = new Map<string, ResolvedMention[]>();

  add(mention: ResolvedMention): void {
    if (mention.type !== 'person') return;
    const key = nameKey(mention.text.trim().split(/\s+/).at(-1) ?? '');
    const list = this.bySurname.get(key) ?? [];
    const same = list.findIndex((m) => m.text === mention.text);
    if (same >= 0) list.splice(same, 1);
    list.push(mention);
    this.bySurname.set(key, list);
  }

  /** An earlier person mention whose name ends with this one ("Zakharova" → "Maria Zakharova"). */
  earlierFullName(mention: Mention): ResolvedMention | undefined {
    if (mention.type !== 'person' || /\s/.test(mention.text.trim())) return undefined;
    const list = this.bySurname.get(nameKey(mention.text)) ?? [];
    for (let i = list.length - 1; i >= 0; i--) if (list[i]!.text !== mention.text) return list[i];
    return undefined;
  }
}

export interface ResolveResult {
  readonly mentions: ResolvedMention[];
  readonly entities: EntityRecord[];
}

export function resolveMentions(mentions: readonly Mention[], kb: KnowledgeBase, articleDate?: string): ResolveResult {
  const resolved: ResolvedMention[] = [];
  const entities = new Map<string, EntityRecord>();
  const fullNames = new FullNames();
  const push = (m: ResolvedMention): void => {
    resolved.push(m);
    fullNames.add(m);
  };
  for (const mention of mentions) {
    const earlier = fullNames.earlierFullName(mention);
    if (earlier) {
      push({
        ...mention,
        entityId: earlier.entityId,
        resolution: 'in-article',
        ...(earlier.actorId ? { actorId: earlier.actorId } : {}),
      });
      continue;
    }
    const known = lookupKb(kb, mention, articleDate);
    if (known) {
      const actor = kb.standsFor(known.id);
      push({ ...mention, entityId: known.id, resolution: 'kb', ...(actor ? { actorId: actor.id } : {}) });
      if (!entities.has(known.id)) entities.set(known.id, kbRecord(known));
      if (actor && !entities.has(actor.id)) entities.set(actor.id, kbRecord(actor));
      continue;
    }
    const id = `new:${mention.type}:${slugify(mention.text)}`;
    push({ ...mention, entityId: id, resolution: 'provisional' });
    const record = entities.get(id);
    if (!record) {
      entities.set(id, {
        id,
        name: mention.text,
        type: mention.type,
        aliases: [],
        roles: [],
        provisional: true,
        confidence: mention.confidence,
      });
    }
  }
  return { mentions: resolved, entities: [...entities.values()].sort((a, b) => a.id.localeCompare(b.id)) };
}

/** The entity record of a knowledge-base entity (its latest roles, its first aliases). */
export function kbRecord(entity: KbEntity): EntityRecord {
  return {
    id: entity.id,
    name: entity.name,
    type: KB_TYPE[entity.type],
    aliases: entity.aliases.slice(0, 12),
    roles: entity.roles
      .slice(-6)
      .map((r) => ({ title: r.title, ...(r.start ? { start: r.start } : {}), ...(r.end ? { end: r.end } : {}) })),
    provisional: false,
  };
}
