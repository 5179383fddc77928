/**
 * One check with its evidence. Screening matches get a table (name, score, list, programme and why
 * they matched) with the list version, so a reviewer can adjudicate; other evidence reads as fields.
 */
import { label } from '../format';
import { Adjudication, type Verdict } from './Adjudication';

export type { Check } from '../api';
import type { Check } from '../api';

/** A potential match as the screening check records it (domain/screening/screening-index.ts). */
interface ScreeningMatch {
  entryId: string;
  listId: string;
  name: string;
  matchedName: string;
  score: number;
  program: string;
  explanation: string[];
}

function Value({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <>—</>;
  if (typeof value === 'boolean') return <>{value ? 'yes' : 'no'}</>;
  if (typeof value === 'object') return <code className="json">{JSON.stringify(value)}</code>;
  return <>{String(value)}</>;
}

export function CheckEvidence({ check, subjectName, onAdjudicate }: { check: Check; subjectName?: string; onAdjudicate?: (entryId: string, verdict: Verdict, note: string) => Promise<void> }) {
  // Evidence is the check's own record (an open object in the contract); a screening's has these.
  const { matches, cleared, listVersion, ...rest } = (check.evidence ?? {}) as { matches?: ScreeningMatch[]; cleared?: unknown[]; listVersion?: string } & Record<string, unknown>;
  return (
    <article className={`check check-${check.status}`} aria-labelledby={`check-${check.id}`} data-check-kind={check.kind}>
      <h3 id={`check-${check.id}`}>
        {label(check.kind)} <span className="muted">· {subjectName ?? `${check.subject.type} ${check.subject.id}`}</span>
        <span className={`status status-${check.status}`}>{label(check.status)}</span>
      </h3>
      <p className="muted">
        {check.code && (
          <>
            Code <code>{check.code}</code> ·{' '}
          </>
        )}
        provider {check.provider}
        {listVersion && (
          <>
            {' '}
            · list version <code>{listVersion}</code>
          </>
        )}
      </p>
      {Array.isArray(matches) && matches.length > 0 && (
        <table className="matches">
          <caption>Potential matches</caption>
          <thead>
            <tr>
              <th scope="col">Listed name</th>
              <th scope="col">Matched as</th>
              <th scope="col">Score</th>
              <th scope="col">List · programme</th>
              <th scope="col">Why</th>
              {onAdjudicate && <th scope="col">Verdict</th>}
            </tr>
          </thead>
          <tbody>
            {matches.map((m) => (
              <tr key={m.entryId}>
                <td>{m.name}</td>
                <td>{m.matchedName}</td>
                <td>{Number(m.score).toFixed(2)}</td>
                <td>
                  {m.listId} · {m.program}
                </td>
                <td>{(m.explanation ?? []).join('; ')}</td>
                {onAdjudicate && (
                  <td>
                    <Adjudication entryId={m.entryId} onAdjudicate={(verdict, note) => onAdjudicate(m.entryId, verdict, note)} />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {Array.isArray(cleared) && cleared.length > 0 && <p className="muted">{cleared.length} match(es) cleared earlier by a reviewer's adjudication.</p>}
      {Object.keys(rest).length > 0 && (
        <dl className="fields">
          {Object.entries(rest).map(([k, v]) => (
            <div key={k}>
              <dt>{label(k)}</dt>
              <dd>
                <Value value={v} />
              </dd>
            </div>
          ))}
        </dl>
      )}
    </article>
  );
}
