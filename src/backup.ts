import { ConfigError, loadDotEnv, parseDatabaseConfig } from './config.ts';
import { BackupRefused, backupDatabase } from './db/backup.ts';

/*
 * `npm run backup -- PATH`: a consistent copy of the SQLite database, taken while the bot runs.
 * Reads DATABASE_URL as the bot does (.env, then the environment); needs no token. One line on
 * success (where, how big), one line and exit code 1 on refusal.
 */

function size(bytes: number): string {
  return bytes < 1_048_576 ? `${(bytes / 1024).toFixed(0)} KB` : `${(bytes / 1_048_576).toFixed(1)} MB`;
}

try {
  loadDotEnv();
  const { DATABASE_URL } = parseDatabaseConfig(process.env);
  // npm run starts scripts in the package's folder: a relative PATH is taken from where npm was run.
  const { path, bytes } = await backupDatabase(DATABASE_URL, process.argv[2], process.env.INIT_CWD ?? process.cwd());
  process.stdout.write(`Backup written to ${path} (${size(bytes)}, ${bytes} bytes)\n`);
} catch (error) {
  if (error instanceof ConfigError) process.stderr.write(`${error.problems.join('; ')}\n`);
  else if (error instanceof BackupRefused) process.stderr.write(`${error.message}\n`);
  else process.stderr.write(`The backup failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
