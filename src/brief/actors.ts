/**
 * @module brief/actors
 * Entity → political actor for the positions table: a country (people by the country of the role they hold
 * on the date, metonyms and capitals through what they stand for, national bodies by their country) or an
 * international body as itself. News agencies and outlets are not actors. Unresolved speakers are tried
 * by their words ("the Kremlin", "US officials").
 */
import type { KbEntity, KnowledgeBase } from '../analyze/kb/index.js';
import { NON_ACTOR_TAGS } from './issues.data.js';

export interface Actor {
  readonly id: string;
  readonly name: string;
}

export function actorOf(kb: KnowledgeBase, entityId: string | null, text: string, date?: string): Actor | null {
  const entity = entityId && !entityId.startsWith('new:') ? kb.get(entityId) : undefined;
  if (entity) return actorOfEntity(kb, entity, date, 0);
  return actorOfWords(kb, text);
}

function actorOfEntity(kb: KnowledgeBase, e: KbEntity, date: string | undefined, depth: number): Actor | null {
  if (e.tags?.some((t) => NON_ACTOR_TAGS.has(t))) return null;
  if (e.type === 'country') return { id: e.id, name: e.name };
  const target = e.stands_for ? kb.get(e.stands_for) : undefined;
  if (target && depth < 3) return actorOfEntity(kb, target, date, depth + 1);
  if (e.type === 'person') {
    const role = e.roles.find(
      (r) => r.country && (!date || ((!r.start || r.start <= date) && (!r.end || date < r.end))),
    );
    return country(kb, role?.country ?? e.country);
  }
  if (e.type === 'organisation' && !e.country && e.tags?.includes('igo')) return { id: e.id, name: e.name };
  return country(kb, e.country);
}

function country(kb: KnowledgeBase, iso3: string | undefined): Actor | null {
  if (!iso3) return null;
  const c = kb.get(`country:${iso3}`);
  return c ? { id: c.id, name: c.name } : null;
}

/** "the Kremlin" → Russia; "US officials" → United States: the whole words, then each capitalised word. */
function actorOfWords(kb: KnowledgeBase, text: string): Actor | null {
  const words = text.replace(/^(?:the|a|an)\s+/iu, '');
  const tries = [words, ...(words.match(/\b\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*/gu) ?? [])];
  for (const t of tries) {
    const hit = kb.lookup(t).find((e) => e.type !== 'person' && !e.tags?.some((x) => NON_ACTOR_TAGS.has(x)));
    if (
      hit &&
      (hit.type === 'country' || hit.stands_for || hit.tags?.includes('national-body') || hit.tags?.includes('igo'))
    ) {
      return actorOfEntity(kb, hit, undefined, 0);
    }
    const iso3 = kb.countryOf(t);
    if (iso3) return country(kb, iso3);
  }
  return null;
}
