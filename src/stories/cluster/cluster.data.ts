/**
 * @module stories/cluster/cluster.data
 * Thresholds, weights and the stop-word list of story clustering. Calibrated on the odd-numbered ECB+
 * topics only (bench/stories.ts); the even-numbered topics are held out and reported separately.
 */

/** Every tunable number of story clustering; `StoryClusterOptions` may override any of them. */
export const CLUSTER_DEFAULTS = {
  /** A story is joined when the combined score reaches this; otherwise a new story opens. */
  joinThreshold: 0.25,
  /**
   * When the two best stories both reach the join threshold within this of each other, the article is
   * ambiguous between two events and opens its own story; 0 = off.
   */
  tieMargin: 0,
  /** Two stories are linked into one thread when their thread score reaches this. */
  threadThreshold: 0.18,
  /** A thread link also needs at least this many shared salient (non-country) entities… */
  threadMinSharedEntities: 2,
  /** …or, with a single one, a thread score of at least this. */
  threadStrongScore: 0.35,
  /**
   * Multiplier of the shipped background document frequencies (background-df.generated.ts) added to the online
   * counts of the term IDF; 0 turns the background off.
   */
  backgroundScale: 1,
  /**
   * 1 = the entity IDF also starts from the background table, through each entity's name (its rarest word's
   * background count, see `entityBackgroundDf`); 0 = entity IDF over the index only.
   */
  entityBackground: 1,
  /** Weights of the channels in the combined score (a weighted mean over the channels both sides have). */
  textShare: 0.6,
  entityShare: 0.2,
  numberShare: 0.3,
  /**
   * Weight of the event cosine (events.ts: source × CAMEO root × target keys), counted only when both sides have
   * events (ECB+: about 3% of documents have one). Odd topics, shared key only: 0.3 88.88, 0.5 88.85, 0.8 88.83
   * (no events 88.87); the seeds need it (their words alone keep 000–002 apart).
   */
  eventShare: 0.3,
  /**
   * 1 = the event channel counts only when the two sides share an event key (evidence for, never against: the
   * extractor misses most events, so two different events found say little); 0 = also when none is shared.
   */
  eventSharedOnly: 1,
  /** Weight of the coarser event key without the target, relative to the full key. */
  eventCoarseWeight: 0.5,
  /** Event keys kept per story centroid. */
  centroidEvents: 12,
  /** Numbers kept per story centroid. */
  centroidNumbers: 20,
  /** Term counts in the title are multiplied by this. */
  titleWeight: 2,
  /** Weight of terms written as names (capitalised inside sentences): participants and places. */
  nameWeight: 2,
  /** Story centroids keep only their top terms / entities (tf × current idf), so state stays bounded. */
  centroidTerms: 80,
  centroidEntities: 40,
  /** An article's own vector: its top terms by tf × idf. */
  articleTerms: 150,
  /** Candidate retrieval: the article's most telling terms / entities looked up in the inverted index. */
  queryTerms: 24,
  queryEntities: 8,
  /** Posting lists longer than this are not followed (the term is too common to tell stories apart). */
  maxPostings: 4000,
  /** At most this many candidate stories are scored exactly. */
  maxCandidates: 16,
  /** Days apart that cost nothing; beyond, the score decays with this time constant (days) to the floor. */
  graceDays: 3,
  decayDays: 10,
  timeFloor: 0.15,
  /** Terms kept per member article: for choosing the story's most central title and for max-link. */
  memberTerms: 40,
  /**
   * Max-link: the text cosine with the story's closest member (over its `memberTerms` top terms), times this,
   * replaces the centroid's when higher; 0 = centroid only.
   */
  memberLink: 1,
  /**
   * Story merging: after an article joins a story, every other candidate story it also fits at this score is
   * merged into it (the older story keeps its id): the article bridges two parts of one event that opened apart.
   * 0 = off. Odd topics, mean of online seeds 1–3 and batch BCubed F1: off 87.5, 0.30 86.7, 0.35 88.6,
   * 0.38 88.4, 0.40 88.9, 0.42 88.9, 0.44 89.0, 0.45 88.7, 0.50 88.2, 0.60 87.6.
   */
  mergeThreshold: 0.42,
  /** Max-link looks at the story's last this many members only, so its cost per candidate is bounded. */
  memberLinkRecent: 64,
} as const;

export type ClusterSettings = { -readonly [K in keyof typeof CLUSTER_DEFAULTS]: number };

/** How telling an entity type is for "same event": people and organisations most, countries least. */
export const ENTITY_TYPE_WEIGHT: Readonly<Record<string, number>> = {
  person: 1,
  organisation: 1,
  other: 0.6,
  place: 0.6,
  country: 0.2,
};

/** Plain names of the CAMEO roots (2-digit families) for the reasons ("RUS praise USA"). */
export const EVENT_ROOT_LABELS: Readonly<Record<string, string>> = {
  '01': 'statement to',
  '02': 'appeal to',
  '03': 'intent to cooperate with',
  '04': 'consult',
  '05': 'praise',
  '06': 'cooperate with',
  '07': 'aid',
  '08': 'yield to',
  '09': 'investigate',
  '10': 'demand of',
  '11': 'disapprove of',
  '12': 'reject',
  '13': 'threaten',
  '14': 'protest',
  '15': 'force posture',
  '16': 'reduce relations with',
  '17': 'coerce',
  '18': 'assault',
  '19': 'fight',
  '20': 'mass violence',
};

/** Function words and reporting verbs: no evidence about which event an article is about. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between
both but by can could did do does doing down during each few for from further had has have having he her here hers
herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off on once
only or other our ours ourselves out over own same she should so some such than that the their theirs them
themselves then there these they this those through to too under until up very was we were what when where which
while who whom why will with would you your yours yourself yourselves said says say told tells according reported
reports reporting one two new may might must shall us mr mrs ms http https www com html htm org net php aspx index
article news story monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow week weeks
year years day days time get got go going went make made many much well back still even since like last first
including around another however while within without via per across among upon whether though although yet
pm am`.split(/\s+/),
);
