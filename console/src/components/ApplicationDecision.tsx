/**
 * Deciding an application's review task: approve, reject (retry or final) or request information,
 * each with the reason codes the API accepts for that outcome (imported from the domain, so the
 * two cannot drift). A second reviewer sees the first decision and confirms or overrides it.
 */
import { useState } from 'react';
import { reviewReasonCodes, reviewOutcomes } from '../../../domain/review/codes';
import { OutcomeChoice } from './OutcomeChoice';
import { ProblemMessage } from './ProblemMessage';
import { useSubmit } from './useSubmit';
import { label } from '../format';

export interface ApplicationDecisionBody {
  outcome: (typeof reviewOutcomes)[number];
  rejectType?: 'retry' | 'final';
  reasons: string[];
  note?: string;
  requestedItems?: string[];
}

const commonItems = [
  'business.registrationNumber',
  'business.address',
  'business.taxId',
  'business.vatNumber',
  'persons.idDocument',
  'bankAccount',
  'documents.business_registration',
  'documents.bank_statement',
];

export function ApplicationDecision({
  initialOutcome,
  dueItems,
  onDecide,
}: {
  initialOutcome?: ApplicationDecisionBody['outcome'];
  dueItems: string[];
  onDecide(body: ApplicationDecisionBody): Promise<void>;
}) {
  const [outcome, setOutcome] = useState<ApplicationDecisionBody['outcome']>(initialOutcome ?? 'approve');
  const [reasons, setReasons] = useState<string[]>([]);
  const [rejectType, setRejectType] = useState<'retry' | 'final'>('retry');
  const [items, setItems] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const toggle = (list: string[], set: (l: string[]) => void, value: string) => set(list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);
  const { submit, busy, error } = useSubmit(async () => {
    await onDecide({
      outcome,
      reasons,
      ...(outcome === 'reject' ? { rejectType } : {}),
      ...(outcome === 'request_information' ? { requestedItems: items } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
    });
  });

  return (
    <form className="decision" onSubmit={submit} aria-labelledby="decide-title">
      <h2 id="decide-title">Decide</h2>
      <OutcomeChoice
        outcomes={reviewOutcomes}
        outcome={outcome}
        onChoose={(o) => {
          setOutcome(o);
          setReasons([]);
        }}
      />
      {outcome === 'reject' && (
        <fieldset>
          <legend>Rejection</legend>
          <label className="choice">
            <input type="radio" name="rejectType" value="retry" checked={rejectType === 'retry'} onChange={() => setRejectType('retry')} /> may apply again (retry)
          </label>
          <label className="choice">
            <input type="radio" name="rejectType" value="final" checked={rejectType === 'final'} onChange={() => setRejectType('final')} /> final
          </label>
        </fieldset>
      )}
      <fieldset>
        <legend>Reasons</legend>
        {reviewReasonCodes[outcome].map((r) => (
          <label key={r} className="choice">
            <input type="checkbox" name="reasons" value={r} checked={reasons.includes(r)} onChange={() => toggle(reasons, setReasons, r)} /> {label(r)}
          </label>
        ))}
      </fieldset>
      {outcome === 'request_information' && (
        <fieldset>
          <legend>Items to ask the seller for</legend>
          {[...new Set([...dueItems, ...commonItems])].map((item) => (
            <label key={item} className="choice">
              <input type="checkbox" name="requestedItems" value={item} checked={items.includes(item)} onChange={() => toggle(items, setItems, item)} /> <code>{item}</code>
            </label>
          ))}
        </fieldset>
      )}
      <label htmlFor="decision-note">{outcome === 'request_information' ? 'Message to the seller' : 'Note (kept with the decision)'}</label>
      <textarea id="decision-note" name="note" rows={3} value={note} onChange={(e) => setNote(e.target.value)} maxLength={4000} />
      <button type="submit" disabled={busy}>
        {busy ? 'Sending…' : `Submit: ${label(outcome)}`}
      </button>
      <ProblemMessage error={error} />
    </form>
  );
}
