/**
 * @module analyze/coref/coref.data
 * Word lists for role phrases and pronouns: which knowledge-base title phrases are never taken as a role
 * mention, the words that stop a role phrase from naming today's office-holder ("former", "a", "his"), the
 * gender cues of titles and role nouns, the pronouns handled and the words that open a clause. Lower case;
 * title phrases in `normaliseName` form (as in kb/roles.data.ts).
 */

/** Title phrases of kb/roles.data.ts not taken as role mentions: plurals, abbreviations, figures of speech. */
// biome-ignore format: a compact word list
export const EXCLUDED_TITLES: readonly string[] = [
  'presidents', 'prime ministers', 'vice presidents', 'spokespeople', 'spokesmen', 'pm', 'vp', 'mouthpiece',
  'aide', 'adviser', 'advisor', 'senior adviser', 'envoy', 'special envoy',
];

/** Offices with one holder in the world: named by the bare title ("the pope") without a country. */
export const UNIQUE_OFFICES: readonly string[] = ['pope'];

/** Office keys whose title ("leader", "chief", "head") names a holder only with a body ("the NATO chief"). */
export const BODY_ONLY_OFFICES: readonly string[] = ['head'];

/** Words right before a role phrase that make it someone other than today's holder, or no one in particular. */
// biome-ignore format: a compact word list
export const ROLE_BLOCKERS: readonly string[] = [
  'former', 'ex', 'late', 'then', 'acting', 'interim', 'outgoing', 'incoming', 'future', 'next', 'previous',
  'past', 'new', 'deputy', 'vice', 'assistant', 'junior', 'senior', 'first', 'second', 'would-be', 'elected',
  'designate', 'caretaker', 'temporary', 'successive', 'several', 'other', 'another', 'rival', 'shadow',
  'a', 'an', 'one', 'each', 'every', 'any', 'no', 'some', 'many', 'two', 'three', 'both', 'all', 'whose', 'which',
  'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'such', 'what',
];

/** Of the blockers, those that still let an apposed role ("Peskov, a Kremlin spokesman") name the office. */
export const INDEFINITES: readonly string[] = ['a', 'an', 'one'];

/** Restrictive relatives: "the spokesman who delivered these remarks" introduces someone, it does not refer back. */
export const RESTRICTIVE: readonly string[] = ['who', 'whom', 'whose', 'that', 'which'];

/** Words that extend a role phrase with its body to the right ("spokesman for the Kremlin"). */
export const RIGHT_LINKS: readonly string[] = ['of', 'for'];

/** Words after which a role phrase may go without "the" ("said Kremlin spokesman …", "according to …"). */
// biome-ignore format: a compact word list
export const BARE_ROLE_AFTER: readonly string[] = [
  'said', 'says', 'told', 'to', 'by', 'with', 'from', 'and', 'but', 'that', 'as', 'while', 'for', 'of', 'on', 'in',
  'at', 'when', 'after', 'before', 'if', 'because', 'added', 'warned', 'stressed', 'insisted', 'wrote',
];

export type Gender = 'm' | 'f';

/** Title words before a name ("Mr", "Mrs.", "Sir") and their gender. Dots are stripped before lookup. */
export const TITLE_GENDER: Readonly<Record<string, Gender>> = {
  mr: 'm',
  mister: 'm',
  sir: 'm',
  lord: 'm',
  king: 'm',
  prince: 'm',
  duke: 'm',
  monsieur: 'm',
  herr: 'm',
  mrs: 'f',
  ms: 'f',
  miss: 'f',
  madam: 'f',
  madame: 'f',
  mme: 'f',
  dame: 'f',
  lady: 'f',
  queen: 'f',
  princess: 'f',
  duchess: 'f',
};

/** Titles before a name that say nothing of gender ("Representative Brooks", "Sen. Cruz"). Dots are stripped. */
// biome-ignore format: a compact word list
export const NAME_TITLES: readonly string[] = [
  'representative', 'rep', 'senator', 'sen', 'governor', 'gov', 'judge', 'justice', 'dr', 'prof', 'professor',
  'general', 'gen', 'president', 'secretary', 'minister', 'mayor', 'ambassador', 'chairman', 'chairwoman',
  'commissioner', 'director', 'officer', 'sgt', 'lt', 'col', 'capt', 'adm', 'rev', 'sheikh', 'ayatollah',
];

/** Role nouns that say the holder's gender ("spokeswoman Maria Zakharova", "Peskov, the Kremlin spokesman"). */
export const ROLE_NOUN_GENDER: Readonly<Record<string, Gender>> = {
  spokesman: 'm',
  chairman: 'm',
  congressman: 'm',
  councilman: 'm',
  businessman: 'm',
  assemblyman: 'm',
  anchorman: 'm',
  frontman: 'm',
  king: 'm',
  prince: 'm',
  spokeswoman: 'f',
  chairwoman: 'f',
  congresswoman: 'f',
  councilwoman: 'f',
  businesswoman: 'f',
  assemblywoman: 'f',
  anchorwoman: 'f',
  queen: 'f',
  princess: 'f',
};

/** Kin nouns that say the gender of the person named next to them ("her husband, Milton Berg"). */
export const KIN_GENDER: Readonly<Record<string, Gender>> = {
  husband: 'm',
  widower: 'm',
  father: 'm',
  son: 'm',
  brother: 'm',
  grandson: 'm',
  grandfather: 'm',
  uncle: 'm',
  nephew: 'm',
  boyfriend: 'm',
  wife: 'f',
  widow: 'f',
  mother: 'f',
  daughter: 'f',
  sister: 'f',
  granddaughter: 'f',
  grandmother: 'f',
  aunt: 'f',
  niece: 'f',
  girlfriend: 'f',
};

/**
 * Pronouns handled. `gender` undefined = a group (organisations and countries only); `possessive` forms and
 * "her" count only at the start of a sentence or clause (elsewhere "her" is mostly an object).
 */
export const PRONOUNS: Readonly<Record<string, { gender?: Gender; possessive: boolean }>> = {
  he: { gender: 'm', possessive: false },
  she: { gender: 'f', possessive: false },
  his: { gender: 'm', possessive: true },
  her: { gender: 'f', possessive: true },
  they: { possessive: false },
  their: { possessive: true },
};

/** Words after which a pronoun opens a clause ("…, but she said", "said that his ministry …"). */
// biome-ignore format: a compact word list
export const CLAUSE_OPENERS: readonly string[] = [
  'and', 'but', 'while', 'whereas', 'as', 'because', 'when', 'after', 'before', 'that', 'although', 'though',
  'since', 'if', 'so', 'until', 'once', 'where', 'yet', 'or', 'then', 'adding', 'saying', 'noting', 'said', 'says',
  'added', 'warned', 'stressed', 'insisted', 'announced', 'argued', ',', ';', ':', '—', '–',
];

/** Verbs of saying and thinking (besides text/abbreviations' reporting verbs) after a name the tagger missed. */
// biome-ignore format: a compact word list
export const SPEAKER_VERBS: readonly string[] = [
  'hopes', 'hoped', 'believes', 'believed', 'thinks', 'thought', 'wants', 'wanted', 'feared', 'expects',
  'expected', 'knows', 'knew', 'argues', 'claimed', 'insists', 'predicted', 'predicts', 'admitted', 'admits',
  'denied', 'denies', 'agreed', 'agrees', 'urged', 'urges', 'announced',
];

/** Capitalised words that are not names: not taken for a person the tagger missed ("the March states"). */
// biome-ignore format: a compact word list
export const NOT_NAMES: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'god', 'it', 'this',
  'that', 'what', 'nobody', 'everyone', 'someone', 'everybody', 'somebody', 'one', 'who',
];

/** Sentence openers of a subordinate clause: a pronoun in it may point forward ("After he landed, Putin …"). */
// biome-ignore format: a compact word list
export const SUBORDINATORS: readonly string[] = [
  'after', 'before', 'when', 'while', 'as', 'although', 'though', 'since', 'if', 'once', 'because', 'until',
  'whenever', 'unless', 'despite', 'given', 'upon',
];

/** Nouns for one person: "the chairman", "the senator" is someone a later "he" may mean, named or not. */
// biome-ignore format: a compact word list
export const PERSON_NOUNS: readonly string[] = [
  'chairman', 'chairwoman', 'chair', 'senator', 'congressman', 'congresswoman', 'lawmaker', 'governor', 'mayor',
  'candidate', 'nominee', 'official', 'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'president',
  'leader', 'judge', 'justice', 'ambassador', 'envoy', 'lawyer', 'attorney', 'prosecutor', 'general', 'commander',
  'chief', 'director', 'secretary', 'businessman', 'businesswoman', 'man', 'woman', 'boy', 'girl', 'father',
  'mother', 'husband', 'wife', 'son', 'daughter', 'brother', 'sister', 'author', 'reporter', 'journalist',
  'officer', 'suspect', 'victim', 'driver', 'pilot', 'king', 'queen', 'prince', 'princess', 'pope', 'chancellor',
  'premier', 'aide', 'adviser', 'advisor', 'founder', 'owner', 'executive', 'ceo', 'host', 'actor', 'actress',
  'singer', 'player', 'coach', 'doctor', 'professor', 'activist', 'critic', 'voter', 'resident', 'witness',
];

/** Plural nouns for groups of people: a "they" near one of them may mean them, not an organisation. */
// biome-ignore format: a compact word list
export const GROUP_NOUNS: readonly string[] = [
  'officials', 'leaders', 'ministers', 'diplomats', 'lawmakers', 'legislators', 'politicians', 'protesters',
  'demonstrators', 'analysts', 'experts', 'residents', 'people', 'troops', 'soldiers', 'forces', 'rebels',
  'militants', 'fighters', 'police', 'officers', 'investigators', 'authorities', 'negotiators', 'delegates',
  'representatives', 'members', 'voters', 'citizens', 'workers', 'employees', 'staff', 'students', 'critics',
  'supporters', 'activists', 'observers', 'inspectors', 'prosecutors', 'judges', 'lawyers', 'doctors',
  'journalists', 'reporters', 'witnesses', 'survivors', 'victims', 'families', 'farmers', 'executives', 'investors',
  'sources', 'aides', 'advisers', 'spokesmen', 'spokespeople', 'sides', 'parties', 'countries', 'nations',
  'governments', 'allies', 'partners', 'states', 'both', 'others', 'men', 'women', 'children', 'refugees',
  'migrants', 'pilots', 'crew', 'scientists', 'researchers', 'economists', 'democrats', 'republicans', 'anyone',
  'anybody', 'everyone', 'everybody', 'someone', 'somebody', 'those', 'many', 'some', 'few', 'most', 'each',
];

/** Words in -s that are not plurals: they do not stop a "they" from meaning an organisation. */
// biome-ignore format: a compact word list
export const NOT_PLURAL: readonly string[] = [
  'this', 'thus', 'always', 'perhaps', 'whereas', 'news', 'series', 'politics', 'economics', 'various', 'across',
  'unless', 'besides', 'sometimes', 'afterwards', 'towards', 'upwards', 'nevertheless', 'regardless', 'does',
  'has', 'was', 'its', 'yes', 'lens', 'means', 'species', 'headquarters', 'wednesday', 'tuesday', 'thursday',
];
