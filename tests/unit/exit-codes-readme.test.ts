import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { ExitCode, NO_RESTART } from '../../src/exit-codes.ts';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const section = (title: string) => readme.split(`\n## ${title}\n`)[1]!.split('\n## ')[0]!;

test("the systemd unit's RestartPreventExitStatus lists exactly the codes a restart cannot cure", () => {
  const lines = [...readme.matchAll(/^RestartPreventExitStatus=(.+)$/gm)].map((match) => match[1]!);
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) expect(line.split(/\s+/).map(Number).sort()).toEqual([...NO_RESTART].sort());
});

test('README "Exit codes" has a row for every code, and says "no" to a restart exactly for those', () => {
  const rows = new Map(
    [...section('Exit codes').matchAll(/^\| (\d+) \|.*\| ([^|]+) \|$/gm)].map((match) => [
      Number(match[1]),
      match[2]!.trim(),
    ]),
  );
  expect([...rows.keys()].sort()).toEqual(Object.values(ExitCode).sort());
  const noRestart = [...rows].filter(([, restart]) => restart === 'no').map(([code]) => code);
  expect(noRestart.sort()).toEqual([...NO_RESTART].sort());
});
