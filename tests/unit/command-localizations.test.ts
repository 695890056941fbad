import { expect, test } from 'vitest';
import { commandPayloads } from '../../src/discord/register.ts';

interface Node {
  name: string;
  type?: number;
  description?: string;
  options?: Node[];
  choices?: { name: string; name_localizations?: Record<string, string> }[];
  name_localizations?: Record<string, string>;
  description_localizations?: Record<string, string>;
}

/** Slash names are lower-case words; message command names may have capitals and spaces. */
function validName(name: string, messageCommand: boolean): boolean {
  return messageCommand
    ? /^[-_ \p{L}\p{N}]{1,32}$/u.test(name)
    : /^[-_\p{L}\p{N}]{1,32}$/u.test(name) && name === name.toLowerCase();
}

function* walk(node: Node, path: string): Generator<[string, Node]> {
  yield [path, node];
  for (const option of node.options ?? []) yield* walk(option, `${path} ${option.name}`);
}

test('every command, subcommand, option and choice has a valid French name and description', () => {
  const missing: string[] = [];
  for (const command of commandPayloads() as Node[]) {
    for (const [path, node] of walk(command, command.name)) {
      const french = node.name_localizations?.fr;
      if (!french) missing.push(`${path}: name`);
      else if (!validName(french, path === command.name && command.type === 3))
        missing.push(`${path}: invalid name ${french}`);
      if (node.description && !node.description_localizations?.fr) missing.push(`${path}: description`);
      for (const choice of node.choices ?? [])
        if (!choice.name_localizations?.fr) missing.push(`${path} = ${choice.name}`);
    }
  }
  expect(missing).toEqual([]);
});

test('French option names are unique within each command level, as Discord requires', () => {
  for (const command of commandPayloads() as Node[]) {
    for (const [path, node] of walk(command, command.name)) {
      const names = (node.options ?? []).map((o) => o.name_localizations?.fr);
      expect([path, new Set(names).size]).toEqual([path, names.length]);
    }
  }
});
