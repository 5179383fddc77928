/**
 * A reviewer's verdict on one screening match, with the reason kept beside it. A false positive is
 * remembered for this person and list entry, so later screenings do not raise it again.
 */
import { useState } from 'react';
import { ProblemMessage } from './ProblemMessage';
import { useSubmit } from './useSubmit';

export type Verdict = 'false_positive' | 'true_match';

export function Adjudication({ entryId, onAdjudicate }: { entryId: string; onAdjudicate(verdict: Verdict, note: string): Promise<void> }) {
  const [verdict, setVerdict] = useState<Verdict>();
  const [note, setNote] = useState('');
  const [recorded, setRecorded] = useState<Verdict>();
  const { submit, busy, error } = useSubmit(async () => {
    await onAdjudicate(verdict!, note.trim());
    setRecorded(verdict);
    setVerdict(undefined);
  });
  if (recorded) return <span role="status">Recorded: {recorded === 'false_positive' ? 'false positive' : 'true match'}</span>;
  if (!verdict) {
    return (
      <>
        <button type="button" onClick={() => setVerdict('false_positive')} aria-label={`False positive: ${entryId}`}>
          False positive
        </button>{' '}
        <button type="button" onClick={() => setVerdict('true_match')} aria-label={`True match: ${entryId}`}>
          True match
        </button>
      </>
    );
  }
  return (
    <form onSubmit={submit} className="adjudication">
      <label htmlFor={`adjudication-${entryId}`}>Why {verdict === 'false_positive' ? 'it is not this person or entity' : 'it is a match'}</label>
      <textarea id={`adjudication-${entryId}`} rows={2} required maxLength={4000} value={note} onChange={(e) => setNote(e.target.value)} />
      <button type="submit" disabled={busy || note.trim() === ''}>
        Record {verdict === 'false_positive' ? 'false positive' : 'true match'}
      </button>{' '}
      <button type="button" onClick={() => setVerdict(undefined)}>
        Cancel
      </button>
      <ProblemMessage error={error} />
    </form>
  );
}
