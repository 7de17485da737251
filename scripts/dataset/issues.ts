/** Validation problems, each naming the file, the county (FIPS + name) where there is one, and the field. */

export interface Issue {
  file: string;
  field: string;
  message: string;
  fips?: string;
  county?: string;
  /** Row id (fact id, source id, step id) or 1-based data row number. */
  row?: string;
}

export function formatIssue(i: Issue): string {
  const where = [
    i.fips ? `county ${i.fips}${i.county ? ` ${i.county}` : ''}` : '',
    i.row ? `row ${i.row}` : '',
    `field "${i.field}"`,
  ]
    .filter(Boolean)
    .join(', ');
  return `${i.file}: ${where}: ${i.message}`;
}
