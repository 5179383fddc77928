/** CSV for the dashboard's exports (RFC 4180 quoting), downloaded as a file. */
export function toCsv(rows: Record<string, unknown>[]): string {
  if (rows.length === 0) return '';
  const columns = Object.keys(rows[0]);
  const cell = (v: unknown) => {
    const s = v === null || v === undefined ? '' : String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [columns.join(','), ...rows.map((r) => columns.map((c) => cell(r[c])).join(','))].join('\r\n') + '\r\n';
}

/** Flattens nested figures into `path,value` rows: `applications.byOutcome.approved,12`. */
export function flatten(value: unknown, prefix = ''): { figure: string; value: unknown }[] {
  if (value === null || typeof value !== 'object') return [{ figure: prefix, value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => flatten(v, `${prefix}[${(v as { queue?: string })?.queue ?? i}]`));
  return Object.entries(value).flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k));
}

export function download(filename: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: filename });
  document.body.append(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}
