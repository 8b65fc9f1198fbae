/**
 * @module cli/commands/ingest
 * `triangulate ingest <inputs>...` — ingest into the store, with progress and a summary.
 */
import { type IngestSummary, ingestInputs } from '../../pipeline/ingest.js';
import type { Store } from '../../store/store.js';
import { type Io, printJson } from '../output.js';
import { createProgress } from '../progress.js';
import { updateStories } from './stories.js';

export interface IngestCommandOptions {
  readonly json?: boolean;
  readonly allowPrivate?: boolean;
  readonly refetch?: boolean;
  readonly analyze?: boolean;
  /** Add the new articles to stories after ingesting (default true; needs analyze). */
  readonly stories?: boolean;
  readonly quiet?: boolean;
}

/** Returns the exit code: 0 when nothing was refused, 1 otherwise. */
export async function runIngest(
  store: Store,
  inputs: string[],
  options: IngestCommandOptions,
  io: Io,
): Promise<number> {
  const progress = createProgress(io, !options.json && !options.quiet);
  const counts = { ingested: 0, duplicate: 0, refused: 0 };
  const summary = await ingestInputs(store, inputs, {
    fetch: { allowPrivate: options.allowPrivate ?? false },
    refetch: options.refetch ?? false,
    analyze: options.analyze ?? true,
    stdin: io.stdin,
    onOutcome: (outcome) => {
      if (outcome.status in counts) counts[outcome.status as keyof typeof counts] += 1;
      progress.tick(outcome.input, counts);
    },
  });
  progress.done();
  // Also after a run that ingested nothing: an earlier run killed before its stories pass resumes here.
  const addStories = (options.stories ?? true) && (options.analyze ?? true);
  const stories = addStories ? await updateStories(store, io, options) : null;
  if (options.json) printJson(io, stories ? { ...summary, stories } : summary);
  else if (!options.quiet) {
    printSummary(io, summary);
    if (stories)
      io.stdout.write(
        `stories: ${stories.added} articles added, ${stories.stories} stories in ${stories.threads} threads\n`,
      );
  }
  return summary.refused > 0 ? 1 : 0;
}

export function printSummary(io: Io, summary: IngestSummary): void {
  io.stdout.write(
    `ingested ${summary.ingested} · duplicate ${summary.duplicate} · already done ${summary.skipped} · refused ${summary.refused}\n`,
  );
  for (const outcome of summary.outcomes) {
    if (outcome.status === 'refused')
      io.stdout.write(`  refused ${outcome.input}: ${outcome.reason} (${outcome.code})\n`);
  }
}
