/**
 * @module cli/progress
 * A one-line progress display on a terminal (stderr); silent when stderr is not a TTY or
 * when output is JSON, so scripts never see it.
 */
import type { Io } from './output.js';

export interface Progress {
  tick(label: string, counts: Readonly<Record<string, number>>): void;
  done(): void;
}

const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

export function createProgress(io: Io, enabled: boolean): Progress {
  if (!enabled || !io.stderr.isTTY) return { tick() {}, done() {} };
  let n = 0;
  let last = 0;
  return {
    tick(label, counts) {
      n += 1;
      const now = Date.now();
      if (now - last < 50) return;
      last = now;
      const summary = Object.entries(counts)
        .map(([k, v]) => `${k} ${v}`)
        .join(' · ');
      const width = (io.stderr.columns ?? 80) - 1;
      const line = `${SPINNER[n % SPINNER.length]} ${n} done · ${summary} · ${label}`;
      io.stderr.write(`\r${line.slice(0, width).padEnd(width)}`);
    },
    done() {
      io.stderr.write(`\r${' '.repeat((io.stderr.columns ?? 80) - 1)}\r`);
    },
  };
}
