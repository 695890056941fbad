/**
 * `npm run demo [-- --lang fr]`: the bot, started through its real start-up path on a fresh
 * SQLite file, against the project's local Discord simulator; a short scripted community plays
 * out in the terminal. No token, no Discord account. Exits 0 when the story went as written.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lines, parseArgs, type Lang } from './lines.ts';
import { play } from './script.ts';
import { startDemoWorld, type DemoWorld } from './world.ts';

const say = (text: string) => process.stderr.write(`${text}\n`);
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Ctrl-C, a closed terminal or a `kill`: the work folder goes, and the demo says why it stopped. */
function onInterrupt(lang: Lang, workDir: string): void {
  const codes = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
  for (const [signal, code] of Object.entries(codes))
    process.once(signal, () => {
      rmSync(workDir, { recursive: true, force: true });
      say(`\n${lines[lang].interrupted}`);
      process.exit(code);
    });
}

let lang: Lang = 'en';

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if ('help' in args) {
    process.stdout.write(`${lines.en.usage}\n`);
    return 0;
  }
  if ('error' in args) {
    say(`${args.error}\n${lines.en.usage}`);
    return 2;
  }
  lang = args.lang;
  const words = lines[lang];
  const started = Date.now();
  // The database and the bot's log live here, and go at the end unless the demo failed.
  const workDir = mkdtempSync(join(tmpdir(), 'mentorship-demo-work-'));
  onInterrupt(lang, workDir);
  let world: DemoWorld | undefined;
  let failed = false;
  try {
    world = await startDemoWorld(lang, workDir);
    await play(world);
  } catch (error) {
    failed = true;
    say('');
    say(words.failed);
    say(messageOf(error));
    if (error instanceof Error && process.env.DEMO_DEBUG) say(error.stack ?? '');
  }
  try {
    await world?.stop();
  } catch (error) {
    failed = true;
    say(`${words.failed} ${messageOf(error)}`);
  }
  if (failed) {
    say(words.keptLogs(workDir));
    return 1;
  }
  rmSync(workDir, { recursive: true, force: true });
  const seconds = ((Date.now() - started) / 1000).toLocaleString(words.numberLocale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  process.stdout.write(`\n${words.done(seconds)}\n`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
    // Nothing should be left running; should a socket linger, it does not hold the terminal.
    setTimeout(() => process.exit(code), 200).unref();
  },
  (error: unknown) => {
    say(`${lines[lang].failed} ${messageOf(error)}`);
    process.exit(1);
  },
);
