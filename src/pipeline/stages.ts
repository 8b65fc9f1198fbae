/**
 * @module pipeline/stages
 * The pipeline's stages in order. Adding a stage means adding it here; `check.ts` verifies that
 * every stage's requirements are provided by the inputs or an earlier stage.
 */
import { analyze } from '../analyze/index.js';
import { brief } from '../brief/index.js';
import { extract } from '../extract/index.js';
import { stories } from '../stories/index.js';
import { verify } from '../verify/index.js';

/** What ingest itself provides before any stage runs. */
export const PIPELINE_INPUTS = ['capture'] as const;

export const STAGES = [extract, analyze, stories, verify, brief] as const;
