import { MessageFlags, type InteractionReplyOptions, type RepliableInteraction } from 'discord.js';
import type { OutgoingMessage } from '../domain/port.ts';
import { toApiMessage } from './port.ts';

const noMentions = { parse: [] as [] };

/** Discord's answer to a second acknowledgement of one interaction. */
const ALREADY_ACKNOWLEDGED = 40060;

/**
 * Answers an interaction privately, whatever state it is in: a first reply, the edit of a
 * deferred reply, or a follow-up. Mentions are always off.
 */
export async function replyPrivately(interaction: RepliableInteraction, content: string): Promise<void> {
  if (interaction.deferred && !interaction.replied) {
    await interaction.editReply({ content, allowedMentions: noMentions });
  } else if (interaction.replied) {
    await interaction.followUp({ content, flags: MessageFlags.Ephemeral, allowedMentions: noMentions });
  } else {
    await interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: noMentions });
  }
}

/** A neutral message as reply options (no nonce: interaction responses have none). */
export function replyOptions(message: OutgoingMessage, ephemeral: boolean): InteractionReplyOptions {
  const { nonce: _n, enforce_nonce: _e, allowed_mentions, ...body } = toApiMessage(message);
  return {
    ...(body as InteractionReplyOptions),
    allowedMentions: { parse: [], users: allowed_mentions?.users ?? [] },
    ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- wraps every answer method of discord.js, whatever its overloads
type Answer = (...args: any[]) => Promise<unknown>;
const firstAnswers = ['reply', 'deferReply', 'update', 'deferUpdate', 'showModal'] as const;
type FirstAnswer = (typeof firstAnswers)[number];
type Responses = Record<FirstAnswer | 'editReply' | 'followUp', Answer>;

const asObject = (options: unknown): Record<string, unknown> =>
  typeof options === 'string' ? { content: options } : { ...(options as object) };
const withoutFlags = (options: unknown) => {
  const { flags: _flags, ...rest } = asObject(options);
  return rest;
};

/**
 * Meets Discord's 3 s deadline for a handler that is slow to answer (waiting on a busy database,
 * say): if it has not begun its answer after `afterMs`, the interaction is deferred here, and the
 * handler's own answer, when it comes, is sent in the form a deferred interaction needs. A button
 * or select is deferred as an update, which changes nothing on screen and still lets the handler
 * edit its message; its private answers become ephemeral follow-ups. A command or form gets an
 * ephemeral "thinking…" that its answer replaces. `stop()` when the handler is done.
 */
export function deferWhenSlow(
  interaction: RepliableInteraction,
  afterMs: number,
): { stop(): void; readonly deferred: boolean } {
  const methods = interaction as unknown as Responses;
  const own = {} as Responses;
  for (const name of [...firstAnswers, 'editReply', 'followUp'] as const) own[name] = methods[name]?.bind(interaction);
  const asUpdate = interaction.isMessageComponent();
  let answering = false;
  let editsMessage = false;
  let deferral: Promise<boolean> | undefined;

  // How each first answer is sent once the interaction was deferred here.
  const late: Record<FirstAnswer, Answer> = asUpdate
    ? {
        reply: (options) => own.followUp(options),
        deferReply: async () => undefined,
        update: (options) => {
          editsMessage = true;
          return own.editReply(options);
        },
        deferUpdate: async () => {
          editsMessage = true;
        },
        showModal: (...args) => own.showModal(...args),
      }
    : {
        reply: (options) => own.editReply(withoutFlags(options)),
        deferReply: async () => undefined,
        update: (options) => own.editReply(withoutFlags(options)),
        deferUpdate: async () => undefined,
        showModal: (...args) => own.showModal(...args),
      };

  for (const name of firstAnswers) {
    if (!own[name]) continue;
    methods[name] = async (...args: unknown[]) => {
      if (!deferral) {
        answering = true;
        return own[name](...args);
      }
      return (await deferral) ? late[name](...args) : own[name](...args);
    };
  }

  const timer = setTimeout(() => {
    if (answering || interaction.deferred || interaction.replied) return;
    // After a deferred update, "edit the reply" would overwrite the message the button is on.
    if (asUpdate)
      methods.editReply = (options) =>
        editsMessage ? own.editReply(options) : own.followUp({ ...asObject(options), flags: MessageFlags.Ephemeral });
    deferral = (asUpdate ? own.deferUpdate() : own.deferReply({ flags: MessageFlags.Ephemeral })).then(
      () => true,
      (error: unknown) => {
        // Another process deferred it first (both heard it during a restart's overlap): the
        // interaction's token is shared, so this one's answer still edits what the member sees.
        if ((error as { code?: unknown }).code !== ALREADY_ACKNOWLEDGED) return false;
        Object.assign(interaction, { deferred: true, ephemeral: !asUpdate });
        return true;
      },
    );
  }, afterMs);

  return {
    stop: () => clearTimeout(timer),
    get deferred() {
      return deferral !== undefined;
    },
  };
}
