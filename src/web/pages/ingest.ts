/**
 * @module web/pages/ingest
 * Add material: drop or choose files, paste URLs or feed URLs (one per line), submit; the job's
 * server-sent events drive a progress bar and a log of what happened to each input.
 */
import { ApiError, enc, parse } from '../api.js';
import { addTo, errorBox, h, link, replace } from '../dom.js';

interface Outcome {
  readonly input: string;
  readonly status: string;
  readonly articleId?: string;
  readonly title?: string | null;
  readonly reason?: string;
}

function outcomeItem(o: Outcome): HTMLElement {
  return h(
    'li',
    { class: `outcome ${o.status}`, 'data-testid': 'ingest-outcome' },
    h('strong', null, o.status),
    ' ',
    o.articleId ? link(`/articles/${enc(o.articleId)}`, o.title ?? o.articleId) : o.input,
    o.reason ? h('span', { class: 'muted' }, ` — ${o.reason}`) : null,
  );
}

function follow(jobId: string, bar: HTMLProgressElement, status: HTMLElement, log: HTMLElement): void {
  const source = new EventSource(`/api/jobs/${enc(jobId)}/events`);
  const data = (e: Event) => JSON.parse((e as MessageEvent<string>).data) as Record<string, unknown>;
  source.addEventListener('started', () => replace(status, 'Working…'));
  source.addEventListener('progress', (e) => {
    const d = data(e) as { processed: number; total: number; outcome: Outcome };
    bar.max = Math.max(d.total, d.processed);
    bar.value = d.processed;
    replace(status, `${d.processed} of ${bar.max} processed`);
    log.appendChild(outcomeItem(d.outcome));
  });
  source.addEventListener('stage', (e) => replace(status, String(data(e).message ?? 'working…')));
  source.addEventListener('done', (e) => {
    const d = data(e) as { ingested: number; duplicate: number; skipped: number; refused: number };
    bar.max = 1;
    bar.value = 1;
    replace(
      status,
      h(
        'span',
        { 'data-testid': 'ingest-done' },
        `Done: ${d.ingested} ingested · ${d.duplicate} duplicate · ${d.skipped} already done · ${d.refused} refused. `,
      ),
      link('/', 'See the stories'),
    );
    source.close();
  });
  source.addEventListener('failed', (e) => {
    replace(status, errorBox(new Error(String(data(e).message))));
    source.close();
  });
}

export async function renderIngest(main: HTMLElement): Promise<void> {
  const files = h('input', { type: 'file', name: 'files', multiple: true, id: 'files', 'data-testid': 'file-input' });
  const chosen = h('p', { class: 'muted', 'aria-live': 'polite' }, 'No files chosen.');
  const dropped: File[] = [];
  const showChosen = () => {
    const all = [...(files.files ?? []), ...dropped];
    replace(chosen, all.length ? `${all.length} file(s): ${all.map((f) => f.name).join(', ')}` : 'No files chosen.');
  };
  files.addEventListener('change', showChosen);
  const zone = h(
    'label',
    { class: 'dropzone', for: 'files' },
    h('strong', null, 'Drop files here'),
    ' or choose them (HTML, text captures, JSON/JSONL records, WARC, feeds).',
    files,
  );
  zone.addEventListener('dragover', (e) => {
    e.preventDefault();
    zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('over');
    dropped.push(...(e.dataTransfer?.files ?? []));
    showChosen();
  });
  const urls = h('textarea', {
    name: 'urls',
    rows: 4,
    id: 'urls',
    placeholder: 'https://example.org/story\nhttps://example.org/feed.xml',
  });
  const bar = h('progress', { max: 1, value: 0, 'aria-label': 'Ingest progress', 'data-testid': 'ingest-progress' });
  const status = h('p', { role: 'status' });
  const log = h('ul', { class: 'ingest-log' });
  const submit = h('button', { type: 'submit' }, 'Ingest');
  const form = h(
    'form',
    { class: 'ingest', 'data-testid': 'ingest-form' },
    zone,
    chosen,
    h('label', { for: 'urls' }, 'URLs or feeds, one per line'),
    urls,
    submit,
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const body = new FormData();
    for (const f of [...(files.files ?? []), ...dropped]) body.append('files', f, f.name);
    if (urls.value.trim()) body.append('urls', urls.value);
    submit.disabled = true;
    replace(log);
    bar.value = 0;
    replace(status, 'Uploading…');
    try {
      const res = await fetch('/api/ingest', { method: 'POST', body, credentials: 'same-origin' });
      const { job } = await parse<{ job: { id: string } }>(res);
      follow(job.id, bar, status, log);
      files.value = '';
      dropped.length = 0;
      showChosen();
    } catch (error) {
      replace(status, errorBox(error instanceof ApiError ? error : new Error(String(error))));
    } finally {
      submit.disabled = false;
    }
  });
  addTo(
    main,
    h('h1', null, 'Ingest'),
    form,
    h('section', { class: 'block', 'aria-label': 'Progress' }, bar, status, log),
  );
}
