/**
 * @module present/analysis
 * The stable JSON shape of an article's analysis (documented in docs/cli.md, `triangulate analyze`).
 */
import type { Analysis } from '../analyze/index.js';
import type { Article } from '../core/types.js';

export function analysisToJson(article: Article, analysis: Analysis) {
  const { text } = article;
  const slice = (r: { start: number; end: number }) => text.slice(r.start, r.end);
  return {
    id: article.id,
    input: article.input,
    title: article.meta.title?.value ?? null,
    publishedAt: article.meta.publishedAt?.value ?? null,
    sentences: analysis.sentences.map((s) => ({ start: s.start, end: s.end, text: slice(s) })),
    entities: analysis.entities,
    mentions: analysis.mentions.map((m) => ({
      entityId: m.entityId,
      start: m.start,
      end: m.end,
      text: m.text,
      type: m.type,
      resolution: m.resolution,
      ...(m.actorId ? { actorId: m.actorId } : {}),
      ...(m.role ? { role: m.role } : {}),
      ...(m.reason ? { reason: m.reason } : {}),
      confidence: round(m.confidence),
    })),
    quotes: analysis.quotes.map((q) => ({
      speaker: q.speaker
        ? {
            ...(q.speakerEntityId ? { entityId: q.speakerEntityId } : {}),
            text: q.speaker.text,
            kind: q.speaker.kind ?? null,
          }
        : null,
      cue: q.cue?.text ?? null,
      content: slice(q.content),
      contentStart: q.content.start,
      contentEnd: q.content.end,
      start: q.start,
      end: q.end,
      direct: q.direct,
      via: q.via.map((v) => v.text),
      confidence: round(q.confidence),
      reasons: q.reasons,
    })),
    claims: analysis.claims.map((c) => ({
      text: c.text,
      start: c.start,
      end: c.end,
      kind: c.kind,
      value: c.value,
      ...(c.unit ? { unit: c.unit } : {}),
      ...(c.subject ? { subject: c.subject } : {}),
      ...(c.property ? { property: c.property } : {}),
      ...(c.hedge ? { hedge: c.hedge } : {}),
      ...(c.startsAt ? { startsAt: c.startsAt } : {}),
      ...(c.time ? { time: c.time } : {}),
      assertedBy: c.assertedBy,
      checkWorthy: round(c.checkWorthy),
      reasons: c.reasons,
    })),
    events: analysis.events.map((e) => ({
      source: { entityId: e.source.entityId, actor: e.source.actorCode, text: e.source.text },
      code: e.code,
      label: e.label,
      target: e.target ? { entityId: e.target.entityId, actor: e.target.actorCode, text: e.target.text } : null,
      goldstein: e.goldstein,
      cue: e.cue.text,
      start: e.start,
      end: e.end,
      confidence: round(e.confidence),
      reasons: e.reasons,
    })),
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
