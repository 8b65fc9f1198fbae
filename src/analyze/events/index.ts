/**
 * @module analyze/events
 * Article text + sentences + resolved mentions → events: who did what to whom, CAMEO-coded with a Goldstein score,
 * tied to the sentence and the cue words by stand-off offsets (DESIGN §3 `Event`). Rule-based: a verb-pattern
 * lexicon (verbs.data.ts) finds the action, a shallow clause analysis drops negated, modal, hypothetical, quoted and
 * questioned actions, and the nearest actors around the verb take the source and target roles (swapped in the
 * passive). Precision over recall: no event rather than a wrong one. Every event carries its reasons.
 * Requires: sentences, mentions. Provides: events. Pure and deterministic.
 */

export { actorCodeOf } from './actors.js';
export { type CameoCode, cameoCode, cameoRoot, isCameoCode } from './cameo.js';
export { type FindEventsOptions, findEvents, findHeadlineEvents } from './find.js';
export { isHeadline } from './headline.js';
export type { Event, EventActor } from './types.js';
