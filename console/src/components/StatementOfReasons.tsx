/** An enforcement action's statement of reasons (DSA Art. 17), as the seller receives it. */
import { label } from '../format';

export function StatementOfReasons({ statement }: { statement: any }) {
  if (!statement) return null;
  return (
    <dl className="fields statement">
      <div>
        <dt>Facts</dt>
        <dd>
          <ul>
            {statement.facts.map((f: string, i: number) => (
              <li key={i}>{f}</li>
            ))}
          </ul>
        </dd>
      </div>
      <div>
        <dt>Ground</dt>
        <dd>
          {statement.ground.type === 'law' ? 'Law' : 'Terms'}: {statement.ground.references.join('; ')}. {statement.ground.explanation}
        </dd>
      </div>
      <div>
        <dt>Automated</dt>
        <dd>
          detection {statement.automatedDetection ? 'yes' : 'no'}; decision {label(statement.automatedDecision)}
        </dd>
      </div>
      <div>
        <dt>Scope</dt>
        <dd>{label(statement.scope.type)}</dd>
      </div>
      <div>
        <dt>Notice and duration</dt>
        <dd>
          {statement.duration.noticeHours} h notice; {statement.duration.durationDays ? `${statement.duration.durationDays} days` : 'until lifted'}
        </dd>
      </div>
      <div>
        <dt>Redress</dt>
        <dd>{statement.redress.appeal}</dd>
      </div>
    </dl>
  );
}
