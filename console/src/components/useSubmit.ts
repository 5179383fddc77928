/** A form's submission: busy while it runs, the API's problem kept for the form to show. */
import { useState, type FormEvent } from 'react';

export function useSubmit(action: () => Promise<void>): { submit(e: FormEvent): Promise<void>; busy: boolean; error: unknown } {
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await action();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }
  return { submit, busy, error };
}
