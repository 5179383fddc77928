/**
 * Reads of personal data by reviewers, compliance officers, regulators and admins are audited:
 * who looked at which record and when. A reviewer working a case reads it many times a minute, so
 * one event per reader and record every five minutes (per API process) says the same with less noise.
 */
import type { Request } from 'express';
import type { Db } from '../../db/knex';
import { appendAudit } from '../../db/shared/audit';
import { actorOf } from '../access/auth';

const WINDOW_MS = 5 * 60_000;
const recent = new Map<string, number>();

export async function auditRead(db: Db, req: Request, subjectType: string, subjectId: string): Promise<void> {
  const key = req.apiKey!;
  // The frontend reads its own sellers' data on their behalf; that is not a look by staff.
  if (key.role === 'onboarding_frontend') return;
  const mark = `${key.id}:${subjectType}:${subjectId}`;
  const now = Date.now();
  if ((recent.get(mark) ?? 0) > now - WINDOW_MS) return;
  recent.set(mark, now);
  if (recent.size > 100_000) recent.clear();
  await appendAudit(db, { actor: actorOf(req), action: `${subjectType}.read`, subjectType, subjectId, requestId: req.requestId });
}
