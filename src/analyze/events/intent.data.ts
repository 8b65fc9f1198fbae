/**
 * @module analyze/events/intent.data
 * Intent frames of the event lexicon: governors of "to"-infinitives ("agreed to", "threatened to", "refused to",
 * "is ready to") and what the inner verb makes of them ("agreed to meet" → 036, "threatened to invade" → 1382,
 * "refused to release" → 1243). Data only; cues.ts applies them. Codes checked against the CAMEO codebook.
 */

/** What a verb after "to" means under an intent governor ("agreed to meet" → 036, "threatened to invade" → 138). */
export interface IntentFamily {
  /** Express-intent code (03x) under agree/offer/pledge/ready. */
  readonly intent?: string;
  /** Threat code (13x) under threaten/vow. */
  readonly threat?: string;
  /** Refusal code (12x) under refuse/decline. */
  readonly refuse?: string;
}

export const INTENT_FAMILIES: Readonly<Record<string, IntentFamily>> = {
  negotiate: { intent: '036', refuse: '125' },
  meet: { intent: '036', refuse: '125' },
  talk: { intent: '036', refuse: '125' },
  discuss: { intent: '036', refuse: '125' },
  resume: { intent: '036' },
  cooperate: { intent: '030', refuse: '121' },
  work: { intent: '030' },
  help: { intent: '033', refuse: '122' },
  provide: { intent: '033', refuse: '122' },
  send: { intent: '033' },
  settle: { intent: '037', refuse: '127' },
  resolve: { intent: '037' },
  mediate: { intent: '039', refuse: '126' },
  release: { intent: '0353', refuse: '1243' },
  free: { intent: '0353', refuse: '1243' },
  lift: { intent: '0354', refuse: '1244' },
  ease: { intent: '0354', refuse: '1244' },
  withdraw: { intent: '0356', refuse: '1246', threat: '136' },
  sign: { intent: '030', refuse: '127' },
  allow: { intent: '0355', refuse: '1245' },
  recognize: { intent: '032' },
  support: { intent: '032' },
  attack: { threat: '138' },
  invade: { threat: '1382' },
  strike: { threat: '138' },
  retaliate: { threat: '138' },
  bomb: { threat: '138' },
  impose: { threat: '1312' },
  sanction: { threat: '1312' },
  cut: { threat: '1313' },
  sever: { threat: '1313' },
  expel: { threat: '136' },
  quit: { threat: '134' },
  boycott: { threat: '1312' },
};

export type GovernorKind = 'intent' | 'threat' | 'refuse';

/** Governors of "to"-infinitives that make the inner verb an event of their kind; `code` when the inner verb is unknown. */
export interface Governor {
  readonly verb: string;
  readonly forms?: string;
  readonly kind: GovernorKind;
  readonly code?: string;
}

export const GOVERNORS: readonly Governor[] = [
  { verb: 'agree', kind: 'intent', code: '030' },
  { verb: 'offer', kind: 'intent' },
  { verb: 'pledge', kind: 'intent' },
  { verb: 'promise', kind: 'intent' },
  { verb: 'vow', kind: 'threat' },
  { verb: 'threaten', kind: 'threat', code: '130' },
  { verb: 'refuse', kind: 'refuse', code: '120' },
  { verb: 'decline', kind: 'refuse' },
];

/**
 * Nouns of intent that govern a "to"-infinitive or gerund after a verb of expressing ("signaled openness to
 * participating in talks", "expressed readiness to negotiate"): read like "is ready to".
 */
export const INTENT_NOUNS: readonly string[] = [
  'readiness',
  'willingness',
  'openness',
  'preparedness',
  'intention',
  'intent',
];

/** Verbs of expressing before an intent noun ("signaled", "voiced", "reaffirmed"), lemma → irregular forms. */
export const EXPRESSING_VERBS: readonly string[] = [
  'signal',
  'signals',
  'signaled',
  'signalled',
  'signaling',
  'signalling',
  'express',
  'expresses',
  'expressed',
  'expressing',
  'voice',
  'voices',
  'voiced',
  'voicing',
  'declare',
  'declares',
  'declared',
  'declaring',
  'articulate',
  'articulates',
  'articulated',
  'show',
  'shows',
  'showed',
  'shown',
  'indicate',
  'indicates',
  'indicated',
  'confirm',
  'confirms',
  'confirmed',
  'reaffirm',
  'reaffirms',
  'reaffirmed',
  'announce',
  'announces',
  'announced',
  'state',
  'states',
  'stated',
];

/** Inner verbs that mean negotiating only with a negotiation noun after them ("participate in talks"). */
export const TAKING_PART_VERBS: readonly string[] = ['participate', 'join', 'engage', 'enter'];
export const NEGOTIATION_NOUNS: readonly string[] = [
  'talks',
  'negotiations',
  'discussions',
  'dialogue',
  'framework',
  'agreement',
  'treaty',
  'consultations',
  'process',
];

/** Adjectives that govern intent after a form of "be" ("is ready to negotiate"). */
export const INTENT_ADJECTIVES: readonly string[] = ['ready', 'willing', 'prepared', 'eager', 'open'];
