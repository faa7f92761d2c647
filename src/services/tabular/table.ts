/** A read file: its column headers and its rows of text cells keyed by header. */
export interface TableRow {
  /** 1-based line (CSV) or row number (XLSX) of the row in the file. */
  readonly line: number;
  readonly cells: ReadonlyMap<string, string>;
}

export interface Table {
  readonly headers: readonly string[];
  readonly rows: readonly TableRow[];
}

export const normalizeHeader = (header: string) => header.trim().toLowerCase().replace(/\s+/g, ' ');
