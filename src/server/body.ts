/**
 * @module server/body
 * Request bodies with limits: JSON (bounded, parsed) and multipart uploads (files streamed to a fresh
 * temporary folder under their sanitised names, the whole request bounded). Oversized bodies answer 413.
 */
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import busboy from 'busboy';
import { badRequest, HttpError } from './respond.js';

const tooLarge = (limit: number) =>
  new HttpError(413, 'payload-too-large', `the request body exceeds the limit of ${limit} bytes`);

function declaredLength(req: IncomingMessage): number | undefined {
  const raw = req.headers['content-length'];
  return raw === undefined ? undefined : Number.parseInt(raw, 10);
}

/** Reads and parses a JSON body of at most `limit` bytes. */
export async function readJsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  const length = declaredLength(req);
  if (length !== undefined && length > limit) throw tooLarge(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw tooLarge(limit);
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw badRequest('invalid-json', 'the request body is not valid JSON');
  }
}

export interface Upload {
  /** The folder the files were written to (remove it when done). */
  readonly dir: string;
  /** Paths of the uploaded files, in upload order. */
  readonly files: string[];
  /** Text fields (e.g. "urls": one URL per line). */
  readonly fields: Record<string, string>;
}

/** A file name safe to write: its base name, with anything but letters, digits, dot, dash and underscore replaced. */
export function safeFileName(name: string, index: number): string {
  const base = basename(name.replace(/\\/g, '/'))
    .replace(/[^\p{L}\p{N}._-]+/gu, '_')
    .replace(/^\.+/, '');
  return `${String(index + 1).padStart(3, '0')}-${base.slice(0, 120) || 'upload'}`;
}

/** Streams a multipart/form-data body to a temporary folder; 413 when the whole body exceeds `limit`. */
export async function readUpload(req: IncomingMessage, limit: number, maxFiles = 500): Promise<Upload> {
  const length = declaredLength(req);
  if (length !== undefined && length > limit) throw tooLarge(limit);
  const dir = await mkdtemp(join(tmpdir(), 'triangulate-upload-'));
  try {
    return await parseMultipart(req, dir, limit, maxFiles);
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

function parseMultipart(req: IncomingMessage, dir: string, limit: number, maxFiles: number): Promise<Upload> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, limits: { fileSize: limit, files: maxFiles, fieldSize: 1024 * 1024 } });
    } catch {
      reject(badRequest('invalid-multipart', 'expected a multipart/form-data body with a boundary'));
      return;
    }
    const files: string[] = [];
    const fields: Record<string, string> = {};
    const writes: Promise<void>[] = [];
    let size = 0;
    let failed = false;
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      req.unpipe(parser);
      req.resume();
      reject(error);
    };
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) fail(tooLarge(limit));
    });
    parser.on('file', (_name, stream, info) => {
      const path = join(dir, safeFileName(info.filename || 'upload', files.length));
      files.push(path);
      stream.on('limit', () => fail(tooLarge(limit)));
      const out = createWriteStream(path);
      writes.push(
        new Promise((done, error) => {
          out.on('finish', done).on('error', error);
        }),
      );
      stream.pipe(out);
    });
    parser.on('field', (name, value) => {
      fields[name] = value;
    });
    parser.on('filesLimit', () => fail(badRequest('too-many-files', `at most ${maxFiles} files per upload`)));
    parser.on('error', () => fail(badRequest('invalid-multipart', 'the multipart body is malformed')));
    parser.on('close', () => {
      if (failed) return;
      Promise.all(writes).then(
        () => resolve({ dir, files, fields }),
        (e: Error) => fail(e),
      );
    });
    req.pipe(parser);
  });
}
