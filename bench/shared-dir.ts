/**
 * Where the gold data lives: `--shared DIR`, else $TRIANGULATE_SHARED_DIR, else `../shared` beside the
 * repository (found from this file, so it works from bench/ under tsx and from dist-bench/ compiled).
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export function defaultSharedDir(explicit?: string): string {
  if (explicit) return resolve(explicit);
  if (process.env.TRIANGULATE_SHARED_DIR) return resolve(process.env.TRIANGULATE_SHARED_DIR);
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return join(dir, '..', 'shared');
}
