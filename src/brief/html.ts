/**
 * @module brief/html
 * Brief → one self-contained HTML page: inline CSS, no scripts, no external resources. Every text that comes
 * from an article (sentences, quotes, titles, outlets, flags) is HTML-escaped, since articles are untrusted.
 * Each citation is an anchor to an appendix entry that shows the cited span highlighted (<mark>) in its
 * context.
 */
import type { Article } from '../core/types.js';
import { checkLine } from './markdown.js';
import {
  coverageLine,
  disagreementRows,
  positionGrid,
  sentenceNote,
  shownNumbers,
  sourceEntries,
  timelineNote,
  titleLine,
} from './render.js';
import { shortId } from './text.js';
import { shownTimeline } from './timeline.js';
import type { Brief, Citation } from './types.js';

/** Characters of context shown either side of a cited span in the appendix. */
const CONTEXT = 240;

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
table{border-collapse:collapse;width:100%;margin:.5rem 0}td,th{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top;text-align:left}
a.cite{font-size:.8em;color:#36c;text-decoration:none;white-space:nowrap}mark{background:#fe6}
.note{color:#666;font-size:.9em}.template{font-style:italic}li{margin:.3rem 0}`;

class Citations {
  private readonly ids = new Map<string, { n: number; c: Citation }>();
  link(c: Citation): string {
    const key = `${c.articleId}:${c.start}:${c.end}`;
    let entry = this.ids.get(key);
    if (!entry) {
      entry = { n: this.ids.size + 1, c };
      this.ids.set(key, entry);
    }
    return `<a class="cite" href="#c${entry.n}">[${escapeHtml(shortId(c.articleId))} ${c.start}–${c.end}]</a>`;
  }
  links(list: readonly Citation[]): string {
    return list.map((c) => this.link(c)).join(' ');
  }
  entries() {
    return [...this.ids.values()];
  }
}

export function renderBriefHtml(brief: Brief, articles: ReadonlyMap<string, Article>): string {
  const cites = new Citations();
  const body = [
    `<h1>${escapeHtml(brief.title)}</h1>`,
    `<p class="note">${escapeHtml(titleLine(brief))}</p>`,
    `<p class="note">Sources: ${sourceEntries(brief).map(escapeHtml).join(' · ')}</p>`,
    section('Lead', lead(brief, cites)),
    section('Where the outlets disagree', disagreements(brief, cites)),
    section('Key quotes', quotes(brief, cites)),
    section('Numbers', numbers(brief, cites)),
    section('Positions (actor × issue)', positions(brief, cites)),
    section('Timeline', timeline(brief, cites)),
    section('Integrity of the sources', integrity(brief)),
    brief.thread?.stories.length ? section(`Thread: ${brief.thread.title}`, thread(brief)) : '',
    `<p class="note">${escapeHtml(checkLine(brief))}</p>`,
    section('Cited passages', appendix(cites, articles)),
  ].join('\n');
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(brief.title)}</title>
<style>${STYLE}</style></head><body>\n${body}\n</body></html>\n`;
}

const section = (title: string, inner: string) => `<section><h2>${escapeHtml(title)}</h2>\n${inner}\n</section>`;

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  if (rows.length === 0) return '<p class="note">(none)</p>';
  const th = head.map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  const trs = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');
  return `<table><thead><tr>${th}</tr></thead><tbody>\n${trs}\n</tbody></table>`;
}

function lead(brief: Brief, cites: Citations): string {
  const items = brief.sentences.map(
    (s) =>
      `<li class="${s.kind}">${escapeHtml(s.text)} ${cites.links(s.citations)} <span class="note">— ${escapeHtml(sentenceNote(s))}</span></li>`,
  );
  return `<ol>\n${items.join('\n')}\n</ol>`;
}

function disagreements(brief: Brief, cites: Citations): string {
  const rows = disagreementRows(brief).map((r) => [
    escapeHtml(r.what),
    `${escapeHtml(r.one.text)} ${cites.links(r.one.citations)}`,
    `${escapeHtml(r.other.text)} ${cites.links(r.other.citations)}`,
    escapeHtml(r.status),
  ]);
  return table(['what', 'one says', 'another says', 'status'], rows);
}

function quotes(brief: Brief, cites: Citations): string {
  const rows = brief.quotes.map((q) => [
    `${escapeHtml(q.text)} ${cites.links(q.citations)}`,
    escapeHtml([q.speaker.name, q.speaker.role].filter(Boolean).join(', ')),
    escapeHtml(q.via.join(' → ')),
    q.direct ? 'direct' : 'reported',
    escapeHtml(`${q.status}${q.note ? ` (${q.note})` : ''}`),
    cites.links(q.alsoIn),
  ]);
  return table(['quote', 'speaker', 'via', 'form', 'status', 'also in'], rows);
}

function numbers(brief: Brief, cites: Citations): string {
  const shown = shownNumbers(brief);
  const rows = shown.rows.map((n) => [
    `${escapeHtml(n.text)} ${cites.links(n.citations)}`,
    escapeHtml(n.of),
    escapeHtml(n.saidBy),
    escapeHtml(`${n.status}${n.note ? `: ${n.note}` : ''}`),
  ]);
  const more = shown.more > 0 ? `\n<p class="note">(${shown.more} more in JSON)</p>` : '';
  return table(['value', 'of what', 'said by', 'status'], rows) + more;
}

function positions(brief: Brief, cites: Citations): string {
  const grid = positionGrid(brief);
  const rows = grid.issues.map((issue) => [
    escapeHtml(issue),
    ...grid.actors.map((actor) =>
      grid
        .cells(issue, actor)
        .map(
          (p) =>
            `${escapeHtml(p.stance)}${p.tone !== undefined ? ` (tone ${p.tone})` : ''} ${cites.links(p.citations)}${p.fromThread ? ' <span class="note">(thread)</span>' : ''}`,
        )
        .join('<br>'),
    ),
  ]);
  const more = grid.more > 0 ? `\n<p class="note">(${grid.more} more in JSON)</p>` : '';
  return table(['issue', ...grid.actors], rows) + more;
}

function timeline(brief: Brief, cites: Citations): string {
  const coverage = coverageLine(brief);
  const head = coverage ? `<p class="note">${escapeHtml(coverage)}</p>\n` : '';
  const shown = shownTimeline(brief);
  if (shown.rows.length === 0) return `${head}<p class="note">(none)</p>`;
  const items = shown.rows.map(
    (t) =>
      `<li><b>${escapeHtml(t.date)}</b> — ${escapeHtml(t.text)} ${cites.links(t.citations)} <span class="note">(${escapeHtml(timelineNote(t))})</span></li>`,
  );
  const more = shown.more > 0 ? `\n<p class="note">(${shown.more} more in JSON)</p>` : '';
  return `${head}<ul>\n${items.join('\n')}\n</ul>${more}`;
}

function integrity(brief: Brief): string {
  const items = brief.sources.map((s) => {
    const head = `${escapeHtml(shortId(s.articleId))} ${escapeHtml(s.outlet ?? '')} <i>${escapeHtml(s.title ?? '')}</i> ${escapeHtml(s.publishedAt ?? '')}: ${escapeHtml(s.reliability?.summary ?? 'not verified')}`;
    const flags = brief.flags
      .filter((f) => f.articleId === s.articleId)
      .map((f) => `<li>${escapeHtml(`${f.kind}: "${f.text}" — ${f.reason}`)}</li>`);
    return `<li>${head}${flags.length ? `<ul>${flags.join('')}</ul>` : ''}</li>`;
  });
  return `<ul>\n${items.join('\n')}\n</ul>`;
}

function thread(brief: Brief): string {
  const items = (brief.thread?.stories ?? []).map((s) => `<li>${escapeHtml(s.title)} — ${escapeHtml(s.id)}</li>`);
  return `<ul>${items.join('')}</ul>`;
}

function appendix(cites: Citations, articles: ReadonlyMap<string, Article>): string {
  const items = cites.entries().map(({ n, c }) => {
    const article = articles.get(c.articleId);
    const label = `${escapeHtml(shortId(c.articleId))} ${c.start}–${c.end}`;
    if (!article || c.start < 0 || c.end > article.text.length || c.start >= c.end) {
      return `<li id="c${n}">${label}: <b>not found in the source</b></li>`;
    }
    const from = Math.max(0, c.start - CONTEXT);
    const to = Math.min(article.text.length, c.end + CONTEXT);
    const before = `${from > 0 ? '…' : ''}${article.text.slice(from, c.start)}`;
    const after = `${article.text.slice(c.end, to)}${to < article.text.length ? '…' : ''}`;
    const outlet = article.meta.outlet?.value ? ` (${escapeHtml(article.meta.outlet.value)})` : '';
    return `<li id="c${n}"><p class="note">${label}${outlet}</p><p>${escapeHtml(before)}<mark>${escapeHtml(article.text.slice(c.start, c.end))}</mark>${escapeHtml(after)}</p></li>`;
  });
  return `<ol>\n${items.join('\n')}\n</ol>`;
}
