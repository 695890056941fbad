import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterEach, expect, test } from 'vitest';

const children = new Set<ChildProcess>();

/**
 * `npm run demo`'s entry point, as its own process, with only PATH from the environment. Its
 * output is read once both pipes closed ('close', not 'exit': a pipe may still hold the last
 * lines when the process exits); a demo still running after `timeoutMs` is killed.
 */
function runDemo(args: string[], timeoutMs = 80_000): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/demo/main.ts', ...args], {
    env: { PATH: process.env.PATH ?? '' },
    cwd: process.cwd(),
  });
  children.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  return new Promise((resolve) =>
    child.on('close', (code) => {
      clearTimeout(timer);
      children.delete(child);
      resolve({ code, stdout, stderr });
    }),
  );
}

const outputs: string[] = [];
afterEach(() => {
  for (const child of children) child.kill('SIGKILL');
  children.clear();
  for (const dir of outputs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The chart's path as printed; the file is there and is a PNG. */
function chartOf(stdout: string): string {
  const path = /(\S+answer-rate\.png)\s*$/m.exec(stdout)?.[1];
  expect(path).toBeDefined();
  outputs.push(dirname(path!));
  expect(existsSync(path!)).toBe(true);
  expect(readFileSync(path!).subarray(1, 4).toString()).toBe('PNG');
  return path!;
}

function expectClean(stdout: string, stderr: string): void {
  expect(stderr).toBe('');
  expect(stdout).not.toMatch(/\n\s+at /); // no stack trace
  expect(stdout).not.toContain('"level":'); // no log line of the bot's
  expect(stdout).not.toMatch(/<@!?&?\d+>|<#\d+>/); // mentions shown as names
  expect(stdout).not.toMatch(/\{\s*"/); // no JSON dumps
}

test('npm run demo plays the community in English: program, sign-ups, threads, prompts, report, stats chart', async () => {
  const { code, stdout, stderr } = await runDemo([]);
  expect(code, stderr).toBe(0);
  expectClean(stdout, stderr);
  expect(stdout).toContain('Ada (admin) runs /program create name:"Spring Circle"');
  expect(stdout).toContain('Created Spring Circle (Career advancement)');
  expect(stdout).toContain('Mina (mentee) presses [Join as mentee]');
  expect(stdout).toMatch(/(\d+) \/ \1 pairs created\./);
  expect(stdout).toMatch(/\d+ private threads opened/);
  expect(stdout).toMatch(
    /in the private thread #.+ \((\w+), (\w+) and the bot\):\n\s+│ 👋 Welcome @\1 \(mentor\) and @\2/,
  );
  expect(stdout).toContain('week 1 check-in · Getting to know each other');
  expect(stdout).toContain('[On track] [Need help] [Stuck] [Add a note]');
  expect(stdout).toContain('recorded as On track');
  expect(stdout).toContain('Thank you. Your report is #1');
  expect(stdout).toContain('in #mentorship-reports, the moderators see the queue card:');
  expect(stdout).toContain('You claimed report #1.');
  expect(stdout).toContain('Report #1 is resolved: Member warned.');
  expect(stdout).toContain('Spring Circle: program health');
  expect(stdout).toMatch(/Check-in answer rate: week 1: \d+% \(\d+\/\d+\)/);
  expect(stdout).toContain('The demo is over');
  expect(chartOf(stdout)).toMatch(/mentorship-demo-/);
}, 90_000);

test('npm run demo -- --lang fr: the bot answers the members in French, and the narrator speaks French', async () => {
  const { code, stdout, stderr } = await runDemo(['--lang', 'fr']);
  expect(code, stderr).toBe(0);
  expectClean(stdout, stderr);
  expect(stdout).toContain('━━ 2. Une douzaine de membres s’inscrivent');
  expect(stdout).toContain('Programme Cercle de printemps créé (Évolution de carrière)');
  expect(stdout).toMatch(/(\d+) \/ \1 binômes créés\./);
  expect(stdout).toContain('point de la semaine 1 · Faire connaissance');
  expect(stdout).toContain('Le signalement n°1 est résolu : Membre averti.');
  expect(stdout).toContain('Cercle de printemps : santé du programme');
  expect(stdout).toContain('Fin de la démo');
  expect(stdout).not.toMatch(/Thank you|Report #1|program health|The demo is over/);
  chartOf(stdout);
}, 90_000);

test('an unknown option stops the demo with its usage and a non-zero exit', async () => {
  const { code, stdout, stderr } = await runDemo(['--lang', 'de']);
  expect(code).toBe(2);
  expect(stdout).toBe('');
  expect(stderr).toContain('Usage: npm run demo [-- --lang en|fr]');
}, 30_000);
