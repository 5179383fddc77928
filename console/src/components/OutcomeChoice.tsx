/** The outcome radios of a decision form: choosing another outcome clears the reasons chosen for the last. */
import { label } from '../format';

export function OutcomeChoice<O extends string>({ outcomes, outcome, onChoose }: { outcomes: readonly O[]; outcome: O | undefined; onChoose(o: O): void }) {
  return (
    <fieldset>
      <legend>Outcome</legend>
      {outcomes.map((o) => (
        <label key={o} className="choice">
          <input type="radio" name="outcome" value={o} checked={outcome === o} onChange={() => onChoose(o)} /> {label(o)}
        </label>
      ))}
    </fieldset>
  );
}
