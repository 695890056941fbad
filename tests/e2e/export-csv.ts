import { expect } from 'vitest';
import type { SimAttachment } from '../simulator/state.ts';

/** RFC 4180, strictly: CRLF line ends; quoted fields may hold commas, quotes (doubled) and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i += 1;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] !== '"') break;
          i += 1;
        }
        field += text[i];
        i += 1;
      }
      i += 1;
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new Error(`bare quote at ${i}`);
        field += text[i];
        i += 1;
      }
    }
    row.push(field);
    if (text[i] === ',') {
      i += 1;
      continue;
    }
    if (text.slice(i, i + 2) !== '\r\n') throw new Error(`expected CRLF at ${i}`);
    i += 2;
    rows.push(row);
    row = [];
  }
  return rows;
}

/** A CSV attachment as records keyed by its header, after checking the BOM and the row widths. */
export function records(file: SimAttachment | Buffer | undefined): Record<string, string>[] {
  if (!file) throw new Error('file missing');
  const data = Buffer.isBuffer(file) ? file : file.data;
  expect([...data.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...rows] = parseCsv(data.toString('utf8').slice(1));
  for (const row of rows) expect(row).toHaveLength(header!.length);
  return rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i]!])));
}

export const fileNamed = (files: SimAttachment[], name: string) => files.find((f) => f.filename === name);
