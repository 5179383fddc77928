/**
 * Reads of personal data by reviewers, compliance officers, regulators and admins are audited:
 * who looked at which record and when. A reviewer working a case reads it many times a minute, so
 * one event per reader and record every five minutes says the same with less noise. The window is
 * kept in the database (db/shared/read-audit-marks.ts), so N API processes write one event, not N;
 * each process also remembers its own recent claims, so a repeated read costs no statement.
 */
import type { Request } from 'express';
import type { Db } from '../../db/knex';
import { appendAudit } from '../../db/shared/audit';
import { claimReadAudit, forgetOldReadMarks } from '../../db/shared/read-audit-marks';
import { actorOf } from '../access/auth';

const WINDOW_SECONDS = 5 * 60;
const recent = new Map<string, number>();
let claims = 0;

export async function auditRead(db: Db, req: Request, subjectType: string, subjectId: string): Promise<void> {
  const key = req.apiKey!;
  // The frontend reads its own sellers' data on their behalf; that is not a look by staff.
  if (key.role === 'onboarding_frontend') return;
  const local = `${key.id}:${subjectType}:${subjectId}`;
  const now = Date.now();
  if ((recent.get(local) ?? 0) > now - WINDOW_SECONDS * 1000) return;
  const audited = await db.transaction(async (trx) => {
    const claim = await claimReadAudit(trx, { readerId: key.id, subjectType, subjectId }, WINDOW_SECONDS);
    if (claim === true) await appendAudit(trx, { actor: actorOf(req), action: `${subjectType}.read`, subjectType, subjectId, requestId: req.requestId });
    return claim === true ? now : claim.getTime();
  });
  // The window runs from the event that covers it, whichever process wrote it.
  recent.set(local, audited);
  if (recent.size > 100_000) recent.clear();
  if (++claims % 5000 === 0) await forgetOldReadMarks(db, WINDOW_SECONDS);
}
