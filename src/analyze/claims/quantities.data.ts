/**
 * @module analyze/claims/quantities.data
 * Word lists for reading what a number counts: words that end the counted noun phrase (verbs, prepositions,
 * conjunctions), and words that are never the counted noun.
 */

/** Words that end the counted noun phrase after a number ("640 people | were injured"). */
// biome-ignore format: compact lexicon
export const COUNTED_STOP: readonly string[] = [
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'as',
  'than', 'that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'if', 'is', 'are', 'was', 'were', 'be',
  'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'may', 'might',
  'shall', 'should', 'must', 'said', 'says', 'say', 'according', 'into', 'over', 'under', 'after', 'before',
  'since', 'during', 'about', 'across', 'this', 'these', 'those', 'it', 'its', 'they', 'their', 'he', 'she', 'we',
  'you', 'i', 'his', 'her', 'our', 'per', 'each', 'apiece', 'more', 'less', 'fewer', 'ago', 'or', 'so', 'yet',
  'last', 'next', 'also', 'still', 'already', 'now', 'then', 'there', 'here', 'not', 'only', 'up', 'down', 'out',
  'times', 'percent', 'cent', 'killed', 'died', 'injured', 'wounded', 'dead', 'arrested', 'missing', 'displaced',
  'left', 'remain', 'remained', 'remains', 'including', 'among', 'between', 'against', 'through', 'without',
  'within', 'toward', 'towards', 'around', 'near', 'off', 'again', 'because', 'until', 'whether', 'all', 'both',
  'long', 'wide', 'high', 'deep', 'tall', 'old', 'away', 'apart', 'ahead', 'behind', 'later', 'earlier',
  // irregular past tenses: the noun phrase has ended ("a magnitude 6.4 quake | struck")
  'struck', 'hit', 'took', 'made', 'came', 'went', 'saw', 'gave', 'got', 'fell', 'rose', 'grew', 'won', 'lost',
  'fled', 'met', 'held', 'sent', 'spent', 'paid', 'built', 'told', 'began', 'brought', 'bought', 'fought', 'caught',
  'thought', 'found', 'kept', 'led', 'ran', 'sat', 'stood', 'wrote', 'chose', 'drove', 'broke', 'spoke', 'shot',
  'sold', 'became', 'knew', 'felt', 'put', 'set', 'cut', 'let', 'is', 'remain', 'face', 'faced', 'live', 'lived',
];

/** Words that describe an outcome and so give the property of a count ("people were injured" → injured). */
// biome-ignore format: compact lexicon
export const OUTCOME_PROPERTIES: Readonly<Record<string, string>> = {
  killed: 'deaths', dead: 'deaths', died: 'deaths', deaths: 'deaths', death: 'deaths', fatalities: 'deaths',
  'death toll': 'deaths', lives: 'deaths', injured: 'injured', wounded: 'injured', hurt: 'injured',
  injuries: 'injured', arrested: 'arrests', detained: 'arrests', arrests: 'arrests', missing: 'missing',
  displaced: 'displaced', evacuated: 'evacuated', refugees: 'displaced', rescued: 'rescued',
  hostages: 'hostages', prisoners: 'prisoners', captured: 'captured', homeless: 'homeless',
};

/** Linking verbs between a subject and its number ("the death toll rose to 640", "the document is 29 pages"). */
// biome-ignore format: compact lexicon
export const LINKING_VERBS: readonly string[] = [
  'is', 'was', 'are', 'were', 'stood', 'stands', 'rose', 'risen', 'climbed', 'reached', 'hit', 'fell', 'dropped',
  'increased', 'decreased', 'grew', 'totalled', 'totaled', 'totals', 'topped', 'exceeded', 'jumped', 'soared',
  'declined', 'amounted', 'amounts', 'runs', 'ran', 'numbered', 'numbers', 'has', 'had', 'have', 'includes',
  'included', 'contains', 'contained', 'spans', 'spanned', 'cost', 'costs', 'valued', 'worth', 'reaches',
  'consists', 'consisted', 'comprises', 'comprised', 'run', 'running',
];

/** Units that measure a document's size: "a 29-page report", "the accord consists of 14 articles". */
// biome-ignore format: compact lexicon
export const DOCUMENT_UNITS: Readonly<Record<string, string>> = {
  page: 'pages', pages: 'pages', article: 'articles', articles: 'articles', clause: 'clauses', clauses: 'clauses',
  chapter: 'chapters', chapters: 'chapters', annex: 'annexes', annexes: 'annexes', section: 'sections',
  sections: 'sections', paragraph: 'paragraphs', paragraphs: 'paragraphs', point: 'points', points: 'points',
};

/** Nouns of a document: a size in DOCUMENT_UNITS is that document's length only when the subject is one of these. */
// biome-ignore format: compact lexicon
export const DOCUMENT_NOUNS: readonly string[] = [
  'document', 'strategy', 'report', 'plan', 'paper', 'text', 'bill', 'law', 'memo', 'memorandum', 'proposal',
  'treaty', 'agreement', 'accord', 'deal', 'pact', 'charter', 'convention', 'protocol', 'declaration', 'review',
  'dossier', 'manifesto', 'study', 'statement', 'communique', 'framework', 'doctrine', 'letter', 'indictment',
  'ruling', 'judgment', 'draft', 'policy', 'constitution', 'resolution', 'ceasefire', 'truce', 'roadmap',
];

/** Words after a count that make it part of an earlier one ("640 injured, 71 of them seriously"). */
export const PART_AFTER = /^\s*(?:of\s+(?:them|whom|those|these|which)|davon|darunter)\b/iu;
/** Words before a count that make it part of an earlier one ("640 injured, of whom 71 …", "including 71"). */
export const PART_BEFORE = /\b(?:of\s+(?:whom|which|them|those)|including|among\s+them)\s*,?\s*$/iu;

/** Words between a counted noun and its outcome ("112 people have been confirmed dead"). */
// biome-ignore format: compact lexicon
export const OUTCOME_FILLERS: readonly string[] = [
  'have', 'has', 'had', 'been', 'were', 'was', 'are', 'is', 'be', 'being', 'confirmed', 'reported', 'reportedly',
  'officially', 'now', 'so', 'far', 'feared', 'believed', 'known', 'to', 'later', 'since', 'already', 'said',
];
