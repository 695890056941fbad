/** A cell as the export writes it: text, a number, or nothing (an empty cell). */
export type Cell = string | number | null | undefined;

const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * Member text ends up in spreadsheets, which run a cell starting with one of these as a formula:
 * such a cell gets a leading apostrophe (OWASP's advice against CSV injection).
 */
const formulaStart = /^[=+\-@\t\r]/;

/** One cell, RFC 4180: quoted when it holds a comma, a quote or a line break, quotes doubled. */
export function csvCell(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  let text = String(cell);
  if (typeof cell === 'string' && formulaStart.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(cells: readonly Cell[]): string {
  return cells.map(csvCell).join(',') + CRLF;
}

export interface CsvFile {
  name: string;
  data: Buffer;
}

/**
 * Builds a CSV file row by row (UTF-8 with a BOM so spreadsheets read accents, CRLF line ends,
 * one header row). A file that would pass `maxBytes` is split into parts, each with the header:
 * pairs.csv, then pairs-2.csv, pairs-3.csv…
 */
export class CsvWriter {
  private readonly done: CsvFile[] = [];
  private chunks: Buffer[] = [];
  private size = 0;
  private readonly header: Buffer;

  constructor(
    private readonly baseName: string,
    header: readonly string[],
    private readonly maxBytes: number,
  ) {
    this.header = Buffer.from(BOM + csvLine(header), 'utf8');
    this.start();
  }

  private start(): void {
    this.chunks = [this.header];
    this.size = this.header.length;
  }

  private flush(): void {
    const part = this.done.length + 1;
    const name = part === 1 ? `${this.baseName}.csv` : `${this.baseName}-${part}.csv`;
    this.done.push({ name, data: Buffer.concat(this.chunks) });
  }

  add(cells: readonly Cell[]): void {
    const line = Buffer.from(csvLine(cells), 'utf8');
    if (this.size + line.length > this.maxBytes && this.chunks.length > 1) {
      this.flush();
      this.start();
    }
    this.chunks.push(line);
    this.size += line.length;
  }

  files(): CsvFile[] {
    this.flush();
    return this.done;
  }
}
