/**
 * @module cli/main
 * The `triangulate` command: parses arguments, opens the store, dispatches to a command, and
 * maps errors to exit codes (0 ok, 1 some inputs failed, 2 usage/input error, 3 transient, 70 bug).
 * Surfaces stay thin: no pipeline logic here.
 */
import { Command, CommanderError } from 'commander';
import { DEFAULT_HOST, DEFAULT_PORT, serverToken } from '../config/server.js';
import { errorMessage, OperationalError, UserError } from '../core/errors.js';
import { openStore } from '../store/open.js';
import type { Store } from '../store/store.js';
import { runAnalyze } from './commands/analyze.js';
import { runArticles, runSearch, runShow } from './commands/articles.js';
import { runCheck } from './commands/check.js';
import { runDemo } from './commands/demo.js';
import { runExtract } from './commands/extract.js';
import { runIngest } from './commands/ingest.js';
import { runServe } from './commands/serve.js';
import { runBrief, runFindings, runRecluster, runStoriesCommand } from './commands/stories.js';
import { type Io, processIo } from './output.js';

export const EXIT = { ok: 0, partial: 1, usage: 2, operational: 3, internal: 70 } as const;

interface StoreOption {
  db?: string;
}

async function withStore(options: StoreOption, fn: (store: Store) => Promise<number>): Promise<number> {
  const store = await openStore(options.db);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UserError(`invalid count "${value}": a whole number ≥ 1`);
  return n;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new UserError(`invalid port "${value}": 0–65535`);
  return port;
}

function buildProgram(io: Io, setCode: (code: number) => void): Command {
  const program = new Command('triangulate')
    .description('Ingest, clean and cross-check news coverage; every output points back at its sources.')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .showHelpAfterError();
  const dbOption = [
    '--db <path|url>',
    'SQLite file or postgres:// URL (default: $DATABASE_URL, $TRIANGULATE_DB or .triangulate/triangulate.db)',
  ] as const;
  const hostOption = [
    '--host <address>',
    `address to bind (default ${DEFAULT_HOST}; beyond loopback needs a token)`,
    DEFAULT_HOST,
  ] as const;
  const portOption = [
    '--port <n>',
    `port (default ${DEFAULT_PORT}; 0 picks a free one)`,
    parsePort,
    DEFAULT_PORT,
  ] as const;

  program
    .command('extract')
    .description('extract clean articles from files or URLs without storing them')
    .argument('<inputs...>', 'files, directories, URLs, feeds, sitemaps, WARC archives, or - for stdin')
    .option('--json', 'print one JSON array of articles')
    .option('--jsonl', 'print one JSON line per input, in input order; failures get an "error" field')
    .option('--allow-private', 'allow fetching from loopback/private addresses')
    .action(async (inputs: string[], opts) => setCode(await runExtract(inputs, opts, io)));

  program
    .command('analyze')
    .description(
      'entities, quotes and claims of articles (inputs are extracted on the fly; ids are read from the store)',
    )
    .argument('<inputs...>', 'article ids, files, directories, URLs, or - for stdin')
    .option(...dbOption)
    .option('--json', 'print one JSON array of analyses')
    .option('--allow-private', 'allow fetching from loopback/private addresses')
    .action(async (inputs: string[], opts) => setCode(await runAnalyze(inputs, opts, io)));

  program
    .command('ingest')
    .description('ingest inputs into the store (idempotent; a rerun resumes)')
    .argument('<inputs...>', 'files, directories, URLs, feeds, sitemaps, WARC archives, or - for stdin')
    .option(...dbOption)
    .option('--json', 'print the summary as JSON')
    .option('--allow-private', 'allow fetching from loopback/private addresses')
    .option('--refetch', 'fetch URLs again even if an earlier run ingested them')
    .option('--no-analyze', 'store articles without running the analyze stage')
    .option('--no-stories', 'do not add the new articles to stories (run `triangulate stories` later)')
    .option('-q, --quiet', 'print nothing but errors')
    .action(async (inputs: string[], opts) =>
      setCode(await withStore(opts, (store) => runIngest(store, inputs, opts, io))),
    );

  program
    .command('articles')
    .description('list stored articles')
    .option(...dbOption)
    .option('--json', 'print JSON')
    .option('--outlet <name>', 'only this outlet')
    .option('--limit <n>', 'page size', (v) => Number.parseInt(v, 10), 50)
    .option('--cursor <cursor>', 'continue after a previous page')
    .action(async (opts) => setCode(await withStore(opts, (store) => runArticles(store, opts, io))));

  program
    .command('show')
    .description('show one stored article with its metadata provenance and removals')
    .argument('<id>', 'article id')
    .option(...dbOption)
    .option('--json', 'print JSON')
    .action(async (id: string, opts) => setCode(await withStore(opts, (store) => runShow(store, id, opts, io))));

  program
    .command('search')
    .description('full-text search over stored articles')
    .argument('<query>', 'words or "quoted phrases"')
    .option(...dbOption)
    .option('--json', 'print JSON')
    .option('--limit <n>', 'number of hits', (v) => Number.parseInt(v, 10), 20)
    .action(async (query: string, opts) =>
      setCode(await withStore(opts, (store) => runSearch(store, query, opts, io))),
    );

  program
    .command('stories')
    .description('add pending articles to stories (online), then list stories with their outlets, origins and thread')
    .option(...dbOption)
    .option('--json', 'print JSON: stories with their articles, origins and thread')
    .option('--batch-size <n>', 'articles per transaction (default: a tenth of the backlog, 200–2,000)', parseCount)
    .option('-q, --quiet', 'no progress line')
    .action(async (opts) => setCode(await withStore(opts, (store) => runStoriesCommand(store, opts, io))));

  program
    .command('recluster')
    .description('rebuild every story from scratch (same result as the online runs on the same arrival order)')
    .option(...dbOption)
    .option('--json', 'print the run summary as JSON')
    .option('-q, --quiet', 'print nothing but errors')
    .action(async (opts) => setCode(await withStore(opts, (store) => runRecluster(store, opts, io))));

  program
    .command('brief')
    .description("print or write a story's brief: every sentence cites its source spans")
    .argument('[storyId]', 'story id (see: triangulate stories)')
    .option(...dbOption)
    .option('--all', 'every story')
    .option('--format <format>', 'md, html or json', 'md')
    .option('--out <dir>', 'write <storyId>.<format> files into this folder instead of printing')
    .action(async (storyId: string | undefined, opts) =>
      setCode(await withStore(opts, (store) => runBrief(store, storyId, opts, io))),
    );

  program
    .command('findings')
    .description("a story's verification: aligned claims and quotes with their status, integrity flags, reliability")
    .argument('<storyId>', 'story id')
    .option(...dbOption)
    .option('--json', 'print JSON')
    .action(async (storyId: string, opts) =>
      setCode(await withStore(opts, (store) => runFindings(store, storyId, opts, io))),
    );

  program
    .command('check')
    .description('verify the pipeline wiring and that the store opens and is migrated')
    .option(...dbOption)
    .option('--json', 'print JSON')
    .action(async (opts) => setCode(await withStore(opts, (store) => runCheck(store, opts, io))));

  program
    .command('demo')
    .description('ingest the bundled demo corpus, group it into stories and write their briefs (what `npm start` runs)')
    .option(...dbOption)
    .option('--briefs <dir>', 'folder for the briefs', '.triangulate/briefs')
    .option('--serve', 'then serve the web UI over the demo store until Ctrl-C (what `npm start` does)')
    .option(...hostOption)
    .option(...portOption)
    .action(async (opts) =>
      setCode(
        await withStore(opts, async (store) => {
          const code = await runDemo(store, io, { briefsDir: opts.briefs });
          if (code !== 0 || !opts.serve) return code;
          return runServe(store, { host: opts.host, port: opts.port, token: serverToken() }, io);
        }),
      ),
    );

  program
    .command('serve')
    .description('serve the HTTP API and the web UI over the store (loopback unless told otherwise)')
    .option(...dbOption)
    .option(...hostOption)
    .option(...portOption)
    .option('--token <token>', 'access token, required beyond loopback (default: $TRIANGULATE_SERVER_TOKEN)')
    .option('--allow-private', 'let submitted URLs fetch from loopback/private addresses')
    .action(async (opts) =>
      setCode(
        await withStore(opts, (store) =>
          runServe(
            store,
            { host: opts.host, port: opts.port, token: opts.token ?? serverToken(), allowPrivate: opts.allowPrivate },
            io,
          ),
        ),
      ),
    );

  return program;
}

/** Runs the CLI with the given arguments (without "node" and the script); returns the exit code. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram(io, (c) => {
    code = c;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (error instanceof UserError) {
      io.stderr.write(`error: ${error.message}\n`);
      return EXIT.usage;
    }
    if (error instanceof OperationalError) {
      io.stderr.write(`error (transient, retry may help): ${error.message}\n`);
      return EXIT.operational;
    }
    io.stderr.write(`internal error: ${errorMessage(error)}\n`);
    if (process.env.TRIANGULATE_DEBUG && error instanceof Error) io.stderr.write(`${error.stack}\n`);
    return EXIT.internal;
  }
}
