import { randomBytes } from 'node:crypto';
import { ApplicationCommandOptionType, Events, type Client, type Interaction } from 'discord.js';
import type { AppContext } from '../context.ts';
import { idName } from '../custom-ids/codec.ts';
import { DatabaseBusyError } from '../db/busy-wait.ts';
import { violatedConstraint } from '../db/constraint.ts';
import { claimInteraction } from '../domain/interaction-receipt.repo.ts';
import { UserFacingError } from '../domain/errors.ts';
import { warnAdmin } from './admin-warnings.ts';
import { t, type MessageKey, type MessageParams } from '../i18n/index.ts';
import { requirementOf, type Command, type ComponentRoute } from './command.ts';
import { guard } from './guard.ts';
import { deferWhenSlow, replyPrivately } from './replies.ts';

function describe(interaction: Interaction): { kind: string; name: string } {
  if (interaction.isChatInputCommand()) {
    const sub = interaction.options.getSubcommand(false);
    return { kind: 'command', name: sub ? `${interaction.commandName} ${sub}` : interaction.commandName };
  }
  if (interaction.isCommand()) return { kind: 'context-menu', name: interaction.commandName };
  if (interaction.isAutocomplete()) return { kind: 'autocomplete', name: interaction.commandName };
  if (interaction.isMessageComponent() || interaction.isModalSubmit())
    return { kind: 'component', name: idName(interaction.customId) };
  return { kind: 'other', name: 'unknown' };
}

/** Every name `describe` can give for these commands: a metric's label is one of them, or 'unknown'. */
function knownNames(commandList: readonly Command[]): Set<string> {
  const names = new Set<string>();
  for (const command of commandList) {
    const json = command.data.toJSON();
    names.add(json.name);
    const options = ('options' in json ? json.options : undefined) ?? [];
    const inGroups = options.flatMap((o) =>
      o.type === ApplicationCommandOptionType.SubcommandGroup ? (o.options ?? []) : [o],
    );
    for (const option of inGroups)
      if (option.type === ApplicationCommandOptionType.Subcommand) names.add(`${json.name} ${option.name}`);
    for (const route of command.components ?? []) names.add(route.name);
  }
  return names;
}

async function dispatch(
  interaction: Interaction,
  ctx: AppContext,
  commands: Map<string, Command>,
  components: Map<string, ComponentRoute>,
): Promise<void> {
  if (interaction.isChatInputCommand() || interaction.isMessageContextMenuCommand()) {
    const command = commands.get(interaction.commandName);
    if (!command) throw new UserFacingError('error.staleButton');
    const subcommand = interaction.isChatInputCommand() ? interaction.options.getSubcommand(false) : null;
    await guard(requirementOf(command, subcommand), interaction, ctx);
    return command.execute(interaction, ctx);
  }
  if (interaction.isAutocomplete()) {
    return commands.get(interaction.commandName)?.autocomplete?.(interaction, ctx);
  }
  if (interaction.isButton() || interaction.isStringSelectMenu() || interaction.isModalSubmit()) {
    const route = components.get(idName(interaction.customId));
    if (!route) throw new UserFacingError('error.staleButton');
    await guard(route.requires, interaction, ctx);
    return route.handle(interaction, ctx);
  }
}

/** Discord drops an interaction unanswered after 3 s; this leaves room for the request itself. */
const DEFER_AFTER_MS = 1_500;

/** What the member reads and the log records when a handler throws. */
export function failure(
  error: unknown,
  ctx: AppContext,
): { outcome: string; key: MessageKey; params?: MessageParams; fields: Record<string, unknown> } {
  if (error instanceof UserFacingError) return { outcome: 'refused', key: error.key, params: error.params, fields: {} };
  if (error instanceof DatabaseBusyError)
    return { outcome: 'busy', key: 'error.busy', fields: { busyMs: error.waitedMs } };
  // A uniqueness rule the database kept against a simultaneous change: nothing was written.
  if (violatedConstraint(error) === 'unique') {
    // Named in the log: a rule the code forgot to check looks the same to the member.
    ctx.log.warn('interaction.conflict', { err: error });
    return { outcome: 'conflict', key: 'error.conflict', fields: {} };
  }
  const ref = randomBytes(4).toString('hex');
  ctx.log.error('interaction.failed', { ref, err: error });
  return { outcome: 'error', key: 'error.unexpected', params: { ref }, fields: { ref } };
}

/**
 * Routes every interaction to its command or component handler. Refusals become private,
 * localized replies; a database busy past its wait asks to try again in a moment; anything
 * unexpected is logged with a short reference the user also sees. A handler slow to answer is
 * deferred before Discord's deadline (see deferWhenSlow). An interaction another process has
 * already taken is left to it. One log line per interaction: kind, name, outcome,
 * milliseconds; never content.
 */
export function attachRouter(client: Client, ctx: AppContext, commandList: readonly Command[]): void {
  const commands = new Map(commandList.map((c) => [c.data.name, c]));
  const components = new Map(
    commandList.flatMap((c) => (c.components ?? []).map((route) => [route.name, route] as const)),
  );
  const known = knownNames(commandList);
  const handle = async (interaction: Interaction): Promise<void> => {
    const started = performance.now();
    const { kind, name } = describe(interaction);
    const scoped: AppContext = { ...ctx, log: ctx.log.child({ kind, name, interactionId: interaction.id }) }; // what it is, never what it says
    const deadline = interaction.isRepliable() ? deferWhenSlow(interaction, DEFER_AFTER_MS) : undefined;
    let outcome = 'ok';
    let fields: Record<string, unknown> = {};
    try {
      // Two processes can receive one interaction (an old and a new one overlapping during a
      // restart): the one that records it first acts. Autocomplete changes nothing: both may answer.
      const taken = !interaction.isAutocomplete() && !(await claimInteraction(ctx.db, interaction.id, ctx.clock.now()));
      if (taken) outcome = 'taken-by-another-process';
      else {
        await dispatch(interaction, scoped, commands, components);
        if (
          interaction.isChatInputCommand() &&
          requirementOf(commands.get(interaction.commandName)!, interaction.options.getSubcommand(false)) === 'admin'
        )
          await warnAdmin(interaction, scoped);
      }
    } catch (error) {
      const answer = failure(error, scoped);
      ({ outcome, fields } = answer);
      if (interaction.isRepliable())
        await replyPrivately(interaction, t(interaction.locale, answer.key, answer.params)).catch(() => undefined);
    } finally {
      deadline?.stop();
    }
    const ms = performance.now() - started;
    ctx.metrics?.interaction(kind, known.has(name) ? name : 'unknown', outcome, ms / 1000);
    scoped.log.info('interaction', {
      outcome,
      ms: Math.round(ms),
      ...fields,
      ...(deadline?.deferred ? { autoDeferred: true } : {}),
    });
  };
  client.on(Events.InteractionCreate, (interaction) => {
    handle(interaction).catch((error: unknown) => ctx.log.error('interaction.unhandled', { err: error }));
  });
}
