/**
 * @module verify/flags/headline.data
 * The headline check's lexicons: state-change predicates a headline may assert (each with the word forms that
 * support it in a body and the cues that say the opposite), and time units for numbers a body implies.
 * Conservative on purpose: only predicates whose contraries are unambiguous.
 */

export interface StateChange {
  /** Headline forms of the predicate (lower case, whole words). */
  readonly forms: readonly string[];
  /** Body words that support it (any form of the predicate or a close synonym). */
  readonly support: readonly string[];
  /** Body phrases that say the opposite. */
  readonly contrary: readonly string[];
}

// biome-ignore format: compact lexicon
export const STATE_CHANGES: readonly StateChange[] = [
  {
    forms: ['collapses', 'collapsed', 'collapse', 'crumbles', 'breaks down', 'falls apart', 'unravels'],
    support: ['collapse', 'collapses', 'collapsed', 'collapsing', 'broke down', 'breaks down', 'broken down', 'fell apart', 'falls apart', 'unravelled', 'unraveled', 'crumbled'],
    contrary: ['holding', 'holds', 'held', 'observing', 'observed', 'intact', 'in full', 'no violation', 'not regard it as a violation', 'not fired', 'no artillery', 'remains in place', 'survived', 'quiet'],
  },
  {
    forms: ['fails', 'failed'],
    support: ['fail', 'fails', 'failed', 'failure', 'rejected', 'defeated'],
    contrary: ['passed', 'approved', 'succeeded', 'adopted', 'won'],
  },
  {
    forms: ['dies', 'died', 'dead'],
    support: ['died', 'dies', 'dead', 'death', 'killed', 'passed away'],
    contrary: ['alive', 'survived', 'recovering', 'stable condition', 'was discharged'],
  },
  {
    forms: ['resigns', 'resigned', 'quits', 'steps down', 'stepped down'],
    support: ['resign', 'resigns', 'resigned', 'resignation', 'quit', 'quits', 'step down', 'steps down', 'stepped down', 'stepping down'],
    contrary: ['refused to resign', 'will not resign', 'remains in office', 'rejected calls to resign', 'stays on'],
  },
  {
    forms: ['is killed', 'killed'],
    support: ['killed', 'died', 'dead', 'death'],
    contrary: ['survived', 'alive', 'unharmed', 'escaped unhurt'],
  },
  {
    forms: ['is arrested', 'arrested', 'detained'],
    support: ['arrested', 'arrest', 'detained', 'detention', 'custody'],
    contrary: ['released', 'not arrested', 'remains at large', 'was freed'],
  },
  {
    forms: ['is cancelled', 'cancelled', 'canceled', 'called off', 'scrapped'],
    support: ['cancelled', 'canceled', 'cancel', 'cancellation', 'called off', 'scrapped'],
    contrary: ['will go ahead', 'goes ahead', 'went ahead', 'as planned', 'will take place'],
  },
];

/** Negations that turn a support word into its contrary ("has not collapsed"). */
export const NEGATION_BEFORE = /\b(?:not|never|no|n't|nor|without|rather than|instead of)\s+(?:\w+\s+){0,2}$/iu;

/** Time units of a headline number ("after 18 months") with their length in days. */
export const TIME_UNITS: Readonly<Record<string, number>> = {
  day: 1,
  days: 1,
  week: 7,
  weeks: 7,
  month: 30.44,
  months: 30.44,
  year: 365.25,
  years: 365.25,
};
