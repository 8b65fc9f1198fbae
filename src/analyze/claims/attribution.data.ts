/**
 * @module analyze/claims/attribution.data
 * Word lists for who asserts a claim: research nouns (a study, a survey), document nouns (the document, the
 * strategy), the verbs that report their findings, and the marks of a traceable source (title, author, link).
 */

// biome-ignore format: compact lexicon
export const STUDY_NOUNS: readonly string[] = [
  'study', 'studies', 'survey', 'surveys', 'poll', 'polls', 'research', 'analysis', 'report', 'review',
  'estimate', 'estimates', 'paper', 'researchers', 'scientists', 'experts', 'data', 'figures', 'statistics',
  'census', 'audit', 'assessment', 'investigation', 'index',
];

// biome-ignore format: compact lexicon
export const DOCUMENT_NOUNS: readonly string[] = [
  'document', 'strategy', 'statement', 'memo', 'memorandum', 'resolution', 'agreement', 'treaty', 'law', 'bill',
  'text', 'communique', 'communiqué', 'declaration', 'decree', 'order', 'letter', 'indictment', 'filing',
  'complaint', 'ruling', 'judgment', 'charter', 'constitution', 'plan', 'proposal', 'draft', 'guidelines',
];

// biome-ignore format: compact lexicon
export const FINDING_VERBS: readonly string[] = [
  'found', 'finds', 'find', 'shows', 'show', 'showed', 'shown', 'suggests', 'suggest', 'suggested', 'says', 'said',
  'estimated', 'estimates', 'estimate', 'indicates', 'indicate', 'indicated', 'concluded', 'concludes', 'reveals',
  'revealed', 'states', 'stated', 'notes', 'noted', 'reads', 'warns', 'warned', 'claims', 'claimed', 'describes',
  'described', 'calls', 'called', 'outlines', 'outlined', 'argues', 'argued', 'predicts', 'predicted', 'reported',
];
