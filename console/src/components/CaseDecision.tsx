/**
 * Deciding a case's review task. Each kind has its outcomes and, where the API asks for them,
 * reason codes (from the domain) and extra fields: the lighter action for a modified appeal, the
 * action with its ground and facts for an investigation that ends in enforcement or a notice acted on.
 */
import { useState } from 'react';
import { appealReasonCodes } from '../../../domain/appeals/codes';
import { investigationReasonCodes } from '../../../domain/investigations/codes';
import { listingActionTypes, noticeReasonCodes } from '../../../domain/notices/codes';
import { disputeReasonCodes } from '../../../domain/disputes/codes';
import { rootCauses } from '../../../domain/operations/root-causes';
import { label } from '../format';
import { OutcomeChoice } from './OutcomeChoice';
import { ProblemMessage } from './ProblemMessage';
import { useSubmit } from './useSubmit';

const outcomes: Record<string, { outcomes: string[]; reasons?: Record<string, readonly string[]> }> = {
  enforcement: { outcomes: ['confirm', 'decline'] },
  inquiry: { outcomes: ['approve', 'decline'] },
  appeal: { outcomes: ['uphold', 'overturn', 'modify'], reasons: appealReasonCodes },
  investigation: { outcomes: ['no_action', 'enforce'], reasons: investigationReasonCodes },
  notice: { outcomes: ['no_action', 'action'], reasons: noticeReasonCodes },
  dispute: { outcomes: ['buyer_favour', 'partial_refund', 'seller_favour'], reasons: disputeReasonCodes },
  // A blind second review: the outcomes and reasons of every case kind QA samples, the first decision not shown.
  quality_review: {
    outcomes: ['no_action', 'enforce', 'action', 'buyer_favour', 'partial_refund', 'seller_favour'],
    reasons: { ...investigationReasonCodes, ...noticeReasonCodes, ...disputeReasonCodes },
  },
};
const lighterActions = ['warning', 'feature_restriction', 'reduced_visibility'];
const actionTypes = ['warning', 'feature_restriction', 'reduced_visibility', 'suspension', 'deactivation'];
/** What an outcome acts with: an investigation's enforcement, or a notice's action on the listing or the seller. */
const acting = (kind: string, outcome: string) => (kind === 'investigation' && outcome === 'enforce') || (kind === 'notice' && outcome === 'action');

export function CaseDecision({ kind, onDecide }: { kind: string; onDecide(body: unknown): Promise<void> }) {
  const spec = outcomes[kind];
  const [outcome, setOutcome] = useState(spec.outcomes[0]);
  const [reasons, setReasons] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [replaceWith, setReplaceWith] = useState(lighterActions[0]);
  const [action, setAction] = useState({ type: kind === 'notice' ? listingActionTypes[0] : 'warning', groundType: 'terms', reference: '', explanation: '', facts: '' });
  const [manifest, setManifest] = useState(false);
  const [refund, setRefund] = useState({ amount: '', currency: 'GBP' });
  const [rootCause, setRootCause] = useState('');
  const { submit, busy, error } = useSubmit(async () => {
    await onDecide({
      outcome,
      note: note.trim(),
      ...(spec.reasons ? { reasons } : {}),
      ...(kind === 'appeal' && outcome === 'modify' ? { replaceWith } : {}),
      ...(kind === 'dispute' && outcome === 'partial_refund' ? { refund } : {}),
      ...(rootCause && ['investigation', 'notice', 'dispute'].includes(kind) ? { rootCause } : {}),
      // Art. 23: manifestly illegal content counts against the seller, a manifestly unfounded notice against its notifier.
      ...(kind === 'notice' ? (outcome === 'action' ? { manifestlyIllegal: manifest } : { manifestlyUnfounded: manifest }) : {}),
      ...(acting(kind, outcome)
        ? {
            action: {
              type: action.type,
              ground: { type: action.groundType, reference: action.reference, explanation: action.explanation },
              facts: action.facts
                .split('\n')
                .map((f) => f.trim())
                .filter(Boolean),
            },
          }
        : {}),
    });
  });

  return (
    <form className="decision" onSubmit={submit} aria-labelledby="case-decide-title">
      <h2 id="case-decide-title">Decide</h2>
      <OutcomeChoice
        outcomes={spec.outcomes}
        outcome={outcome}
        onChoose={(o) => {
          setOutcome(o);
          setReasons([]);
        }}
      />
      {spec.reasons && (
        <fieldset>
          <legend>Reasons</legend>
          {spec.reasons[outcome].map((r) => (
            <label key={r} className="choice">
              <input type="checkbox" name="reasons" value={r} checked={reasons.includes(r)} onChange={() => setReasons(reasons.includes(r) ? reasons.filter((x) => x !== r) : [...reasons, r])} />{' '}
              {label(r)}
            </label>
          ))}
        </fieldset>
      )}
      {kind === 'appeal' && outcome === 'modify' && (
        <label>
          Replace with a lighter action
          <select value={replaceWith} onChange={(e) => setReplaceWith(e.target.value)}>
            {lighterActions.map((a) => (
              <option key={a} value={a}>
                {label(a)}
              </option>
            ))}
          </select>
        </label>
      )}
      {kind === 'dispute' && outcome === 'partial_refund' && (
        <fieldset>
          <legend>Refund</legend>
          <label>
            Amount <input value={refund.amount} onChange={(e) => setRefund({ ...refund, amount: e.target.value })} placeholder="12.50" />
          </label>
          <label>
            Currency <input value={refund.currency} onChange={(e) => setRefund({ ...refund, currency: e.target.value.toUpperCase() })} maxLength={3} />
          </label>
        </fieldset>
      )}
      {kind === 'notice' && (
        <label className="choice">
          <input type="checkbox" name="manifest" checked={manifest} onChange={() => setManifest(!manifest)} />{' '}
          {outcome === 'action' ? 'Manifestly illegal (counts towards the seller’s misuse, DSA Art. 23(1))' : 'Manifestly unfounded (counts towards the notifier’s misuse, DSA Art. 23(2))'}
        </label>
      )}
      {acting(kind, outcome) && (
        <fieldset>
          <legend>Action and its statement of reasons</legend>
          <label>
            Action{' '}
            <select value={action.type} onChange={(e) => setAction({ ...action, type: e.target.value })}>
              {(kind === 'notice' ? [...listingActionTypes, ...actionTypes] : actionTypes).map((a) => (
                <option key={a} value={a}>
                  {label(a)}
                </option>
              ))}
            </select>
          </label>
          <label>
            Ground{' '}
            <select value={action.groundType} onChange={(e) => setAction({ ...action, groundType: e.target.value })}>
              <option value="terms">terms</option>
              <option value="law">law</option>
            </select>
          </label>
          <label>
            Reference (clause or law) <input value={action.reference} onChange={(e) => setAction({ ...action, reference: e.target.value })} />
          </label>
          <label>
            Explanation <input value={action.explanation} onChange={(e) => setAction({ ...action, explanation: e.target.value })} />
          </label>
          <label>
            Facts, one per line, without names or contact details <textarea rows={3} value={action.facts} onChange={(e) => setAction({ ...action, facts: e.target.value })} />
          </label>
        </fieldset>
      )}
      {['investigation', 'notice', 'dispute'].includes(kind) && (
        <label>
          Root cause{' '}
          <select value={rootCause} onChange={(e) => setRootCause(e.target.value)}>
            <option value="">not recorded</option>
            {rootCauses.map((c) => (
              <option key={c} value={c}>
                {label(c)}
              </option>
            ))}
          </select>
        </label>
      )}
      <label htmlFor="case-note">Note</label>
      <textarea id="case-note" name="note" rows={3} value={note} onChange={(e) => setNote(e.target.value)} maxLength={4000} />
      <button type="submit" disabled={busy}>
        {busy ? 'Sending…' : `Submit: ${label(outcome)}`}
      </button>
      <ProblemMessage error={error} />
    </form>
  );
}
