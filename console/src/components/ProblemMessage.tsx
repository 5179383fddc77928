/** An API error as the reviewer should read it: the title, and each field with its message. */
import { ApiError } from '../api';

export function ProblemMessage({ error }: { error: unknown }) {
  if (!error) return null;
  const problem = error instanceof ApiError ? error.problem : undefined;
  return (
    <div role="alert" className="problem">
      <strong>{problem?.title ?? (error as Error).message}</strong>
      {problem?.detail && problem.detail !== problem.title && <span className="detail"> {problem.detail}</span>}
      {problem?.code && <span className="code"> ({problem.code})</span>}
      {problem?.errors && (
        <ul>
          {problem.errors.map((e) => (
            <li key={e.path + e.code}>
              <code>{e.path}</code>: {e.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
