/**
 * @module ingest/collect
 * Inputs (paths, directories, "-" for stdin, http(s) URLs) → an ordered stream of ingest items.
 * Order is deterministic: inputs in the order given, directory entries sorted, archive records
 * and feed entries in document order. A problem with one input becomes a refusal item; the
 * iterator itself never throws for a per-input problem. `options.skip(input)` is asked before
 * each document is read or fetched, so a resumed run does no work twice.
 */
import { errorMessage } from '../core/errors.js';
import { captureItem, formatBytes, refusal } from './capture.js';
import { type CollectContext, createContext } from './context.js';
import { pathItems } from './files.js';
import { binaryReason, sniffKind } from './sniff.js';
import type { CollectOptions, IngestItem } from './types.js';
import { urlItems } from './urls.js';

/** Yields one item per document found in `inputs`, in a deterministic order. */
export async function* collectSources(inputs: string[], options: CollectOptions = {}): AsyncIterable<IngestItem> {
  const context = createContext(options);
  for (const input of inputs) {
    try {
      yield* inputItems(input, context);
    } catch (error) {
      yield refusal(input, `${input}: ${errorMessage(error)}`, 'ingest:failed');
    }
  }
}

function inputItems(input: string, context: CollectContext): AsyncGenerator<IngestItem> {
  if (input === '-') return stdinItems(context);
  if (/^https?:\/\//i.test(input)) return urlItems(input, context);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input))
    return single(refusal(input, `${input}: only http and https URLs are fetched`, 'ingest:scheme'));
  return pathItems(input, context);
}

async function* single(item: IngestItem): AsyncGenerator<IngestItem> {
  yield item;
}

/** stdin is read whole (up to maxDocumentBytes) and sniffed as HTML or text. Never skipped. */
async function* stdinItems(context: CollectContext): AsyncGenerator<IngestItem> {
  const input = 'stdin';
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of context.stdin) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
    total += buffer.length;
    if (total > context.maxDocumentBytes) {
      yield refusal(input, `stdin: more than ${formatBytes(context.maxDocumentBytes)}`, 'ingest:too-large');
      return;
    }
    chunks.push(buffer);
  }
  const bytes = Buffer.concat(chunks);
  if (bytes.length === 0) {
    yield refusal(input, 'stdin: empty input', 'ingest:empty');
    return;
  }
  const binary = binaryReason(bytes);
  if (binary) {
    yield refusal(input, `stdin: ${binary}`, 'ingest:binary');
    return;
  }
  const kind = sniffKind(bytes);
  yield captureItem({ bytes, kind, mediaType: kind === 'html' ? 'text/html' : 'text/plain', input });
}
