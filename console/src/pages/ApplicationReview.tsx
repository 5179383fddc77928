/**
 * An application under review: who the business and its people are, every check with its evidence,
 * the risk score's contributions, what is still due, the documents and the case's history.
 */
import { ApplicationDecision, type ApplicationDecisionBody } from '../components/ApplicationDecision';
import type { Verdict } from '../components/Adjudication';
import { CheckEvidence, type Check } from '../components/CheckEvidence';
import { ProblemMessage } from '../components/ProblemMessage';
import { useLoad } from '../components/useLoad';
import { dateTime, label } from '../format';
import { useSession } from '../session';
import type { ReviewTask } from '../api';

export function ApplicationReview({ task, canDecide, onDecide }: { task: ReviewTask; canDecide: boolean; onDecide(body: ApplicationDecisionBody): Promise<void> }) {
  const { api } = useSession();
  const id = task.applicationId!;
  const loaded = useLoad(async () => {
    const [application, file] = await Promise.all([api.get('/v1/applications/{id}', { id }), api.get('/v1/applications/{id}/review-file', { id })]);
    return { application, file };
  }, [id, task.status]);
  if (loaded.error) return <ProblemMessage error={loaded.error} />;
  if (!loaded.data) return <p aria-busy="true">Loading the application…</p>;
  const { application, file } = loaded.data;
  if (!('requirements' in application)) return <p aria-busy="true">The application is being recorded…</p>;
  const app = application;
  const names = new Map<string, string>(file.persons.map((p: any) => [p.id, `${p.firstName} ${p.lastName}`]));
  // A register person is not named here: the evidence says where the register names them (see the register itself).
  const registerPerson = (c: Check) => {
    const p = (c.evidence as { registerPerson?: { role: string; position: number; registerRole: string } }).registerPerson;
    return p ? `${p.registerRole} in the register (${p.role} ${p.position})` : 'a person in the register';
  };
  const subjectName = (c: Check) =>
    c.subject.type === 'business' ? file.business.legalName : c.subject.type === 'person' ? names.get(c.subject.id) : c.subject.type === 'register_person' ? registerPerson(c) : 'bank account';
  const req = app.requirements ?? {};
  const due: string[] = [...(req.currentlyDue ?? []), ...(req.pastDue ?? [])];

  const adjudicate = (checkId: string, entryId: string, verdict: Verdict, note: string) =>
    api.post('/v1/review-tasks/{id}/adjudications', { id: task.id }, { checkId, entryId, verdict, note }).then(() => undefined);

  return (
    <div className="review">
      <section aria-labelledby="business-title">
        <h2 id="business-title">{file.business.legalName}</h2>
        <p className="muted">
          {label(file.business.businessType)} · {file.business.country} · registration {file.business.registrationNumber ?? '—'} · application <code>{app.id}</code> · status{' '}
          <strong data-testid="application-status">{label(app.status)}</strong>
        </p>
        <table>
          <caption>People</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Roles</th>
              <th scope="col">Born</th>
              <th scope="col">Nationality</th>
              <th scope="col">Owns</th>
              <th scope="col">ID document</th>
            </tr>
          </thead>
          <tbody>
            {file.persons.map((p: any) => (
              <tr key={p.id}>
                <td>
                  {p.firstName} {p.lastName}
                </td>
                <td>{p.roles.map(label).join(', ')}</td>
                <td>{p.dateOfBirth}</td>
                <td>{p.nationality ?? '—'}</td>
                <td>{p.ownershipPercent === null ? '—' : `${p.ownershipPercent}%`}</td>
                <td>{p.idDocument ? `${label(p.idDocument.type)} (${p.idDocument.issuingCountry}), expires ${p.idDocument.expiresOn ?? '—'}` : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="risk-title">
        <h2 id="risk-title">
          Risk:{' '}
          {app.risk ? (
            <span className={`risk risk-${app.risk.level}`}>
              {app.risk.level} ({app.risk.score})
            </span>
          ) : (
            '—'
          )}
        </h2>
        {app.risk && (
          <table>
            <caption>Contributions ({app.risk.version})</caption>
            <thead>
              <tr>
                <th scope="col">Rule</th>
                <th scope="col">Points</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {app.risk.contributions.map((c: any, i: number) => (
                <tr key={i}>
                  <td>
                    <code>{c.rule}</code>
                  </td>
                  <td>{c.points}</td>
                  <td>{c.explanation}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="checks-title">
        <h2 id="checks-title">Checks</h2>
        {app.checks.map((c: Check) => (
          <CheckEvidence
            key={c.id}
            check={c}
            subjectName={subjectName(c)}
            onAdjudicate={canDecide && c.kind === 'sanctions' ? (entryId, verdict, note) => adjudicate(c.id, entryId, verdict, note) : undefined}
          />
        ))}
      </section>

      <section aria-labelledby="requirements-title">
        <h2 id="requirements-title">Requirements</h2>
        <dl className="fields">
          <div>
            <dt>Currently due</dt>
            <dd>{(req.currentlyDue ?? []).join(', ') || 'nothing'}</dd>
          </div>
          <div>
            <dt>Past due</dt>
            <dd>{(req.pastDue ?? []).join(', ') || 'nothing'}</dd>
          </div>
          <div>
            <dt>Pending verification</dt>
            <dd>{(req.pendingVerification ?? []).join(', ') || 'nothing'}</dd>
          </div>
          <div>
            <dt>Deadline</dt>
            <dd>{dateTime(req.currentDeadline)}</dd>
          </div>
        </dl>
        {app.documents?.length > 0 && (
          <ul>
            {app.documents.map((d: any) => (
              <li key={d.id}>
                {label(d.type)}: {d.contentType}, {d.sizeBytes} bytes, SHA-256 <code>{d.sha256.slice(0, 16)}…</code>
              </li>
            ))}
          </ul>
        )}
      </section>

      {canDecide && <ApplicationDecision initialOutcome={task.firstReview?.outcome as ApplicationDecisionBody['outcome'] | undefined} dueItems={due} onDecide={onDecide} />}

      <section aria-labelledby="history-title">
        <h2 id="history-title">History</h2>
        <ol className="history">
          {file.history.map((e: any) => (
            <li key={e.id}>
              <time dateTime={e.at}>{dateTime(e.at)}</time> <strong>{label(e.action)}</strong>{' '}
              <span className="muted">by {e.actor.role === 'system' ? 'Sellergate' : `${label(e.actor.role)} ${e.actor.id}`}</span>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
