/**
 * @module core/message
 * Diagnostics reported by stages, vfile-style: a reason, a rule id and a position.
 * Messages are stored apart from product data (flags) and printed by the CLI.
 */
import type { Range, Span } from './types.js';

export type Severity = 'error' | 'warning' | 'info';

/** Where a message points: an article span, or a range in a capture's decoded source. */
export type Place = Span | (Range & { readonly captureId: string });

export interface Message {
  readonly severity: Severity;
  readonly reason: string;
  /** "stage:kebab-rule", e.g. "extract:chatbot-residue". */
  readonly ruleId: string;
  /** The stage that reported it. */
  readonly source: string;
  readonly place?: Place;
  readonly actual?: string;
  readonly expected?: string;
  readonly note?: string;
}

export interface MessageOptions {
  readonly ruleId: string;
  readonly severity?: Severity;
  readonly place?: Place;
  readonly actual?: string;
  readonly expected?: string;
  readonly note?: string;
}

/** Collects messages for one stage run. Stages receive one through their context. */
export class MessageLog {
  readonly messages: Message[] = [];

  constructor(readonly source: string) {}

  message(reason: string, options: MessageOptions): Message {
    const { severity = 'warning', ...rest } = options;
    const message: Message = { severity, reason, source: this.source, ...rest };
    this.messages.push(message);
    return message;
  }

  info(reason: string, options: Omit<MessageOptions, 'severity'>): Message {
    return this.message(reason, { ...options, severity: 'info' });
  }

  warn(reason: string, options: Omit<MessageOptions, 'severity'>): Message {
    return this.message(reason, { ...options, severity: 'warning' });
  }
}

/** One line for terminals: `place severity reason ruleId`. */
export function formatMessage(message: Message): string {
  const place = message.place
    ? `${'articleId' in message.place ? message.place.articleId : message.place.captureId}:${message.place.start}-${message.place.end}`
    : '-';
  return `${place} ${message.severity} ${message.reason} ${message.ruleId}`;
}
