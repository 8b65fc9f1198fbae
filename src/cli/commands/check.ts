/**
 * @module cli/commands/check
 * `triangulate check` — verifies the pipeline's wiring and that the store opens and is migrated.
 */
import { checkPipeline } from '../../pipeline/check.js';
import { PIPELINE_INPUTS, STAGES } from '../../pipeline/stages.js';
import type { Store } from '../../store/store.js';
import { type Io, printJson } from '../output.js';

export async function runCheck(store: Store, options: { json?: boolean }, io: Io): Promise<number> {
  const problems = checkPipeline(STAGES, PIPELINE_INPUTS);
  const report = {
    stages: STAGES.map((s) => ({ name: s.name, version: s.version, requires: s.requires, provides: s.provides })),
    problems,
    store: { dialect: store.dialect, articles: await store.countArticles() },
  };
  if (options.json) printJson(io, report);
  else {
    for (const s of report.stages)
      io.stdout.write(`stage ${s.name}@${s.version}: ${s.requires.join(', ')} → ${s.provides.join(', ')}\n`);
    for (const p of problems) io.stdout.write(`problem in ${p.stage}: ${p.reason}\n`);
    io.stdout.write(
      `store: ${store.dialect}, ${report.store.articles} articles\n${problems.length === 0 ? 'ok' : 'FAILED'}\n`,
    );
  }
  return problems.length === 0 ? 0 : 70;
}
