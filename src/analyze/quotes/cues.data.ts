/**
 * @module analyze/quotes/cues.data
 * Word lists for the quote finder: reporting verbs (by lemma, with irregular forms spelled out), speaker
 * pronouns, role and document nouns, relay outlets and relay phrases. Data only; `lexicon.ts` builds lookups.
 */

/**
 * A reporting verb. Regular inflections (-s, -ed, -ing) are generated; `past` and `ing` override the generated
 * ones (irregular or doubled forms). `bare`: may take a clause without "that" ("said the talks stalled").
 * `object`: usually takes an addressee before its content ("told reporters that …", "warned voters that …").
 */
export interface CueVerb {
  readonly lemma: string;
  /** May come before its speaker after a quotation or clause ("…," said Smith / added Smith). */
  readonly inverts?: boolean;
  readonly past?: string;
  readonly ing?: string;
  readonly bare?: boolean;
  readonly object?: boolean;
  /**
   * Words that open a complement frame whose span is the content: "to" (an infinitive, right after the cue or
   * after its addressee: "vowed to fight", "urged voters to stay"), "of" / "for" after an object ("accused X of
   * Y", "criticized X for Y": content = the object and its complement), "for" / "on" right after the cue
   * ("called for a ban": content = what follows, the particle joins the cue).
   */
  readonly comp?: string;
  /** The -s and base forms are also nouns ("the Paris attacks", "their demands"): they need a named or pronoun speaker. */
  readonly noun?: boolean;
  /** "called him a liar": an object then a predicate noun phrase is the content. */
  readonly label?: boolean;
}

/** Verbs of saying and writing. */
export const SPEECH_VERBS: readonly CueVerb[] = [
  { lemma: 'say', past: 'said', bare: true, inverts: true },
  { lemma: 'tell', past: 'told', bare: true, object: true },
  { lemma: 'add', bare: true, inverts: true },
  { lemma: 'state', bare: true, noun: true },
  { lemma: 'note', bare: true, inverts: true, noun: true },
  { lemma: 'warn', object: true, inverts: true, comp: 'to' },
  { lemma: 'argue', bare: true, inverts: true },
  { lemma: 'claim', bare: true },
  { lemma: 'insist', bare: true, inverts: true },
  { lemma: 'stress', bare: true },
  { lemma: 'emphasise', bare: true },
  { lemma: 'emphasize', bare: true },
  { lemma: 'underline' },
  { lemma: 'underscore' },
  { lemma: 'acknowledge', bare: true },
  { lemma: 'admit', past: 'admitted', ing: 'admitting', bare: true, inverts: true },
  { lemma: 'announce', bare: true },
  { lemma: 'explain', bare: true, inverts: true },
  { lemma: 'suggest', bare: true },
  { lemma: 'write', past: 'wrote written', bare: true, inverts: true },
  { lemma: 'ask', object: true, inverts: true, comp: 'to' },
  { lemma: 'reply', inverts: true },
  { lemma: 'respond', inverts: true },
  { lemma: 'declare', inverts: true },
  { lemma: 'assert', bare: true },
  { lemma: 'contend', bare: true },
  { lemma: 'maintain' },
  { lemma: 'observe', inverts: true },
  { lemma: 'remark', inverts: true },
  { lemma: 'comment', inverts: true, noun: true },
  { lemma: 'tweet', bare: true },
  { lemma: 'recall', bare: true, inverts: true },
  { lemma: 'predict', bare: true },
  { lemma: 'promise', object: true, bare: true, comp: 'to', noun: true },
  { lemma: 'pledge', bare: true, noun: true },
  { lemma: 'vow', bare: true },
  { lemma: 'concede', bare: true, inverts: true },
  { lemma: 'confirm', bare: true, inverts: true },
  { lemma: 'deny', past: 'denied', bare: true },
  { lemma: 'allege', bare: true },
  { lemma: 'complain', bare: true, inverts: true },
  { lemma: 'report', bare: true, noun: true },
  { lemma: 'reveal', bare: true },
  { lemma: 'urge', object: true, comp: 'to' },
  { lemma: 'caution', object: true, comp: 'to against' },
  { lemma: 'conclude', inverts: true },
  { lemma: 'continue', inverts: true },
  { lemma: 'counter', inverts: true },
  { lemma: 'retort', inverts: true },
  { lemma: 'quip', past: 'quipped', ing: 'quipping', inverts: true },
  { lemma: 'joke', inverts: true },
  { lemma: 'boast', bare: true, inverts: true },
  { lemma: 'testify', past: 'testified' },
  { lemma: 'mention', bare: true, noun: true },
  { lemma: 'repeat', bare: true },
  { lemma: 'reiterate', bare: true },
  { lemma: 'proclaim' },
  { lemma: 'lament', bare: true },
  { lemma: 'disclose' },
  { lemma: 'indicate' },
  { lemma: 'speculate' },
  { lemma: 'assure', object: true },
  { lemma: 'remind', object: true },
  { lemma: 'inform', object: true },
  { lemma: 'shout' },
  { lemma: 'exclaim' },
  { lemma: 'clarify', past: 'clarified' },
  { lemma: 'estimate' },
  { lemma: 'charge', noun: true },
  { lemma: 'accuse', object: true, comp: 'of' },
  { lemma: 'describe', bare: true },
  { lemma: 'call', object: true, label: true, noun: true },
  { lemma: 'hint' },
  { lemma: 'signal', past: 'signaled signalled', ing: 'signaling signalling' },
  // Communicative acts whose content is a reported statement or what the act was about: the object, a clause,
  // or a complement frame ("criticized X for Y", "accused X of Y", "called for Y", "vowed to Y").
  { lemma: 'criticize', bare: true, comp: 'for' },
  { lemma: 'criticise', bare: true, comp: 'for' },
  { lemma: 'praise', bare: true, comp: 'for', noun: true },
  { lemma: 'blame', bare: true, comp: 'for', noun: true },
  { lemma: 'defend', bare: true },
  { lemma: 'reject', bare: true },
  { lemma: 'dismiss', bare: true },
  { lemma: 'welcome', bare: true },
  { lemma: 'condemn', bare: true },
  { lemma: 'denounce', bare: true },
  { lemma: 'endorse', bare: true },
  { lemma: 'propose', bare: true },
  { lemma: 'demand', bare: true, noun: true },
  { lemma: 'attack', bare: true, comp: 'for', noun: true },
  { lemma: 'blast', bare: true, comp: 'for', noun: true },
  { lemma: 'slam', past: 'slammed', ing: 'slamming', bare: true, comp: 'for', noun: true },
  { lemma: 'lambaste', bare: true, comp: 'for' },
  { lemma: 'chide', bare: true, comp: 'for' },
  { lemma: 'rebuke', bare: true, comp: 'for', noun: true },
  { lemma: 'decry', past: 'decried', bare: true },
  { lemma: 'mock', bare: true, comp: 'for' },
  { lemma: 'ridicule', bare: true, comp: 'for' },
  { lemma: 'applaud', bare: true, comp: 'for' },
  { lemma: 'hail', bare: true, comp: 'as' },
  { lemma: 'laud', bare: true, comp: 'for' },
  { lemma: 'tout', bare: true },
  { lemma: 'thank', object: true, comp: 'for', noun: true },
  { lemma: 'congratulate', object: true, comp: 'on for' },
  { lemma: 'question', bare: true, noun: true },
  { lemma: 'challenge', bare: true, noun: true },
  { lemma: 'dispute', bare: true, noun: true },
  { lemma: 'refute', bare: true },
  { lemma: 'cite', bare: true },
  { lemma: 'recount', bare: true },
  { lemma: 'highlight', bare: true },
  { lemma: 'recommend', bare: true },
  { lemma: 'request', bare: true, noun: true },
  { lemma: 'advocate', bare: true },
  { lemma: 'echo', bare: true, noun: true },
  { lemma: 'threaten', comp: 'to' },
  { lemma: 'swear', past: 'swore sworn', comp: 'to' },
  { lemma: 'encourage', object: true, comp: 'to' },
  { lemma: 'implore', object: true, comp: 'to' },
  { lemma: 'express', bare: true },
  { lemma: 'voice', bare: true, noun: true },
  { lemma: 'discuss' },
  { lemma: 'portray', bare: true },
  { lemma: 'email', bare: true, noun: true },
  { lemma: 'post', noun: true },
  { lemma: 'publish' },
  { lemma: 'plead', past: 'pleaded pled', comp: 'for with' },
  { lemma: 'press', object: true, comp: 'to for' },
];

/**
 * Phrasal reporting verbs: a cue only with one of its particles right after it ("pointed out that …", "called
 * for a ban", "lashed out at …"); the particle joins the cue and the content follows it. Verbs not in the lists
 * above are cues only in these frames. `past` / `ing` as in `CueVerb`.
 */
export const PHRASAL_CUES: readonly { lemma: string; particles: string; past?: string; ing?: string }[] = [
  { lemma: 'point', particles: 'out to' },
  { lemma: 'call', particles: 'for on' },
  { lemma: 'lash', particles: 'out' },
  { lemma: 'speak', particles: 'out about of', past: 'spoke spoken' },
  { lemma: 'weigh', particles: 'in' },
  { lemma: 'push', particles: 'for back' },
  { lemma: 'rail', particles: 'against' },
  { lemma: 'warn', particles: 'against of about' },
  { lemma: 'refer', particles: 'to', past: 'referred', ing: 'referring' },
  { lemma: 'talk', particles: 'about' },
  { lemma: 'complain', particles: 'about' },
  { lemma: 'ask', particles: 'about for' },
  { lemma: 'argue', particles: 'for against' },
  { lemma: 'advocate', particles: 'for' },
  { lemma: 'vouch', particles: 'for' },
  { lemma: 'apologize', particles: 'for' },
  { lemma: 'apologise', particles: 'for' },
  { lemma: 'boast', particles: 'about of' },
  { lemma: 'brag', particles: 'about', past: 'bragged', ing: 'bragging' },
  { lemma: 'joke', particles: 'about' },
  { lemma: 'testify', particles: 'about', past: 'testified' },
  { lemma: 'insist', particles: 'on' },
  { lemma: 'respond', particles: 'to' },
  { lemma: 'reply', particles: 'to', past: 'replied' },
  { lemma: 'comment', particles: 'on' },
  { lemma: 'react', particles: 'to' },
  { lemma: 'object', particles: 'to' },
];
/** Verbs of believing, wanting and taking a stance: reported only with `beliefs: true`. */
export const BELIEF_VERBS: readonly CueVerb[] = [
  { lemma: 'believe', bare: true },
  { lemma: 'think', past: 'thought', bare: true },
  { lemma: 'feel', past: 'felt', bare: true },
  { lemma: 'fear', bare: true },
  { lemma: 'hope', bare: true },
  { lemma: 'expect', bare: true },
  { lemma: 'know', past: 'knew known', bare: true },
  { lemma: 'worry', past: 'worried', bare: true },
  { lemma: 'want', bare: true },
  { lemma: 'support', bare: true },
  { lemma: 'oppose', bare: true },
  { lemma: 'seek', past: 'sought', bare: true },
  { lemma: 'favor', bare: true },
  { lemma: 'favour', bare: true },
  { lemma: 'prefer', past: 'preferred', ing: 'preferring', bare: true },
  { lemma: 'plan', past: 'planned', ing: 'planning', comp: 'to', noun: true },
  { lemma: 'intend', comp: 'to' },
  { lemma: 'decline', comp: 'to' },
  { lemma: 'refuse', comp: 'to' },
  { lemma: 'agree', past: 'agreed', ing: 'agreeing', bare: true, comp: 'to' },
  { lemma: 'offer', comp: 'to', noun: true },
  { lemma: 'doubt', bare: true, noun: true },
  { lemma: 'suspect', bare: true },
  { lemma: 'consider', bare: true },
  { lemma: 'view', bare: true, noun: true },
  { lemma: 'back', bare: true, noun: true },
  { lemma: 'vote', comp: 'for against to', noun: true },
  { lemma: 'deem', bare: true },
];

/** Verbs a document, poll or study "uses": valid only when the speaker is a document noun phrase. */
export const DOCUMENT_VERBS: readonly CueVerb[] = [
  { lemma: 'show', past: 'showed shown', bare: true },
  { lemma: 'find', past: 'found', bare: true },
  { lemma: 'read', past: 'read' },
  { lemma: 'project', bare: true },
];

/** Personal pronouns that can be speakers, with their number/gender class. */
export const SPEAKER_PRONOUNS: Readonly<Record<string, 'male' | 'female' | 'plural' | 'neuter' | 'first'>> = {
  he: 'male',
  she: 'female',
  they: 'plural',
  it: 'neuter',
  i: 'first',
  we: 'first',
};

/** Words that open a noun phrase and close it on the left. */
// biome-ignore format: a compact word list
export const DETERMINERS: readonly string[] = [
  'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those',
  'some', 'many', 'several', 'most', 'other', 'another', 'both', 'all', 'few', 'no', 'one', 'two', 'three',
  'four', 'five', 'each', 'every', 'such',
];

/** Words never inside a speaker phrase (they stop the left or right scan). */
// biome-ignore format: a compact word list
export const PHRASE_STOPS: readonly string[] = [
  'and', 'but', 'or', 'nor', 'so', 'yet', 'that', 'which', 'who', 'whom', 'whose', 'when', 'where', 'while',
  'because', 'if', 'as', 'than', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'into', 'about', 'after',
  'before', 'since', 'until', 'during', 'over', 'under', 'against', 'without', 'through', 'is', 'are', 'was',
  'were', 'be', 'been', 'being', 'not', 'also', 'have', 'has', 'had', 'do', 'does', 'did', 'will', 'would',
  'can', 'could', 'should', 'may', 'might', 'must', 'there', 'here', 'then', 'now', 'it', 'this', 'what',
  'how', 'why', 'he', 'she', 'they', 'we', 'i', 'you', 'him', 'them', 'us', 'me', 'said', 'says', 'say',
  'told', 'just', 'even', 'only', 'still', 'already', 'however', 'though', 'although', 'whether', 'very',
];

/** Words allowed between the speaker and the cue ("Smith has also repeatedly said"). Words in -ly also pass. */
// biome-ignore format: a compact word list
export const CUE_PREFIXES: readonly string[] = [
  'has', 'have', 'had', 'also', 'later', 'then', 'once', 'again', 'would', 'will', 'did', 'does', 'do', 'has',
  'previously', 'recently', 'often', 'always', 'never', 'first', 'further', 'soon', 'yet', 'even', 'since',
  'long', 'still', 'herself', 'himself', 'themselves', 'itself', 'could', 'might', 'may', 'must', 'should', 'now',
];

/** Head nouns of speaker phrases that name a role or a group (raise confidence; resolve "the spokesman"). */
// biome-ignore format: a compact word list
export const ROLE_NOUNS: readonly string[] = [
  'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'official', 'officials', 'minister', 'president',
  'secretary', 'senator', 'representative', 'congressman', 'congresswoman', 'lawmaker', 'lawmakers',
  'governor', 'mayor', 'chairman', 'chairwoman', 'chair', 'director', 'adviser', 'advisers', 'advisor',
  'advisors', 'aide', 'aides', 'analyst', 'analysts', 'expert', 'experts', 'economist', 'economists',
  'professor', 'researcher', 'researchers', 'scientist', 'scientists', 'lawyer', 'lawyers', 'attorney',
  'prosecutor', 'prosecutors', 'judge', 'general', 'commander', 'ambassador', 'diplomat', 'diplomats', 'envoy',
  'leader', 'leaders', 'chief', 'executive', 'executives', 'founder', 'candidate', 'nominee', 'manager',
  'strategist', 'strategists', 'source', 'sources', 'witness', 'witnesses', 'resident', 'residents', 'police',
  'officer', 'officers', 'critics', 'supporters', 'voters', 'campaign', 'ministry', 'department', 'agency',
  'government', 'administration', 'office', 'committee', 'party', 'group', 'organization', 'organisation',
  'company', 'firm', 'court', 'commission', 'council', 'union', 'embassy', 'military', 'army', 'pentagon',
  'kremlin', 'spokesmen', 'democrats', 'republicans', 'member', 'members', 'head', 'speaker', 'premier',
  'chancellor', 'king', 'queen', 'pope', 'host', 'anchor', 'activist', 'activists', 'author', 'authors',
  'editor', 'founder', 'coach', 'owner', 'ceo', 'cfo', 'president-elect', 'vice', 'deputy', 'staff', 'staffer',
  'staffers', 'people', 'person', 'woman', 'man', 'mother', 'father', 'son', 'daughter', 'wife', 'husband',
  'friend', 'colleague', 'nominee', 'pollster', 'pollsters', 'percent', 'half', 'majority', 'minority',
  'respondents', 'americans', 'others', 'plurality', 'third', 'quarter', 'fifth', 'independents',
  'conservatives', 'liberals', 'participants', 'investigators', 'authorities', 'board', 'bank', 'fund',
  'institute', 'team', 'ally', 'allies', 'partners', 'governments', 'ministers', 'ministries', 'troops',
  'forces', 'protesters', 'demonstrators', 'negotiators', 'mediators', 'lawmakers', 'legislators', 'regulators',
  'investors', 'traders', 'states', 'nations', 'countries', 'neighbours', 'neighbors', 'counterparts',
];

/** Head nouns that make the speaker a document ("the document says", "the strategy states", "a poll found"). */
// biome-ignore format: a compact word list
export const DOCUMENT_NOUNS: readonly string[] = [
  'document', 'documents', 'report', 'reports', 'statement', 'strategy', 'memo', 'memorandum', 'letter',
  'study', 'survey', 'poll', 'polls', 'paper', 'plan', 'draft', 'communique', 'communiqué', 'resolution',
  'declaration', 'text', 'filing', 'complaint', 'lawsuit', 'suit', 'indictment', 'ruling', 'order', 'bill',
  'law', 'agreement', 'treaty', 'email', 'e-mail', 'tweet', 'post', 'message', 'release', 'assessment',
  'analysis', 'review', 'audit', 'article', 'editorial', 'website', 'data', 'figures', 'research', 'doctrine',
  'constitution', 'decree', 'proposal', 'platform', 'manifesto', 'transcript', 'note', 'notice', 'guidance',
  'guidelines', 'policy', 'budget', 'forecast', 'estimate', 'estimates', 'book', 'opinion', 'brief',
  'records', 'filings', 'statistics', 'numbers', 'results', 'polling', 'surveys', 'studies', 'emails', 'e-mails',
  'findings', 'tally', 'count', 'projections', 'projection', 'model', 'models', 'census', 'evidence',
  'investigation', 'inquiry', 'probe', 'video', 'footage', 'records', 'papers', 'memos', 'letters', 'ad', 'ads',
  'advertisement', 'commercial', 'sign', 'signs', 'banner', 'headline', 'caption', 'petition', 'charter',
  'platform', 'legislation', 'measure', 'amendment', 'initiative', 'referendum', 'motion', 'verdict', 'decision',
  'opinions', 'cable', 'cables', 'dossier', 'testimony', 'transcripts', 'minutes', 'index', 'ranking',
  'rankings', 'chart', 'graph', 'tables', 'calculations', 'analyses', 'reviews', 'audits', 'reporting',
];

/** News outlets and agencies recognised as relays by name (lower case; multi-word allowed). */
// biome-ignore format: a compact word list
export const RELAY_OUTLETS: readonly string[] = [
  'tass', 'itar-tass', 'ria', 'ria novosti', 'interfax', 'sputnik', 'rt', 'reuters', 'ap', 'associated press',
  'the associated press', 'afp', 'agence france-presse', 'agence france presse', 'xinhua', 'bloomberg',
  'kyodo', 'yonhap', 'anadolu', 'dpa', 'efe', 'ansa', 'pti', 'irna', 'isna', 'bbc', 'cnn', 'fox news', 'msnbc',
  'npr', 'cbs', 'nbc', 'abc', 'pbs', 'politico', 'axios', 'the new york times', 'new york times',
  'the washington post', 'washington post', 'the wall street journal', 'wall street journal', 'the guardian',
  'financial times', 'the financial times', 'al jazeera', 'izvestia', 'kommersant', 'vedomosti', 'rbc',
  'ukrinform', 'unian', 'dow jones', 'usa today', 'the times', 'le monde', 'der spiegel', 'spiegel', 'nikkei',
  'cnbc', 'the hill', 'breitbart', 'huffington post', 'the huffington post', 'the atlantic', 'time',
  'newsweek', 'the economist',
];

/** Head nouns that make a phrase a media outlet ("state news agency TASS", "the newspaper", "state television"). */
// biome-ignore format: a compact word list
export const MEDIA_NOUNS: readonly string[] = [
  'agency', 'newspaper', 'broadcaster', 'television', 'tv', 'radio', 'channel', 'outlet', 'daily', 'magazine',
  'network', 'station', 'wire', 'newswire', 'reporters', 'journalists', 'media', 'press', 'podcast', 'show',
  'program', 'programme', 'interviewer', 'paper',
];

/** Two-word relay triggers followed by the relaying outlet: "published by TASS", "quoted by Reuters". */
// biome-ignore format: a compact word list
export const RELAY_BY_VERBS: readonly string[] = [
  'published', 'reported', 'quoted', 'cited', 'carried', 'broadcast', 'aired', 'released', 'posted', 'run',
];

/** Prepositional relay triggers: "in an interview with X", "in remarks to X", "speaking to X". */
// biome-ignore format: a compact word list
export const RELAY_TO_PHRASES: readonly string[] = [
  'interview with', 'remarks to', 'statement to', 'comments to', 'speaking to', 'speaking with', 'talking to',
  'told', 'telling', 'interview on', 'appearance on', 'writing in', 'op-ed in', 'column in', 'article in',
];

/** Capitalised words that head a line ("Update: …") and are therefore no speaker of a colon attribution. */
// biome-ignore format: a compact word list
export const COLON_NON_SPEAKERS: readonly string[] = [
  'update', 'updated', 'note', 'editor', 'editors', 'photo', 'photos', 'video', 'watch', 'read', 'related',
  'see', 'source', 'sources', 'correction', 'breaking', 'exclusive', 'analysis', 'opinion', 'live',
  'background', 'warning', 'caption', 'credit', 'q', 'a', 'question', 'answer', 'disclosure', 'advertisement',
  'listen', 'more', 'also', 'why', 'what', 'how', 'when', 'where', 'who', 'the', 'this', 'here', 'today',
  'tuesday', 'monday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'bottom line', 'takeaway',
  'example', 'step', 'part', 'chapter', 'tip', 'pro tip', 'fact', 'reality', 'claim', 'verdict', 'rating',
  'result',
];

/** Adjuncts allowed after a final "X said" before the sentence end ("X said on Friday", "X said in a statement"). */
// biome-ignore format: a compact word list
export const TRAILING_ADJUNCT_HEADS: readonly string[] = [
  'on', 'in', 'at', 'during', 'after', 'before', 'last', 'this', 'earlier', 'later', 'yesterday', 'today',
  'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'recently', 'told',
  'via', 'through', 'when', 'while', 'to', 'of', 'according', 'speaking', 'adding', 'in',
];

/** Words that cannot sit in a loose subject ("Experts on North Korea and nuclear arms said"): verbs, clause words. */
// biome-ignore format: a compact word list
export const LOOSE_SUBJECT_BLOCKERS: readonly string[] = [
  'who', 'whom', 'which', 'that', 'when', 'where', 'because', 'if', 'is', 'are', 'was', 'were', 'be', 'been',
  'being', 'would', 'will', 'can', 'could', 'should', 'not', 'do', 'does', 'did', 'he', 'she', 'they', 'it', 'i',
  'we', 'you', 'while', 'as', 'than', 'whether', 'this', 'there', 'here', 'what', 'how', 'why', 'but', 'so',
  'yet', 'or', 'nor', 'although', 'though', 'after', 'before', 'since', 'until', 'once', 'unless', 'to',
];

/** Words opening an introductory phrase skipped before a loose subject ("In a statement, …"). */
// biome-ignore format: a compact word list
export const INTRO_WORDS: readonly string[] = [
  'in', 'on', 'at', 'during', 'after', 'before', 'since', 'from', 'with', 'for', 'by', 'earlier', 'later',
  'last', 'this', 'speaking', 'asked', 'and', 'but', 'meanwhile', 'separately', 'still', 'yet', 'also', 'now',
];
