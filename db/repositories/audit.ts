/**
 * Audit events: who did what to which record, and why. Appended in the same transaction as the
 * change they describe, so a change without its event cannot exist.
 */
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import type { Actor } from '../../domain/onboarding';

export interface AuditEvent {
  actor: Actor;
  action: string;
  subjectType: string;
  subjectId: string;
  data?: Record<string, unknown>;
  requestId?: string;
}

export async function appendAudit(db: Knex, event: AuditEvent): Promise<void> {
  await db('audit_events').insert({
    id: `aud_${randomUUID().replace(/-/g, '')}`,
    actor_id: event.actor.id,
    actor_role: event.actor.role,
    action: event.action,
    subject_type: event.subjectType,
    subject_id: event.subjectId,
    data: event.data ? JSON.stringify(event.data) : null,
    request_id: event.requestId ?? null,
  });
}
