/**
 * @module server/jobs
 * Ingest jobs as the API sees them: an id, a status, and an ordered list of progress events that a client
 * follows as server-sent events (`GET /api/jobs/{id}/events`; replayed from the start, or after
 * `Last-Event-ID`). Jobs run one at a time in submission order, so store writes never interleave.
 * The work itself is a function handed in by the route: no pipeline logic here.
 */
import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

export interface JobEvent {
  readonly id: number;
  /** 'queued' | 'started' | 'progress' | 'stage' | 'done' | 'failed'. */
  readonly type: string;
  readonly data: Readonly<Record<string, unknown>>;
}

export interface Job {
  readonly id: string;
  readonly createdAt: string;
  status: JobStatus;
  readonly events: JobEvent[];
  readonly listeners: Set<(event: JobEvent) => void>;
}

/** What the work reports while it runs. */
export type Emit = (type: string, data: Record<string, unknown>) => void;

const KEEP_JOBS = 200;
const HEARTBEAT_MS = 15_000;

export class JobRegistry {
  private readonly jobs = new Map<string, Job>();
  private chain: Promise<void> = Promise.resolve();

  get(id: string): Job | undefined {
    return this.jobs.get(id);
  }

  /** Queues `work`; its progress goes to the job's events, its result or error ends the job. */
  submit(work: (emit: Emit) => Promise<Record<string, unknown>>, meta: Record<string, unknown>): Job {
    const job: Job = {
      id: `j_${randomBytes(8).toString('hex')}`,
      createdAt: new Date().toISOString(),
      status: 'queued',
      events: [],
      listeners: new Set(),
    };
    this.jobs.set(job.id, job);
    this.prune();
    const emit: Emit = (type, data) => this.emit(job, type, data);
    emit('queued', meta);
    this.chain = this.chain.then(async () => {
      job.status = 'running';
      emit('started', {});
      try {
        const result = await work(emit);
        job.status = 'done';
        emit('done', result);
      } catch (error) {
        job.status = 'failed';
        emit('failed', { message: error instanceof Error ? error.message : String(error) });
      }
    });
    return job;
  }

  /** Resolves when every queued job has finished (tests, shutdown). */
  idle(): Promise<void> {
    return this.chain;
  }

  private emit(job: Job, type: string, data: Record<string, unknown>): void {
    const event: JobEvent = { id: job.events.length + 1, type, data };
    job.events.push(event);
    for (const listener of job.listeners) listener(event);
  }

  private prune(): void {
    if (this.jobs.size <= KEEP_JOBS) return;
    for (const [id, job] of this.jobs) {
      if (this.jobs.size <= KEEP_JOBS) break;
      if (job.status === 'done' || job.status === 'failed') this.jobs.delete(id);
    }
  }
}

export function jobJson(job: Job): Record<string, unknown> {
  const last = job.events[job.events.length - 1];
  return { id: job.id, status: job.status, createdAt: job.createdAt, events: job.events.length, last: last ?? null };
}

const isFinal = (event: JobEvent) => event.type === 'done' || event.type === 'failed';

function writeEvent(res: ServerResponse, event: JobEvent): void {
  res.write(`id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify(event.data)}\n\n`);
}

/** Streams a job's events as text/event-stream; ends after the final event. */
export function streamJob(res: ServerResponse, job: Job, lastEventId: number): void {
  res.statusCode = 200;
  res.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Connection', 'keep-alive');
  res.setHeader('X-Accel-Buffering', 'no');
  res.flushHeaders();
  res.write('retry: 2000\n\n');
  for (const event of job.events) {
    if (event.id <= lastEventId) continue;
    writeEvent(res, event);
    if (isFinal(event)) {
      res.end();
      return;
    }
  }
  const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
  const listener = (event: JobEvent) => {
    writeEvent(res, event);
    if (isFinal(event)) stop();
  };
  const stop = () => {
    clearInterval(heartbeat);
    job.listeners.delete(listener);
    res.end();
  };
  job.listeners.add(listener);
  res.on('close', stop);
}
