import type { DemoWorld } from './world.ts';

interface Declared {
  name: string;
  type?: number;
  name_localizations?: Record<string, string>;
  options?: Declared[];
  choices?: { name: string; value: unknown; name_localizations?: Record<string, string> }[];
}

/**
 * A slash command as the member's Discord client shows it once typed: the command, subcommand
 * and option names, and the names of picked choices, in the member's language, read from the
 * commands the bot registered (`/program create template:career` is `/programme créer modèle:…`
 * in French). `value` renders an option's value (a member, a channel, a quoted text).
 */
export function typedCommand(
  world: DemoWorld,
  path: string,
  options: Record<string, unknown>,
  value: (raw: unknown) => string,
): string {
  const { sim, guildId, lang } = world;
  const local = (node: Declared) => (lang === 'en' ? node.name : (node.name_localizations?.[lang] ?? node.name));
  const [name, ...subs] = path.split(' ');
  const registered: Declared[] = [...sim.commandsFor(guildId), ...sim.commandsFor(null)];
  let node = registered.find((c) => c.name === name && (c.type ?? 1) === 1);
  if (!node) return `/${[path, ...Object.entries(options).map(([k, v]) => `${k}:${value(v)}`)].join(' ')}`;
  const words = [local(node)];
  for (const sub of subs) {
    node = node?.options?.find((o) => o.name === sub);
    words.push(node ? local(node) : sub);
  }
  for (const [key, raw] of Object.entries(options)) {
    const option = node?.options?.find((o) => o.name === key);
    const choice = option?.choices?.find((c) => c.value === raw);
    const shown = choice
      ? value(lang === 'en' ? choice.name : (choice.name_localizations?.[lang] ?? choice.name))
      : value(raw);
    words.push(`${option ? local(option) : key}:${shown}`);
  }
  return `/${words.join(' ')}`;
}
