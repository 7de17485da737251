/** Minimal RFC 4180 CSV reading and writing (quoted fields, doubled quotes, CRLF or LF). */

export type Row = Record<string, string>;

export function parseCsv(text: string): { header: string[]; rows: Row[] } {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  const [header = [], ...body] = records.filter((r) => !(r.length === 1 && r[0] === ''));
  const rows = body.map((r) => Object.fromEntries(header.map((h, j) => [h, r[j] ?? ''])));
  return { header, rows };
}

function quote(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(
  header: readonly string[],
  rows: readonly Record<string, string | number | boolean | null>[],
): string {
  const lines = [header.join(',')];
  for (const r of rows) lines.push(header.map((h) => quote(String(r[h] ?? ''))).join(','));
  return lines.join('\n') + '\n';
}
