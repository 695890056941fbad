import { setTimeout as sleep } from 'node:timers/promises';
import type { RepliableInteraction } from 'discord.js';
import { expect, test } from 'vitest';
import { deferWhenSlow, replyPrivately } from '../../src/discord/replies.ts';

/** Just enough of a discord.js interaction: its two flags, and every response recorded. */
function fakeInteraction(kind: 'button' | 'command', deferMs = 0) {
  const calls: [string, unknown][] = [];
  const respond = (name: string, flag: 'deferred' | 'replied' | null, delayMs = 0) =>
    async function (this: { deferred: boolean; replied: boolean }, options?: unknown) {
      if (flag && (this.deferred || this.replied)) throw new Error(`${name}: already acknowledged`);
      await sleep(delayMs);
      calls.push([name, options]);
      if (flag) this[flag] = true;
    };
  const interaction = {
    deferred: false,
    replied: false,
    isMessageComponent: () => kind === 'button',
    reply: respond('reply', 'replied'),
    deferReply: respond('deferReply', 'deferred', deferMs),
    update: respond('update', 'replied'),
    deferUpdate: respond('deferUpdate', 'deferred', deferMs),
    showModal: respond('showModal', 'replied'),
    editReply: respond('editReply', null),
    followUp: respond('followUp', null),
  };
  return { interaction: interaction as unknown as RepliableInteraction, calls };
}

const noMentions = { parse: [] };

test('a handler that answers in time is left alone', async () => {
  const { interaction, calls } = fakeInteraction('button');
  const deadline = deferWhenSlow(interaction, 20);
  await replyPrivately(interaction, 'done');
  await sleep(40);
  deadline.stop();
  expect(calls.map(([name]) => name)).toEqual(['reply']);
  expect(deadline.deferred).toBe(false);
});

test('a slow button is deferred as an update, and its private answer becomes an ephemeral follow-up, leaving its message alone', async () => {
  const { interaction, calls } = fakeInteraction('button');
  const deadline = deferWhenSlow(interaction, 20);
  await sleep(40);
  await replyPrivately(interaction, 'recorded');
  deadline.stop();
  expect(calls).toEqual([
    ['deferUpdate', undefined],
    ['followUp', { content: 'recorded', allowedMentions: noMentions, flags: 64 }],
  ]);
  expect(deadline.deferred).toBe(true);
});

test('a slow button that updates its message still edits that message', async () => {
  const { interaction, calls } = fakeInteraction('button');
  deferWhenSlow(interaction, 20);
  await sleep(40);
  await (interaction as unknown as { update(options: object): Promise<unknown> }).update({ content: 'page 2' });
  expect(calls).toEqual([
    ['deferUpdate', undefined],
    ['editReply', { content: 'page 2' }],
  ]);
});

test('a slow command gets a private "thinking…", and its reply replaces it', async () => {
  const { interaction, calls } = fakeInteraction('command');
  deferWhenSlow(interaction, 20);
  await sleep(40);
  await interaction.reply({ content: 'created', flags: 64 });
  expect(calls).toEqual([
    ['deferReply', { flags: 64 }],
    ['editReply', { content: 'created' }],
  ]);
});

test('an answer that comes while the deferral is on its way waits for it instead of acknowledging twice', async () => {
  const { interaction, calls } = fakeInteraction('button', 50);
  deferWhenSlow(interaction, 20);
  await sleep(30);
  await replyPrivately(interaction, 'recorded');
  expect(calls.map(([name]) => name)).toEqual(['deferUpdate', 'followUp']);
});
