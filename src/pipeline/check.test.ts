import { describe, expect, it } from 'vitest';
import { checkPipeline } from './check.js';
import { PIPELINE_INPUTS, STAGES } from './stages.js';

const stage = (name: string, requires: string[], provides: string[]) => ({ name, version: '1', requires, provides });

describe('pipeline check', () => {
  it('check: the shipped pipeline is wired correctly', () => {
    expect(checkPipeline(STAGES, PIPELINE_INPUTS)).toEqual([]);
  });

  it('check: reports a requirement no earlier stage provides, and a repeated name', () => {
    const problems = checkPipeline(
      [stage('a', ['capture'], ['article']), stage('b', ['story'], ['brief']), stage('a', ['article'], [])],
      ['capture'],
    );
    expect(problems).toEqual([
      { stage: 'b', reason: 'requires "story", which no earlier stage provides' },
      { stage: 'a', reason: 'another stage has the same name' },
    ]);
  });

  it('check: order matters — a stage may not use what a later one provides', () => {
    const problems = checkPipeline(
      [stage('late', ['article'], []), stage('extract', ['capture'], ['article'])],
      ['capture'],
    );
    expect(problems.map((p) => p.stage)).toEqual(['late']);
  });
});
