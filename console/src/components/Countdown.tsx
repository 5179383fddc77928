/** An SLA countdown: time left, or how long overdue, announced as text as well as colour. */
import { duration, useNow } from '../format';

export function Countdown({ due }: { due: string | null }) {
  const now = useNow();
  if (!due) return <span>—</span>;
  const left = new Date(due).getTime() - now;
  const state = left < 0 ? 'overdue' : left < 4 * 3_600_000 ? 'soon' : 'ok';
  return (
    <time dateTime={due} className={`sla sla-${state}`} title={new Date(due).toLocaleString()}>
      {left < 0 ? `overdue ${duration(left)}` : `${duration(left)} left`}
    </time>
  );
}
