/**
 * @module pipeline/check
 * Verifies the pipeline's wiring: every stage's `requires` must be provided by the pipeline's inputs
 * or an earlier stage, and no two stages may share a name (spaCy's analyze_pipes).
 */
export interface StageShape {
  readonly name: string;
  readonly version: string;
  readonly requires: readonly string[];
  readonly provides: readonly string[];
}

export interface PipelineProblem {
  readonly stage: string;
  readonly reason: string;
}

export function checkPipeline(stages: readonly StageShape[], inputs: readonly string[]): PipelineProblem[] {
  const problems: PipelineProblem[] = [];
  const available = new Set(inputs);
  const names = new Set<string>();
  for (const stage of stages) {
    if (names.has(stage.name)) problems.push({ stage: stage.name, reason: 'another stage has the same name' });
    names.add(stage.name);
    for (const need of stage.requires) {
      if (!available.has(need))
        problems.push({ stage: stage.name, reason: `requires "${need}", which no earlier stage provides` });
    }
    for (const given of stage.provides) available.add(given);
  }
  return problems;
}
