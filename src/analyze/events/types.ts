/**
 * @module analyze/events/types
 * The event record of the analyze stage (DESIGN §3 `Event`): who did what to whom, CAMEO-coded, tied to its
 * sentence and cue by stand-off offsets into the article text. No logic.
 */

/** One side of an event: the mention it rests on and the actor it stands for. */
export interface EventActor {
  /** Canonical entity of the mention (or the actor a metonym stands for: 'the Kremlin' → 'org:gov:RUS'). */
  readonly entityId: string;
  /** CAMEO-style actor code: 'RUS', 'USA', 'RUSGOV', 'IGOUNO'. */
  readonly actorCode: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Who did what to whom: source actor, CAMEO action, target actor (null when the sentence names none). */
export interface Event {
  /** The sentence. */
  readonly start: number;
  readonly end: number;
  readonly source: EventActor;
  readonly target: EventActor | null;
  /** CAMEO event code ('051', '1312'). */
  readonly code: string;
  readonly label: string;
  /** Goldstein score of the code (-10 conflict .. +10 cooperation). */
  readonly goldstein: number;
  /** The words that carry the action ("has welcomed", "held talks"). */
  readonly cue: { readonly text: string; readonly start: number; readonly end: number };
  /** In (0, 1]. */
  readonly confidence: number;
  /** Why the event was coded as it was, in plain words. */
  readonly reasons: readonly string[];
}
