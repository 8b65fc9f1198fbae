/**
 * @module brief/numbers.data
 * What the numbers table keeps and how much of it the renderings show.
 */
import type { ClaimKind } from '../analyze/claims/index.js';
import type { FindingStatus } from '../verify/types.js';

export const NUMBERS = {
  /** Claim kinds that can make a row. */
  kinds: new Set<ClaimKind>(['count', 'percent', 'money', 'quantity', 'rank', 'duration']),
  /** Kinds that make a row on their own (check-worthy figures); a duration needs a notable finding. */
  figures: new Set<ClaimKind>(['count', 'percent', 'money', 'quantity', 'rank']),
  /** Kinds whose unit is part of the value ("10 km" ≠ "10 mm"); a count's unit is the noun it counts. */
  unitKinds: new Set<ClaimKind>(['quantity', 'money', 'percent', 'duration']),
  /** Finding statuses that put any claim of the kinds above in the table. */
  notable: new Set<FindingStatus>(['contradicted', 'unclear', 'corroborated']),
  /** A figure below this check-worthiness stays out unless a notable finding holds it. */
  minCheckWorthy: 0.6,
  /** Unit-less counts below this refer back ("the two countries") rather than report. */
  minBareCount: 3,
  /** Other values named in a contradicted row's note. */
  maxOthers: 2,
  /** Rows the Markdown and HTML show (the JSON keeps all). */
  shown: 20,
} as const;
