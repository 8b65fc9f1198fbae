/**
 * @module stories/origins
 * Copies and origins: exact and near-duplicate articles and syndicated wire copies grouped into one Origin
 * (`groupOrigins`, `OriginIndex`), wire cues (`findWireCues`), and same-outlet recognition from shared page
 * chrome (`sameOutletByTemplate`). Re-exports only.
 */
export {
  BANDS,
  estimateJaccard,
  type Fingerprint,
  fingerprint,
  normaliseTokens,
  type Overlap,
  overlap,
  PERMUTATIONS,
  SHINGLE_SIZE,
} from './fingerprint.js';
export { compareMembers, dateKey } from './member-order.js';
export { LINK_THRESHOLDS } from './origins.data.js';
export {
  decideLink,
  FULL_EVIDENCE_SIZE,
  groupOrigins,
  type LinkDecision,
  type Origin,
  type OriginEvidence,
  OriginIndex,
  type OriginInput,
  type OriginKind,
  originIdFor,
} from './origins.js';
export {
  chromeLines,
  groupByTemplate,
  MIN_COVERAGE,
  normaliseChrome,
  SAME_SCORE,
  sameOutletByTemplate,
  type TemplateInput,
  type TemplateMatch,
  type TemplateStats,
  templateStats,
} from './outlet-template.js';
export { agencyKey, findWireCues, resolveAgency, type WireCue, type WireCueKind, type WireCues } from './wire.js';
