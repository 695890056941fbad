import { REST } from 'discord.js';
import { ConfigError, loadDotEnv, parseConfig } from './config.ts';
import { registerCommands } from './discord/register.ts';
import { ExitCode, exitOnConfigError, StartupError } from './exit-codes.ts';
import { discordStartupError } from './startup-errors.ts';

// Exit codes as `npm start`'s (README, "Exit codes"): 78 configuration, 77 token refused,
// 69 Discord out of reach, 1 anything else.
loadDotEnv();
try {
  const config = parseConfig(process.env);
  if (!config.DISCORD_APPLICATION_ID)
    throw new ConfigError(['DISCORD_APPLICATION_ID is required to register commands']);
  const rest = new REST(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}).setToken(config.DISCORD_TOKEN);
  const count = await registerCommands(rest, config.DISCORD_APPLICATION_ID, config.DISCORD_GUILD_ID).catch(
    (error: unknown) => {
      throw discordStartupError(error);
    },
  );
  const where = config.DISCORD_GUILD_ID
    ? `server ${config.DISCORD_GUILD_ID}`
    : 'every server (global commands can take a while to appear)';
  process.stdout.write(`Registered ${count} commands for ${where}.\n`);
} catch (error) {
  if (error instanceof ConfigError) exitOnConfigError(error, null);
  const exitCode = error instanceof StartupError ? error.exitCode : ExitCode.Failure;
  process.stderr.write(`${error instanceof Error ? error.message : String(error)} (exit code ${exitCode})\n`);
  process.exit(exitCode);
}
