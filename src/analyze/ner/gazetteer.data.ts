/**
 * @module analyze/ner/gazetteer.data
 * Small hand-written cue lists for the NER tagger's gazetteer features (lower-case words).
 * These are features, not rules: the model learns how far to trust each one.
 */

/** Titles and honorifics that tend to precede a person's name. */
// biome-ignore format: a word list reads better packed
export const HONORIFICS: readonly string[] = [
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof', 'prof.', 'sir', 'dame', 'lord', 'lady', 'sen.',
  'rep.', 'gen.', 'col.', 'lt.', 'sgt.', 'capt.', 'gov.', 'rev.', 'president', 'minister', 'premier', 'chancellor',
  'king', 'queen', 'prince', 'princess', 'sheikh', 'emir', 'sultan', 'pope', 'cardinal', 'bishop', 'imam',
  'ayatollah', 'general', 'colonel', 'captain', 'commander', 'governor', 'mayor', 'senator', 'judge', 'justice',
  'ambassador', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson', 'secretary', 'chairman', 'chairwoman', 'chair',
  'director', 'ceo', 'chief', 'leader', 'deputy', 'officer', 'inspector', 'professor', 'coach', 'striker', 'actor',
  'actress', 'singer', 'author', 'writer', 'journalist', 'lawyer', 'activist', 'mp', 'mla', 'councillor', 'lawmaker',
  'dictator', 'mrs', 'hon', 'hon.', 'honourable', 'datuk', 'tan', 'sri',
];

/** Head words of organisation names ("Foreign Ministry", "Acme Inc."). */
// biome-ignore format: a word list reads better packed
export const ORG_WORDS: readonly string[] = [
  'ministry', 'council', 'inc', 'inc.', 'ltd', 'ltd.', 'corp', 'corp.', 'co.', 'plc', 'llc', 'gmbh', 'ag', 'sa',
  'corporation', 'company', 'agency', 'university', 'college', 'institute', 'institution', 'association', 'party',
  'bank', 'commission', 'committee', 'union', 'federation', 'organisation', 'organization', 'department',
  'authority', 'court', 'parliament', 'assembly', 'group', 'foundation', 'society', 'club', 'fc', 'league', 'army',
  'police', 'forces', 'force', 'navy', 'news', 'times', 'post', 'press', 'tribune', 'herald', 'gazette', 'airlines',
  'airways', 'holdings', 'board', 'office', 'bureau', 'centre', 'center', 'school', 'academy', 'hospital', 'church',
  'network', 'service', 'services', 'fund', 'trust', 'alliance', 'front', 'movement', 'congress', 'senate',
  'cabinet', 'government', 'brigade', 'tribunal', 'commission', 'secretariat', 'chamber', 'cooperative',
  'industries', 'group', 'bancorp', 'telecom', 'records', 'band', 'team', 'united', 'rovers', 'city', 'television',
  'radio', 'channel', 'daily', 'journal', 'magazine',
];

/** More organisation head words, for post-processing only (the tagger's features use ORG_WORDS). */
// biome-ignore format: a word list reads better packed
export const MORE_ORG_WORDS: readonly string[] = [
  'charity', 'ministries', 'directorate', 'agencies', 'companies', 'institutes', 'universities', 'consortium',
  'coalition', 'syndicate',
];

/** Words that make or signal a place name ("Lake Victoria", "the province of …"). */
// biome-ignore format: a word list reads better packed
export const PLACE_WORDS: readonly string[] = [
  'city', 'province', 'state', 'county', 'district', 'region', 'river', 'lake', 'mountain', 'mountains', 'mount',
  'mt.', 'island', 'islands', 'valley', 'street', 'road', 'avenue', 'square', 'airport', 'port', 'bay', 'sea',
  'ocean', 'gulf', 'desert', 'village', 'town', 'capital', 'kingdom', 'republic', 'peninsula', 'coast', 'strait',
  'canal', 'park', 'hills', 'plateau', 'delta', 'north', 'south', 'east', 'west', 'central', 'northern', 'southern',
  'eastern', 'western', 'border', 'prefecture', 'municipality', 'township', 'emirate',
];

/** Prepositions that often precede a place ("in Moscow", "from Accra"). */
// biome-ignore format: a word list reads better packed
export const PLACE_PREPOSITIONS: readonly string[] = [
  'in', 'at', 'from', 'to', 'near', 'across', 'across', 'towards', 'outside', 'inside',
];

/** Verbs of saying that follow a speaker ("Peskov said"). */
// biome-ignore format: a word list reads better packed
export const SPEECH_VERBS: readonly string[] = [
  'said', 'says', 'told', 'added', 'stated', 'noted', 'announced', 'explained', 'claimed', 'warned', 'urged',
  'argued', 'insisted', 'replied', 'wrote', 'tweeted', 'asked', 'stressed', 'emphasised', 'emphasized',
];

/** Continents, world regions and seas the knowledge base does not list (gazetteer type 'place'). */
// biome-ignore format: a word list reads better packed
export const REGIONS: readonly string[] = [
  'africa', 'asia', 'europe', 'america', 'north america', 'south america', 'latin america', 'central america',
  'oceania', 'antarctica', 'the arctic', 'arctic', 'middle east', 'the middle east', 'near east', 'far east',
  'central asia', 'south asia', 'southeast asia', 'east asia', 'west africa', 'east africa', 'north africa',
  'southern africa', 'sub-saharan africa', 'horn of africa', 'sahel', 'the sahel', 'maghreb', 'balkans', 'caribbean',
  'the caribbean', 'pacific', 'the pacific', 'atlantic', 'the atlantic', 'mediterranean', 'the gulf', 'persian gulf',
  'arabian peninsula', 'red sea', 'black sea', 'south china sea', 'indian ocean', 'scandinavia', 'siberia',
  'kashmir', 'gaza', 'gaza strip', 'west bank', 'crimea', 'donbas', 'patagonia', 'amazon', 'himalayas',
  'gulf of aden', 'strait of hormuz', 'eurasia', 'indo-pacific',
];

/** Religious, ethnic and regional group words (gazetteer type 'demonym': CoNLL MISC / OntoNotes NORP). */
// biome-ignore format: a word list reads better packed
export const GROUP_WORDS: readonly string[] = [
  'muslim', 'muslims', 'christian', 'christians', 'islamic', 'jewish', 'jews', 'jew', 'hindu', 'hindus', 'buddhist',
  'buddhists', 'catholic', 'catholics', 'protestant', 'orthodox', 'sunni', 'sunnis', 'shia', 'shiite', 'shiites',
  'arab', 'arabs', 'arabic', 'western', 'african', 'africans', 'asian', 'asians', 'european', 'europeans',
  'latin american', 'kurdish', 'kurds', 'palestinian', 'palestinians', 'israeli', 'israelis', 'persian', 'pashtun',
  'tamil', 'sikh', 'sikhs', 'maori', 'inuit', 'aboriginal', 'berber', 'hispanic', 'caribbean', 'pan-african',
  'uyghur', 'uighur', 'tibetan', 'rohingya', 'yoruba', 'igbo', 'hausa', 'zulu', 'xhosa', 'amhara', 'oromo',
  'tigrayan', 'somali', 'bedouin', 'druze', 'alawite', 'coptic', 'democrat', 'democrats', 'republican',
  'republicans', 'communist', 'communists', 'socialist', 'marxist',
];

/** Day and month names: capitalised, but never a named entity on their own (CoNLL, OntoNotes: dates). */
// biome-ignore format: a word list reads better packed
export const CALENDAR_WORDS: readonly string[] = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan.', 'feb.', 'mar.', 'apr.',
  'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.', 'feb', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec',
];

/** Title words beyond HONORIFICS that may head a name in running text ("Prime Minister", "Brig", "Rep."). */
// biome-ignore format: a word list reads better packed
export const TITLE_WORDS: readonly string[] = [
  'prime', 'vice', 'acting', 'interim', 'former', 'late', 'brig', 'brig.', 'gen', 'maj', 'maj.', 'capt', 'col', 'lt',
  'sgt', 'cpl', 'adm', 'adm.', 'cmdr', 'rep', 'sen', 'gov', 'rev', 'fr', 'fr.', 'supt', 'insp', 'parliamentarian',
  'counsel', 'aunty', 'auntie', 'uncle', 'pastor', 'father', 'head', 'president-elect', 'vice-president', 'marshal',
  'lieutenant', 'sergeant', 'major', 'admiral', 'superintendent', 'constable', 'magistrate', 'attorney', 'premier',
  'councilor', 'congressman', 'congresswoman', 'congressmember', 'assemblyman', 'assemblywoman', 'senior',
  'madam', 'madame', 'miss', 'mx', 'mx.', 'dr', 'prof', 'hon', 'rt', 'rt.', 'excellency', 'mufti',
  'rabbi', 'archbishop', 'patriarch', 'crown', 'grand', 'ayatollah', 'shaikh', 'sheik', 'chief', 'executive',
];

/** Honorifics that mark what follows as a person whatever the tagger said ("Ms Downes"). */
// biome-ignore format: a word list reads better packed
export const PERSONAL_HONORIFICS: readonly string[] = [
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'miss', 'mx', 'mx.', 'madam', 'madame', 'sir', 'dame',
  'prof', 'prof.',
];

/** Currency symbols: a country abbreviation right before one is part of a money amount ("US $ 5"), not a place. */
export const CURRENCY_SYMBOLS: readonly string[] = ['$', '€', '£', '¥', '₹', '₦', '₩', '₱', '₪', '₺', '₽', '₫', '฿'];

/** Head words of names of laws, agreements, events, awards and programmes (CoNLL MISC: "Criminal Code", "Afro
 * Nation Festival", "Paris Agreement"), for features. */
// biome-ignore format: a word list reads better packed
export const MISC_WORDS: readonly string[] = [
  'act', 'code', 'law', 'bill', 'treaty', 'agreement', 'accord', 'accords', 'convention', 'charter', 'protocol',
  'declaration', 'constitution', 'amendment', 'directive', 'regulations', 'ordinance', 'decree', 'festival',
  'awards', 'award', 'prize', 'games', 'cup', 'championship', 'championships', 'olympics', 'week', 'summit',
  'expo', 'fair', 'marathon', 'tournament', 'war', 'revolution', 'uprising', 'plan',
  'strategy', 'framework', 'programme', 'program', 'vision', 'doctrine', 'index', 'report', 'album', 'song',
  'novel', 'film', 'series', 'day', 'month', 'year', 'decade', 'policy', 'scheme',
];

/** The MISC_WORDS that settle a name's type when they head it: laws, agreements and events, never bodies. */
// biome-ignore format: a word list reads better packed
export const MISC_HEADS: readonly string[] = [
  'act', 'code', 'law', 'treaty', 'agreement', 'accord', 'accords', 'convention', 'charter', 'protocol',
  'declaration', 'constitution', 'amendment', 'directive', 'regulations', 'ordinance', 'decree', 'festival',
  'awards', 'games', 'cup', 'championship', 'championships', 'olympics', 'summit', 'expo', 'award', 'prize', 'plan',
  'day', 'week', 'month', 'tournament', 'marathon',
];
