// Flattens the visible captures into list rows with a header per local day (newest or oldest first).

export type ListRow = { kind: 'day'; day: number; count: number } | { kind: 'clip'; index: number };

export function buildRows(visible: Uint32Array, days: Int32Array, newestFirst: boolean): ListRow[] {
  const rows: ListRow[] = [];
  let header: Extract<ListRow, { kind: 'day' }> | null = null;
  const n = visible.length;
  for (let k = 0; k < n; k++) {
    const index = visible[newestFirst ? n - 1 - k : k]!;
    const day = days[index]!;
    if (!header || header.day !== day) {
      header = { kind: 'day', day, count: 0 };
      rows.push(header);
    }
    header.count++;
    rows.push({ kind: 'clip', index });
  }
  return rows;
}
