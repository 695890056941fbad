import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
  expect(stdout).not.toContain('<t:'); // timestamps shown as dates
  expect(stdout).not.toContain('`'); // no markdown marks
  expect(stdout).not.toContain('**');
  expect(stdout).not.toContain('undefined');
  expect(stdout).not.toContain('[object Object]');
  expect(stdout).not.toContain('NaN');
}

test('npm run demo plays the community in English: program, sign-ups, threads, prompts, report, stats chart', async () => {
  const { code, stdout, stderr } = await runDemo([]);
  expect(code, stderr).toBe(0);
  expectClean(stdout, stderr);
  expect(stdout).toContain('Ada (admin) runs /program create name:"Spring Circle" template:"Career advancement"');
  expect(stdout).toContain('Cast: Ada (admin), Mo (moderator), mentors Maya, Kofi, Lin and Tom, mentees Mina,');
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
  expect(stdout).toContain('Claimed after: 20 min');
  expect(stdout).toContain("in Sam's direct messages:");
  expect(stdout).toContain('Report #1 is resolved: Member warned.');
  expect(stdout).toContain('Spring Circle: program health');
  // Who answers is scripted by name, so the figures are exact: 10 of 16 in week 1, all in week 2.
  expect(stdout).toMatch(/Check-in answer rate:\n.*week 1: 63% \(10\/16\)\n.*week 2: 100% \(16\/16\)/);
  expect(stdout.match(/answer-rate\.png/g)).toHaveLength(2); // the embed's image, and the saved path
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
  expect(stdout).toContain('semaine 1 : 63 % (10/16)');
  expect(stdout).toContain(
    'Ada (admin) tape /programme créer nom:"Cercle de printemps" modèle:"Évolution de carrière"',
  );
  expect(stdout).toContain('salon-signalements:#signalements-mentorat rôle-modérateur:@Modération mentorat');
  expect(stdout).toContain('Sam (mentoré·e) tape /signaler motif:');
  expect(stdout).toContain('visible par Ada seulement :');
  expect(stdout).toContain('Pris en charge après : 20 min');
  expect(stdout).toMatch(/Fin de la démo \(\d+,\d s\)/);
  const english = [
    'Thank you',
    'Report #1',
    'program health',
    'The demo is over',
    'check-in',
    'Check-in',
    'Welcome',
    'Sign-ups',
    'Signed up',
    'moderators',
    'Claimed',
    'Member warned',
    'On track',
    'Need help',
    'Stuck',
    ' runs ',
    'presses',
    ' sees',
    'only ',
    '/program ',
    '/report',
    '/checkin',
    '/mentorship ',
    '/match',
    'template:',
    'Career advancement',
    'Mentorship mods',
    '#mentorship-reports',
    '#general',
    'week 1',
    'answer rate',
    'pairs created',
    "'",
  ];
  expect(english.filter((phrase) => stdout.includes(phrase))).toEqual([]);
  chartOf(stdout);
}, 90_000);

test('an unknown language stops the demo with its usage and exit 2; --help prints the usage and exits 0', async () => {
  const wrong = await runDemo(['--lang', 'de']);
  expect(wrong.code).toBe(2);
  expect(wrong.stdout).toBe('');
  expect(wrong.stderr).toContain('unknown language: de');
  expect(wrong.stderr).toContain('Usage: npm run demo [-- --lang en|fr]');
  const help = await runDemo(['--help']);
  expect(help.code).toBe(0);
  expect(help.stderr).toBe('');
  expect(help.stdout).toContain('Usage: npm run demo [-- --lang en|fr]');
}, 60_000);

test('SIGTERM mid-story stops the demo with one line, exit 143, and removes its work folder', async () => {
  const workDirs = () => new Set(readdirSync(tmpdir()).filter((name) => name.startsWith('mentorship-demo-work-')));
  const before = workDirs();
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/demo/main.ts'], {
    env: { PATH: process.env.PATH ?? '' },
    cwd: process.cwd(),
  });
  children.add(child);
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const closed = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  await new Promise<void>((resolve) =>
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('━━ 1.')) resolve();
    }),
  );
  child.kill('SIGTERM');
  expect(await closed).toBe(143);
  children.delete(child);
  expect(stderr.trim()).toBe('The demo was interrupted; its temporary folder was deleted.');
  expect([...workDirs()].filter((name) => !before.has(name))).toEqual([]);
}, 60_000);
