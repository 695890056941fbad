import { describe, expect, test } from 'vitest';
import { csvCell, CsvWriter } from '../../src/domain/exports/csv.ts';
import { messagesOf } from '../../commands/program-export.ts';
import { parseCsv, records } from '../e2e/export-csv.ts';

describe('csvCell', () => {
  test('quotes commas, quotes and line breaks, doubling quotes (RFC 4180)', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\r\nlines')).toBe('"two\r\nlines"');
    expect(csvCell('lf\nonly')).toBe('"lf\nonly"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(0)).toBe('0');
  });

  test('neutralises cells a spreadsheet would run as formulas, but not numbers', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvCell(`${start}1+1`).replace(/^"/, '')[0]).toBe("'");
    expect(csvCell('=cmd|"/c calc"!A1')).toBe(`"'=cmd|""/c calc""!A1"`);
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell('a=b')).toBe('a=b');
  });
});

describe('CsvWriter', () => {
  test('writes a BOM, one header and CRLF rows that parse back, accents and all', () => {
    const csv = new CsvWriter('people', ['name', 'note'], 1_000_000);
    csv.add(['Zoé, "la" crème', 'line one\r\nline two']);
    csv.add(['Ünïcødé 🚀', null]);
    const [file, ...more] = csv.files();
    expect(more).toEqual([]);
    expect(file!.name).toBe('people.csv');
    expect(file!.data.toString('utf8').endsWith('\r\n')).toBe(true);
    expect(records(file!.data)).toEqual([
      { name: 'Zoé, "la" crème', note: 'line one\r\nline two' },
      { name: 'Ünïcødé 🚀', note: '' },
    ]);
  });

  test('an empty export is the header alone', () => {
    const [file] = new CsvWriter('reports', ['status', 'count'], 1000).files();
    expect(parseCsv(file!.data.toString('utf8').slice(1))).toEqual([['status', 'count']]);
  });

  test('splits a file past the size limit into parts, each with the header and within the limit', () => {
    const csv = new CsvWriter('pairs', ['id', 'text'], 200);
    for (let i = 0; i < 50; i += 1) csv.add([i, 'x'.repeat(20)]);
    const files = csv.files();
    expect(files.length).toBeGreaterThan(5);
    expect(files.map((f) => f.name).slice(0, 3)).toEqual(['pairs.csv', 'pairs-2.csv', 'pairs-3.csv']);
    for (const file of files) expect(file.data.length).toBeLessThanOrEqual(200);
    expect(files.flatMap((f) => records(f.data)).map((r) => Number(r.id))).toEqual([...Array(50).keys()]);
  });
});

describe('messagesOf', () => {
  const file = (name: string, size: number) => ({ name, data: Buffer.alloc(size) });

  test('puts at most ten files in a message', () => {
    const files = Array.from({ length: 23 }, (_, i) => file(`f${i}.csv`, 10));
    expect(messagesOf(files, 10_000).map((m) => m.length)).toEqual([10, 10, 3]);
  });

  test('keeps each message within the size limit', () => {
    const files = [file('a', 60), file('b', 60), file('c', 30), file('d', 90)];
    expect(messagesOf(files, 100).map((m) => m.map((f) => f.name))).toEqual([['a'], ['b', 'c'], ['d']]);
  });
});
