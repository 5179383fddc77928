/**
 * The notice process (DSA Art. 16, 22, 23) as its workflow sees it: what a filed notice carries,
 * how soon it must be decided, and what the notifier is told. A trusted flagger's notice goes first
 * (Art. 22(1): "given priority and ... processed and decided upon without undue delay").
 */
import type { Actor } from '../shared/actor';
import type { MisusePolicy } from './misuse-policy';
import type { NoticeInput } from './schemas';

/** A notice as filed, travelling to its workflow, which records it (one writer per fact). */
export interface NoticeFiling {
  noticeId: string;
  notice: NoticeInput;
  receivedBy: Actor;
  /** Set when the key that filed it belongs to a registered trusted flagger. */
  trustedFlaggerId?: string;
  requestId?: string;
}

export interface NoticeProcessInput {
  noticeId: string;
  sellerId: string;
  filing: NoticeFiling;
  policy: MisusePolicy;
  /** NOTICE_SLA_HOURS and TRUSTED_FLAGGER_SLA_HOURS when it was filed. */
  slaHours: { notice: number; trustedFlagger: number };
}

/** The queue order of case tasks: 0 goes first (sanctions hits share it). */
export const noticePriority = (trusted: boolean) => (trusted ? 0 : 2);

/** What the notifier is told, once each (Art. 16(4) receipt, Art. 16(5) decision, Art. 23(2) measures). */
export type NotifierMessageKind = 'receipt' | 'decision' | 'set_aside' | 'misuse_warning' | 'misuse_suspension';

/** The redress a notifier has against the decision (Art. 16(5), Art. 20(1), Art. 21). */
export const NOTIFIER_REDRESS = [
  'A complaint against this decision through the marketplace, free of charge, within six months (DSA Art. 20).',
  'A certified out-of-court dispute settlement body (DSA Art. 21).',
  'The courts of your Member State.',
] as const;

export type { NoticeDecision, NoticeInput } from './schemas';
