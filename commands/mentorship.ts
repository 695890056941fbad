import {
  ActionRowBuilder,
  InteractionContextType,
  MessageFlags,
  ModalBuilder,
  SlashCommandBuilder,
  TextInputBuilder,
  TextInputStyle,
  type ChatInputCommandInteraction,
} from 'discord.js';
import type { AppContext } from '../src/context.ts';
import type { Role } from '../src/db/schema.ts';
import { UserFacingError } from '../src/domain/errors.ts';
import { findProgram } from '../src/domain/programs/program.repo.ts';
import { joinProgram, type JoinResult } from '../src/domain/signups/signup.service.ts';
import { actorOf } from '../src/discord/actor.ts';
import { bySubcommand, type Command, type ComponentInteraction } from '../src/discord/command.ts';
import { autocompletePrograms, programOption } from '../src/discord/program-option.ts';
import { t } from '../src/i18n/index.ts';

const data = new SlashCommandBuilder()
  .setName('mentorship')
  .setDescription('Take part in a mentorship program')
  .setContexts(InteractionContextType.Guild)
  .addSubcommand((sub) =>
    sub
      .setName('join')
      .setDescription('Sign up as a mentor or a mentee')
      .addStringOption(programOption)
      .addStringOption((o) =>
        o
          .setName('role')
          .setDescription('Mentor or mentee')
          .setRequired(true)
          .addChoices({ name: 'mentor', value: 'mentor' }, { name: 'mentee', value: 'mentee' }),
      )
      .addBooleanOption((o) => o.setName('adult').setDescription('I confirm that I am 18 or older').setRequired(true))
      .addStringOption((o) => o.setName('topics').setDescription('Comma-separated topics, at most 10').setMaxLength(450))
      .addStringOption((o) => o.setName('goals').setDescription('Your goals (mentee) or experience (mentor)').setMaxLength(1000))
      .addStringOption((o) => o.setName('timezone').setDescription('Your IANA time zone, e.g. Europe/Paris').setMaxLength(64)),
  );

async function confirmJoin(interaction: ChatInputCommandInteraction | ComponentInteraction, result: JoinResult): Promise<void> {
  const locale = interaction.locale;
  const content = t(locale, 'signup.joined', { program: result.program.name, role: t(locale, `role.${result.signup.role}`), place: result.place });
  await interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
}

async function join(interaction: ChatInputCommandInteraction, ctx: AppContext): Promise<void> {
  const o = interaction.options;
  const result = await joinProgram(ctx, actorOf(interaction), { name: o.getString('program', true) }, {
    role: o.getString('role', true) as Role,
    adult: o.getBoolean('adult', true),
    topics: o.getString('topics') ?? '',
    goals: o.getString('goals') ?? '',
    timezone: o.getString('timezone'),
  });
  await confirmJoin(interaction, result);
}

function parseRole(value: string | undefined): Role {
  if (value !== 'mentor' && value !== 'mentee') throw new UserFacingError('error.staleButton');
  return value;
}

/** The panel's Join buttons open the sign-up form; nothing is stored until it is submitted. */
async function openSignupForm(interaction: ComponentInteraction, ctx: AppContext, [roleArg, programArg]: string[]): Promise<void> {
  if (!interaction.isButton()) return;
  const role = parseRole(roleArg);
  const program = await findProgram(ctx.db, Number(programArg));
  if (!program || program.guild_id !== interaction.guildId) throw new UserFacingError('error.staleButton');
  if (!program.signups_open || program.status === 'ended') throw new UserFacingError('error.signupsClosed', { program: program.name });
  const locale = interaction.locale;
  const field = (id: string, label: string, style: TextInputStyle, max: number, required: boolean) =>
    new ActionRowBuilder<TextInputBuilder>().addComponents(
      new TextInputBuilder().setCustomId(id).setLabel(label).setStyle(style).setMaxLength(max).setRequired(required),
    );
  const modal = new ModalBuilder()
    .setCustomId(`signupform:${role}:${program.id}`)
    .setTitle(t(locale, 'signup.modalTitle', { program: program.name, role: t(locale, `role.${role}`) }).slice(0, 45))
    .addComponents(
      field('topics', t(locale, 'signup.topicsLabel'), TextInputStyle.Short, 450, false),
      field('goals', t(locale, role === 'mentee' ? 'signup.goalsLabelMentee' : 'signup.goalsLabelMentor'), TextInputStyle.Paragraph, 1000, false),
      field('timezone', t(locale, 'signup.timezoneLabel'), TextInputStyle.Short, 64, false),
      field('adult', t(locale, 'signup.adultLabel'), TextInputStyle.Short, 5, true),
    );
  await interaction.showModal(modal);
}

async function submitSignupForm(interaction: ComponentInteraction, ctx: AppContext, [roleArg, programArg]: string[]): Promise<void> {
  if (!interaction.isModalSubmit()) return;
  const fields = interaction.fields;
  const result = await joinProgram(ctx, actorOf(interaction), { id: Number(programArg) }, {
    role: parseRole(roleArg),
    adult: /^\s*(yes|oui)\s*$/i.test(fields.getTextInputValue('adult')),
    topics: fields.getTextInputValue('topics'),
    goals: fields.getTextInputValue('goals'),
    timezone: fields.getTextInputValue('timezone').trim() || null,
  });
  await confirmJoin(interaction, result);
}

export const mentorship = {
  data,
  execute: bySubcommand({ join }),
  autocomplete: autocompletePrograms,
  components: { signup: openSignupForm, signupform: submitSignupForm },
} satisfies Command;
