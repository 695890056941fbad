/**
 * `npm run demo [-- --lang fr]`: the bot, started through its real start-up path on a fresh
 * SQLite file, against the project's local Discord simulator; a short scripted community plays
 * out in the terminal. No token, no Discord account. Exits 0 when the story went as written.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DemoError } from './act.ts';
import { lines, parseLang } from './lines.ts';
import { play } from './script.ts';
import { startDemoWorld, type DemoWorld } from './world.ts';

const say = (text: string) => process.stderr.write(`${text}\n`);

async function main(): Promise<number> {
  const lang = parseLang(process.argv.slice(2));
  if (!lang) {
    say(lines.en.usage);
    return 2;
  }
  const started = Date.now();
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const chartPath = join(tmpdir(), `mentorship-demo-${stamp}`, 'answer-rate.png');
  // The database and the bot's log live here, and go at the end unless the demo failed.
  const workDir = mkdtempSync(join(tmpdir(), 'mentorship-demo-work-'));
  process.once('SIGINT', () => {
    rmSync(workDir, { recursive: true, force: true });
    process.exit(130);
  });
  let world: DemoWorld | undefined;
  let failed = false;
  try {
    world = await startDemoWorld(lang, workDir);
    await play(world, chartPath);
  } catch (error) {
    failed = true;
    say('');
    say(lines[lang].failed);
    say(error instanceof DemoError ? error.message : error instanceof Error ? error.message : String(error));
    if (!(error instanceof DemoError) && error instanceof Error && process.env.DEMO_DEBUG) say(error.stack ?? '');
  }
  try {
    await world?.stop();
  } catch (error) {
    failed = true;
    say(`${lines[lang].failed} ${error instanceof Error ? error.message : String(error)}`);
  }
  if (failed) {
    say(lines[lang].keptLogs(workDir));
    return 1;
  }
  rmSync(workDir, { recursive: true, force: true });
  process.stdout.write(`\n${lines[lang].done(((Date.now() - started) / 1000).toFixed(1))}\n`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
    // Nothing should be left running; should a socket linger, it does not hold the terminal.
    setTimeout(() => process.exit(code), 200).unref();
  },
  (error: unknown) => {
    say(`Demo failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
