/**
 * @module analyze/claims/checkworthy.data
 * Lexicons for the check-worthiness features: hedges, opinion and evaluative words, comparatives and
 * superlatives, factual past-tense verbs, pronouns, modal and future markers. Lower case, English.
 */

/** Hedging words and phrases that soften a statement ("about", "reportedly"). */
// biome-ignore format: compact lexicon
export const HEDGE_WORDS: readonly string[] = [
  'about', 'around', 'approximately', 'roughly', 'nearly', 'almost', 'some', 'estimated', 'reportedly', 'allegedly',
  'perhaps', 'maybe', 'possibly', 'probably', 'likely', 'unlikely', 'apparently', 'seemingly', 'might', 'may',
  'could', 'suggest', 'suggests', 'suggested', 'appear', 'appears', 'appeared',
];

/** Opinion, evaluation and feeling: signs of a view rather than a checkable fact. */
// biome-ignore format: compact lexicon
export const OPINION_WORDS: readonly string[] = [
  'think', 'believe', 'feel', 'hope', 'wish', 'want', 'wants', 'wanted', 'love', 'hate', 'like', 'great', 'good',
  'bad', 'terrible', 'wonderful', 'important', 'wrong', 'right', 'should', 'must', 'ought', 'need', 'needs',
  'opinion', 'view', 'disgrace', 'shame', 'ridiculous', 'absurd', 'crazy', 'stupid', 'nice', 'beautiful', 'proud',
  'afraid', 'sure', 'certainly', 'clearly', 'obviously', 'frankly', 'honestly', 'really', 'truly', 'agree',
  'disagree', 'deserve', 'deserves', 'fair', 'unfair', 'best', 'worst', 'strong', 'weak', 'tough', 'amazing',
  'incredible', 'horrible', 'fantastic', 'outrageous', 'unacceptable', 'dangerous', 'welcome', 'hopefully',
];

/** Superlatives and comparatives that are not caught by the "-est"/"-er" endings. */
// biome-ignore format: compact lexicon
export const COMPARATIVE_WORDS: readonly string[] = [
  'more', 'less', 'fewer', 'most', 'least', 'fewest', 'better', 'worse', 'best', 'worst', 'larger', 'largest',
  'bigger', 'biggest', 'higher', 'highest', 'lower', 'lowest', 'record', 'increase', 'increased', 'decrease',
  'decreased', 'doubled', 'tripled', 'halved', 'rose', 'fell', 'grew', 'dropped', 'declined', 'surged', 'soared',
  'plunged', 'cut', 'cuts', 'raised', 'reduced', 'than', 'times',
];

/** Words ending in "-er"/"-est" that are not comparatives or superlatives. */
// biome-ignore format: compact lexicon
export const NOT_COMPARATIVE: readonly string[] = [
  'never', 'ever', 'over', 'under', 'after', 'other', 'another', 'either', 'neither', 'whether', 'however', 'her',
  'per', 'water', 'number', 'member', 'order', 'power', 'answer', 'matter', 'later', 'interest', 'best', 'rest',
  'west', 'test', 'request', 'honest', 'forest', 'suggest', 'protest', 'invest', 'arrest', 'interest', 'latest',
  'manifest', 'contest', 'modest', 'harvest', 'honest', 'guest', 'nest', 'chest', 'quest', 'unrest', 'conquest',
  'together', 'remember', 'border', 'leader', 'minister', 'paper', 'letter', 'center', 'centre', 'officer',
  'offer', 'consider', 'enter', 'whatever', 'wherever', 'whoever', 'rather', 'further', 'father', 'mother',
  'brother', 'sister', 'daughter', 'cancer', 'soldier', 'register', 'disaster', 'computer', 'voter', 'worker',
  'supporter', 'reporter', 'partner', 'manager', 'teacher', 'lawyer', 'player', 'owner', 'driver', 'user',
  'december', 'november', 'october', 'september', 'summer', 'winter', 'thunder', 'wonder', 'character', 'chapter',
  'quarter', 'sooner', 'ester', 'lester',
];

/** Past-tense and perfect verbs that typically report an event or a record ("voted", "passed", "signed"). */
// biome-ignore format: compact lexicon
export const FACTUAL_VERBS: readonly string[] = [
  'was', 'were', 'had', 'did', 'voted', 'passed', 'signed', 'killed', 'died', 'injured', 'wounded', 'arrested',
  'won', 'lost', 'spent', 'paid', 'created', 'built', 'launched', 'announced', 'reported', 'published', 'released',
  'approved', 'rejected', 'opposed', 'supported', 'sponsored', 'introduced', 'vetoed', 'funded', 'invaded',
  'annexed', 'attacked', 'struck', 'fired', 'captured', 'seized', 'sent', 'deployed', 'withdrew', 'elected',
  'appointed', 'resigned', 'banned', 'imposed', 'lifted', 'raised', 'cut', 'increased', 'reduced', 'doubled',
  'tripled', 'fell', 'rose', 'grew', 'dropped', 'declined', 'closed', 'opened', 'founded', 'produced', 'exported',
  'imported', 'borrowed', 'owed', 'collapsed', 'occurred', 'happened', 'held', 'met', 'visited', 'agreed',
  'ordered', 'charged', 'convicted', 'sentenced', 'accused', 'fined', 'sued', 'ruled', 'declared', 'confirmed',
  'recorded', 'counted', 'estimated', 'found', 'showed', 'hit', 'reached', 'topped', 'exceeded', 'surpassed',
  'has', 'have', 'been',
];

/** First and second person pronouns: a sign of talk about the speaker or the listener. */
// biome-ignore format: compact lexicon
export const FIRST_PERSON: readonly string[] = ['i', 'me', 'my', 'mine', 'myself', "i'm", "i've", "i'll", "i'd"];
// biome-ignore format: compact lexicon
export const FIRST_PLURAL: readonly string[] = ['we', 'us', 'our', 'ours', 'ourselves', "we're", "we've", "we'll", "we'd"];
// biome-ignore format: compact lexicon
export const SECOND_PERSON: readonly string[] = ['you', 'your', 'yours', 'yourself', "you're", "you've", "you'll"];

/** Future and intent markers: promises and plans are not checkable facts yet. */
// biome-ignore format: compact lexicon
export const FUTURE_WORDS: readonly string[] = [
  'will', "'ll", 'going', 'gonna', 'shall', 'plan', 'plans', 'intend', 'promise', 'would', 'tomorrow', 'future',
];

/** Words that greet, thank or manage a conversation: never a claim. */
// biome-ignore format: compact lexicon
export const PHATIC_WORDS: readonly string[] = [
  'thank', 'thanks', 'applause', 'laughter', 'okay', 'ok', 'yes', 'no', 'well', 'oh', 'please', 'sorry', 'hello',
  'question', 'answer', 'senator', 'governor', 'mr', 'moderator', 'crosstalk',
];

/** Function words that start capitalised only because they open a sentence; not names. */
// biome-ignore format: compact lexicon
export const NOT_NAMES: readonly string[] = [
  'i', 'the', 'a', 'an', 'and', 'but', 'or', 'so', 'we', 'you', 'he', 'she', 'it', 'they', 'this', 'that', 'these',
  'those', 'there', 'here', 'in', 'on', 'at', 'for', 'if', 'when', 'what', 'why', 'how', 'now', 'well', 'yes',
  'no', 'mr', 'mrs', 'ms', 'dr', 'my', 'our', 'your', 'his', 'her', 'their', 'as', 'let', 'not', 'all',
];

/** Words that give away a number-free fact: quantities, money and units in words. */
// biome-ignore format: compact lexicon
export const QUANTITY_WORDS: readonly string[] = [
  'percent', 'per', 'cent', 'million', 'millions', 'billion', 'billions', 'trillion', 'thousand', 'thousands',
  'hundred', 'hundreds', 'dozen', 'dozens', 'dollars', 'half', 'third', 'quarter', 'twice', 'double', 'deficit',
  'debt', 'budget', 'tax', 'taxes', 'rate', 'unemployment', 'jobs', 'growth', 'average',
];
