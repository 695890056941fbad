import { spawn, type ChildProcess } from 'node:child_process';

export interface ScriptRun {
  child: ChildProcess;
  /** The exit code (null when a signal ended it). */
  exited: Promise<number | null>;
  /** Resolves once stdout holds a line matching the pattern given to `runScript`. */
  sawLine: Promise<void>;
  /** What it printed so far: stdout, stderr, both in arrival order, and stderr's lines. */
  output(): { stdout: string; stderr: string; both: string; lines: string[] };
}

/**
 * One of the project's entry points (`src/main.ts`, `src/shard-manager.ts`…) as its own
 * process, with only PATH and the given environment: what a supervisor starts.
 */
export function runScript(script: string, env: Record<string, string>, untilLine?: RegExp): ScriptRun {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    env: { PATH: process.env.PATH ?? '', ...env },
    cwd: process.cwd(),
  });
  let stdout = '';
  let stderr = '';
  let both = '';
  child.stdout.on('data', (chunk) => ((stdout += chunk), (both += chunk)));
  child.stderr.on('data', (chunk) => ((stderr += chunk), (both += chunk)));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const sawLine = new Promise<void>((resolve) => {
    if (!untilLine) return resolve();
    child.stdout.on('data', () => untilLine.test(stdout) && resolve());
  });
  return { child, exited, sawLine, output: () => ({ stdout, stderr, both, lines: stderr.trim().split('\n') }) };
}
