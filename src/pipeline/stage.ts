/**
 * @module pipeline/stage
 * What a stage is: a named, versioned, pure function from input records to output records,
 * declaring what it requires and provides (checked by pipeline/check.ts).
 */
import type { MessageLog } from '../core/message.js';

export interface StageContext {
  readonly log: MessageLog;
  /** The reference "now" for plausibility checks; stages never read the clock themselves. */
  readonly now: Date;
}

export interface Stage<I, O> {
  readonly name: string;
  readonly version: string;
  readonly requires: readonly string[];
  readonly provides: readonly string[];
  run(input: I, ctx: StageContext): O;
}

export function defineStage<I, O>(stage: Stage<I, O>): Stage<I, O> {
  return Object.freeze(stage);
}
