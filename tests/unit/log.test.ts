import { DiscordAPIError } from 'discord.js';
import { expect, test } from 'vitest';
import { createLogger, type LogLevel } from '../../src/log.ts';

function capture(level: LogLevel = 'info', secrets: string[] = []) {
  const lines: string[] = [];
  const log = createLogger(level, (line) => lines.push(line), { secrets });
  return { log, lines, parsed: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

test('one JSON object per line: level label, ISO time, the event and its fields', () => {
  const { log, lines, parsed } = capture();
  log.info('ready', { guilds: 2 });
  expect(lines).toHaveLength(1);
  expect(lines[0]).not.toContain('\n');
  expect(lines[0]).toContain('"event":"ready"');
  expect(lines[0]).toContain('"level":"info"');
  const [line] = parsed();
  expect(line).toEqual({ level: 'info', time: expect.any(String), event: 'ready', guilds: 2 });
  expect(new Date(line!.time as string).toISOString()).toBe(line!.time);
});

test('lines below the level are not written', () => {
  const { log, parsed } = capture('warn');
  log.debug('a');
  log.info('b');
  log.warn('c');
  log.error('d');
  expect(parsed().map((l) => [l.level, l.event])).toEqual([
    ['warn', 'c'],
    ['error', 'd'],
  ]);
});

test('an error keeps its type, message, stack and cause', () => {
  const { log, parsed } = capture();
  const error = new Error('outer', { cause: new TypeError('inner') });
  log.error('job.failed', { err: error });
  const err = parsed()[0]!.err as Record<string, string>;
  expect(err.type).toBe('Error');
  expect(err.message).toContain('outer');
  expect(err.stack).toContain('log.test.ts');
  expect(err.stack).toContain('inner');
});

test('something thrown that is not an Error is logged as it is', () => {
  const { log, parsed } = capture();
  log.error('unhandled_rejection', { err: 'just a string' });
  expect(parsed()[0]!.err).toBe('just a string');
});

test('a Discord error keeps status and code but not the request body, which can hold message content', () => {
  const { log, lines, parsed } = capture();
  const error = new DiscordAPIError(
    { code: 50013, message: 'Missing Permissions' },
    50013,
    403,
    'POST',
    'https://discord.com/api/v10/channels/1/messages',
    {
      body: { content: 'a private message from a member' },
    },
  );
  log.warn('outbox.gave_up', { err: error });
  expect(lines[0]).not.toContain('a private message');
  const err = parsed()[0]!.err as Record<string, unknown>;
  expect(err).toMatchObject({ type: 'DiscordAPIError', code: 50013, status: 403, method: 'POST' });
  expect(err.stack).toEqual(expect.any(String));
  expect(err).not.toHaveProperty('requestBody');
});

test('the token never reaches a line: token fields are censored, and the secret is scrubbed wherever it appears', () => {
  const token = 'MTIzNDU2Nzg5.secret-token.value';
  const { log, lines } = capture('info', [token]);
  log.info('config', { token, nested: { token } });
  log.error('client.error', { err: new Error(`bad header Bot ${token}`) });
  expect(lines.join('\n')).not.toContain(token);
  expect(lines.join('\n')).toContain('[redacted]');
});

test('a child carries its bindings on every line, and its own child adds to them', () => {
  const { log, parsed } = capture();
  const child = log.child({ kind: 'command', name: 'checkin', interactionId: '42' });
  child.info('interaction', { outcome: 'ok' });
  child.child({ step: 'reply' }).warn('slow');
  log.info('unbound');
  const [first, second, third] = parsed();
  expect(first).toMatchObject({
    event: 'interaction',
    kind: 'command',
    name: 'checkin',
    interactionId: '42',
    outcome: 'ok',
  });
  expect(second).toMatchObject({ event: 'slow', kind: 'command', interactionId: '42', step: 'reply' });
  expect(third).not.toHaveProperty('kind');
});

test('an interaction token in a failed answer’s URL never reaches a line', () => {
  const { log, lines } = capture();
  const token = 'aW50ZXJhY3Rpb246MTQwMDAwMDAwMDAwMDAwMDAwMDpzZWNyZXQ';
  log.error('interaction.failed', {
    url: `https://discord.com/api/v10/interactions/1400000000000000000/${token}/callback`,
    followUp: `https://discord.com/api/v10/webhooks/1200000000000000000/${token}?wait=true`,
  });
  expect(lines.join('\n')).not.toContain(token);
  expect(lines[0]).toContain('/interactions/1400000000000000000/[redacted]/callback');
});
