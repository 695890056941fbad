import { expect, test } from 'vitest';
import { commands } from '../../commands/index.ts';
import { requirementOf } from '../../src/discord/command.ts';

test('every command, subcommand and component declares who may use it', () => {
  const declared: string[] = [];
  for (const command of commands) {
    const json = command.data.toJSON() as { name: string; options?: { type: number; name: string }[] };
    const subcommands = (json.options ?? []).filter((o) => o.type === 1).map((o) => o.name);
    for (const sub of subcommands.length ? subcommands : [null])
      declared.push(`${json.name}${sub ? ` ${sub}` : ''}: ${requirementOf(command, sub)}`);
    for (const route of command.components ?? []) declared.push(`${route.name} (component): ${route.requires}`);
  }
  expect(declared).toContain('program end: admin');
  expect(declared).toContain('mentorship end: pairMember');
  expect(declared).toContain('mentorship join: anyone');
  expect(declared).toContain('reports list: moderator');
  expect(declared).toContain('report (component): moderator');
  expect(declared).toContain('checkin (component): pairMember');
  expect(declared.filter((line) => line.endsWith(': undefined'))).toEqual([]);
  expect(() =>
    requirementOf(
      commands.find((c) => c.data.name === 'mentorship')!,
      'no-such-subcommand',
    ),
  ).toThrow();
});
