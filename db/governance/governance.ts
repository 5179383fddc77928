/**
 * The governance figures, counted in Postgres over a date range: onboarding outcomes and speed,
 * automated against human decisions, the review backlog and SLA attainment, screening, enforcement,
 * appeals and regulators' inquiries. Set-based: one query per family of figures, whatever the size.
 */
import type { Knex } from 'knex';
import { hours, share, type Interval, type Range } from '../../domain/governance/governance';

type Row = Record<string, string | number | null>;
const n = (v: unknown) => Number(v ?? 0);

/** The counts of grouped rows summed where `keep` holds. */
const total = (groups: Row[], keep: (r: Row) => boolean = () => true) => groups.filter(keep).reduce((t, r) => t + n(r.n), 0);

/** Grouped counts summed per value of one column: `{ suspension: 3, warning: 12 }`. */
const tally = (groups: Row[], key: string) => Object.fromEntries([...new Set(groups.map((r) => String(r[key])))].sort().map((k) => [k, total(groups, (r) => String(r[key]) === k)]));

async function rows(db: Knex, sql: string, bindings: Record<string, unknown>): Promise<Row[]> {
  return (await db.raw(sql, bindings)).rows as Row[];
}

/** How applications ended in the range, how long it took, and who decided. */
export async function onboardingFigures(db: Knex, range: Range) {
  const [submitted] = await rows(db, `select count(*) as n from applications where submitted_at >= :from and submitted_at < :to`, { ...range });
  const outcomes = await rows(
    db,
    `select status, count(*) as n from applications
      where status in ('approved', 'rejected', 'withdrawn', 'expired') and coalesce(decided_at, updated_at) >= :from and coalesce(decided_at, updated_at) < :to
      group by status`,
    { ...range },
  );
  const [timing] = await rows(
    db,
    `select count(*) as decided,
            count(*) filter (where d.automated) as automated,
            percentile_cont(0.5) within group (order by extract(epoch from d.decided_at - a.submitted_at)) as p50,
            percentile_cont(0.9) within group (order by extract(epoch from d.decided_at - a.submitted_at)) as p90,
            count(*) filter (where d.confirmed_by_id is not null) as four_eyes
       from decisions d join applications a on a.id = d.application_id
      where d.decided_at >= :from and d.decided_at < :to`,
    { ...range },
  );
  const decided = n(timing.decided);
  const automated = n(timing.automated);
  return {
    submitted: n(submitted.n),
    byOutcome: Object.fromEntries(['approved', 'rejected', 'withdrawn', 'expired'].map((s) => [s, n(outcomes.find((o) => o.status === s)?.n)])),
    timeToDecisionHours: { p50: hours(timing.p50 as number | null), p90: hours(timing.p90 as number | null) },
    decisions: { total: decided, automated, human: decided - automated, automatedShare: share(automated, decided), confirmedByASecondReviewer: n(timing.four_eyes) },
  };
}

/** The backlog as it stands now, and how many tasks decided in the range met their SLA, per queue. */
export async function reviewFigures(db: Knex, range: Range) {
  const backlog = await rows(
    db,
    `select queue, count(*) as open, count(*) filter (where sla_due_at < now()) as overdue, min(sla_due_at) as oldest_due
       from review_tasks where status in ('open', 'claimed', 'awaiting_second_review') group by queue order by queue`,
    {},
  );
  const attainment = await rows(
    db,
    `select queue, count(*) as decided, count(*) filter (where decided_at <= sla_due_at) as within_sla
       from review_tasks where status = 'decided' and decided_at >= :from and decided_at < :to group by queue order by queue`,
    { ...range },
  );
  const queues = [...new Set([...backlog, ...attainment].map((r) => String(r.queue)))].sort();
  return queues.map((queue) => {
    const b = backlog.find((r) => r.queue === queue);
    const a = attainment.find((r) => r.queue === queue);
    return {
      queue,
      backlog: n(b?.open),
      overdue: n(b?.overdue),
      oldestDueAt: b?.oldest_due ? new Date(b.oldest_due as string).toISOString() : null,
      decided: n(a?.decided),
      withinSla: n(a?.within_sla),
      slaAttainment: share(n(a?.within_sla), n(a?.decided)),
    };
  });
}

/** Screenings with potential matches, and what reviewers made of the matches. */
export async function screeningFigures(db: Knex, range: Range) {
  const [checks] = await rows(
    db,
    `select count(*) as screened, count(*) filter (where status = 'needs_review') as with_hits
       from checks where kind = 'sanctions' and completed_at >= :from and completed_at < :to`,
    { ...range },
  );
  const verdicts = await rows(db, `select verdict, count(*) as n from screening_adjudications where created_at >= :from and created_at < :to group by verdict`, { ...range });
  const falsePositives = n(verdicts.find((v) => v.verdict === 'false_positive')?.n);
  const trueMatches = n(verdicts.find((v) => v.verdict === 'true_match')?.n);
  return {
    screened: n(checks.screened),
    withPotentialMatches: n(checks.with_hits),
    adjudications: { falsePositive: falsePositives, trueMatch: trueMatches, falsePositiveShare: share(falsePositives, falsePositives + trueMatches) },
  };
}

/** Enforcement actions taken in the range, by type, ground and how automated they were. */
export async function enforcementFigures(db: Knex, range: Range) {
  const groups = await rows(
    db,
    `select type, statement->'ground'->>'type' as ground, status, automated_detection, automated_decision, count(*) as n
       from enforcement_actions where created_at >= :from and created_at < :to
      group by 1, 2, 3, 4, 5`,
    { ...range },
  );
  // Proposed and then called off or declined before it took effect: not an action the seller bore.
  const taken = (r: Row) => !['cancelled', 'declined'].includes(String(r.status));
  return {
    proposed: total(groups),
    taken: total(groups, taken),
    byType: tally(groups, 'type'),
    byGround: tally(groups, 'ground'),
    byStatus: tally(groups, 'status'),
    automatedDetection: total(groups, (r) => taken(r) && r.automated_detection === (true as unknown)),
    automatedDecision: total(groups, (r) => taken(r) && r.automated_decision === (true as unknown)),
  };
}

/** Appeals (the internal complaint-handling system of DSA Art. 20) received and decided in the range. */
export async function appealFigures(db: Knex, range: Range) {
  const [received] = await rows(db, `select count(*) as n from appeals where created_at >= :from and created_at < :to`, { ...range });
  const decided = await rows(
    db,
    `select outcome, count(*) as n, percentile_cont(0.5) within group (order by extract(epoch from decided_at - created_at)) as median
       from appeals where decided_at >= :from and decided_at < :to group by rollup(outcome)`,
    { ...range },
  );
  const total = decided.find((r) => r.outcome === null);
  const count = (o: string) => n(decided.find((r) => r.outcome === o)?.n);
  return {
    received: n(received.n),
    decided: n(total?.n),
    byOutcome: { uphold: count('uphold'), overturn: count('overturn'), modify: count('modify') },
    // A modified decision is reversed in part: both count against the original decision.
    overturnRate: share(count('overturn') + count('modify'), n(total?.n)),
    medianHandlingHours: hours(total?.median as number | null),
  };
}

/** Regulators' inquiries received in the range, and how many were acted on by their deadline. */
export async function inquiryFigures(db: Knex, range: Range) {
  const [r] = await rows(
    db,
    `select count(*) as received,
            count(*) filter (where status = 'answered') as answered,
            count(*) filter (where status = 'declined') as declined,
            count(*) filter (where acted_on_at is not null and acted_on_at <= due_at) as on_time,
            count(*) filter (where acted_on_at is null and due_at < now()) as overdue,
            percentile_cont(0.5) within group (order by extract(epoch from acted_on_at - acknowledged_at)) filter (where acted_on_at is not null) as median
       from inquiries where acknowledged_at >= :from and acknowledged_at < :to`,
    { ...range },
  );
  const actedOn = n(r.answered) + n(r.declined);
  return {
    received: n(r.received),
    answered: n(r.answered),
    declined: n(r.declined),
    actedOnTime: n(r.on_time),
    onTimeShare: share(n(r.on_time), actedOn),
    overdueOpen: n(r.overdue),
    medianHoursToAct: hours(r.median as number | null),
  };
}

/** Figures per day, week or month for the dashboard's charts; every bucket present, empty ones as zero. */
export async function governanceSeries(db: Knex, range: Range & { interval: Interval }) {
  // Named bindings and "::interval" do not mix in knex, hence cast(); each bucket is cut to the range.
  const counted = (table: string, column: string, where = 'true') => `(select count(*) from ${table} x where ${where} and x.${column} >= b.lo and x.${column} < b.hi)`;
  const series = await rows(
    db,
    `with params as (select :from::timestamptz as range_from, :to::timestamptz as range_to, cast('1 ' || :interval as interval) as step),
     starts as (
       select generate_series(date_trunc(:interval, range_from, 'UTC'), range_to - cast('1 microsecond' as interval), step) as bucket, range_from, range_to, step from params
     ),
     buckets as (select bucket, greatest(bucket, range_from) as lo, least(bucket + step, range_to) as hi from starts)
     select b.bucket,
       ${counted('applications', 'submitted_at')} as submitted,
       ${counted('decisions', 'decided_at', "x.outcome = 'approve'")} as approved,
       ${counted('decisions', 'decided_at', "x.outcome = 'reject'")} as rejected,
       ${counted('decisions', 'decided_at', 'x.automated')} as automated,
       ${counted('enforcement_actions', 'created_at')} as enforcement_actions,
       ${counted('appeals', 'created_at')} as appeals,
       ${counted('review_tasks', 'decided_at', "x.status = 'decided'")} as tasks_decided,
       ${counted('review_tasks', 'decided_at', "x.status = 'decided' and x.decided_at <= x.sla_due_at")} as tasks_within_sla
     from buckets b order by b.bucket`,
    { ...range },
  );
  return series.map((s) => ({
    bucket: new Date(s.bucket as string).toISOString(),
    submitted: n(s.submitted),
    approved: n(s.approved),
    rejected: n(s.rejected),
    automatedDecisions: n(s.automated),
    enforcementActions: n(s.enforcement_actions),
    appeals: n(s.appeals),
    slaAttainment: share(n(s.tasks_within_sla), n(s.tasks_decided)),
  }));
}

/** Notices about sellers (reports, DSA Art. 16) received in the range, by category and by who sent them. */
export async function noticeFigures(db: Knex, range: Range) {
  const groups = await rows(db, `select category, reporter_type, count(*) as n from reports where created_at >= :from and created_at < :to group by 1, 2`, { ...range });
  return { received: total(groups), byCategory: tally(groups, 'category'), bySender: tally(groups, 'reporter_type') };
}

/** Appeals received in the range by what they contest: an enforcement action or a rejected application. */
export async function complaintBases(db: Knex, range: Range) {
  const groups = await rows(db, `select subject_type, count(*) as n from appeals where created_at >= :from and created_at < :to group by 1`, { ...range });
  return Object.fromEntries(groups.map((g) => [String(g.subject_type), n(g.n)]));
}

/** Inquiries received in the range by legal basis (orders from authorities, DSA Art. 10 and 15(1)(a)). */
export async function inquiryBases(db: Knex, range: Range) {
  const groups = await rows(db, `select legal_basis, jurisdiction, count(*) as n from inquiries where acknowledged_at >= :from and acknowledged_at < :to group by 1, 2 order by 1, 2`, { ...range });
  return groups.map((g) => ({ legalBasis: String(g.legal_basis), jurisdiction: String(g.jurisdiction), received: n(g.n) }));
}
