/** The status filter of a list page: any status, or one; a change goes back to the first page. */
import { label } from '../format';

export function StatusFilter({ statuses, value, onChange }: { statuses: readonly string[]; value: string; onChange(status: string): void }) {
  return (
    <label>
      Status
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">any status</option>
        {statuses.map((s) => (
          <option key={s} value={s}>
            {label(s)}
          </option>
        ))}
      </select>
    </label>
  );
}
