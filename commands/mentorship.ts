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
import { forgetMeId } from '../src/custom-ids/confirm.ts';
import { joinButtonId, signupFormId } from '../src/custom-ids/signup.ts';
import type { Role } from '../src/db/schema.ts';
import { UserFacingError } from '../src/domain/errors.ts';
import { MAX_PAUSE_WEEKS, pauseCheckins } from '../src/domain/checkins/checkin-pause.ts';
import { endOwnPairing } from '../src/domain/pairings/pairing-end.service.ts';
import { untoldOutcomes } from '../src/domain/reports/report-moderation.ts';
import { memberProfile } from '../src/domain/signups/member-data.ts';
import {
  joinProgram,
  leaveProgram,
  programTakingSignups,
  type JoinResult,
} from '../src/domain/signups/signup.service.ts';
import { replyPrivately } from '../src/discord/replies.ts';
import { actorOf } from '../src/discord/actor.ts';
import { bySubcommand, on, type Command, type ComponentInteraction } from '../src/discord/command.ts';
import { programOption } from '../src/discord/program-option.ts';
import { profileText } from '../src/discord/views/profile-view.ts';
import { completedLines } from '../src/discord/views/completion-views.ts';
import { memberCompletions } from '../src/domain/completions/completion-list.ts';
import { profileRequestsText } from '../src/discord/views/request-views.ts';
import { profileRequests } from '../src/domain/requests/request-list.ts';
import { t } from '../src/i18n/index.ts';
import { requestSubcommands } from '../src/discord/request-options.ts';
import { confirmForget, forgetMe } from './mentorship-forget.ts';
import { availableHoursOption, settings, settingsSubcommand } from './mentorship-settings.ts';
import { autocompleteMentorship, availability, mentors, requestComponents, requests } from './mentorship-requests.ts';

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
      .addStringOption((o) =>
        o.setName('topics').setDescription('Comma-separated topics, at most 10').setMaxLength(450),
      )
      .addStringOption((o) =>
        o.setName('goals').setDescription('Your goals (mentee) or experience (mentor)').setMaxLength(1000),
      )
      .addStringOption((o) =>
        o.setName('timezone').setDescription('Your IANA time zone, e.g. Europe/Paris').setMaxLength(64),
      )
      .addStringOption(availableHoursOption),
  )
  .addSubcommand((sub) =>
    sub.setName('leave').setDescription('Leave a program (ends your pairing there)').addStringOption(programOption),
  )
  .addSubcommand((sub) =>
    sub
      .setName('end')
      .setDescription('End your pairing (inside your mentorship thread)')
      .addBooleanOption((o) =>
        o.setName('block').setDescription('Never be paired with this member again in this server'),
      )
      .addIntegerOption((o) =>
        o
          .setName('rating')
          .setDescription('How was it, from 1 to 5? Admins only see averages')
          .setMinValue(1)
          .setMaxValue(5),
      )
      .addStringOption((o) =>
        o.setName('feedback').setDescription('Anything the organisers should know (admins only)').setMaxLength(1000),
      ),
  )
  .addSubcommand((sub) =>
    sub
      .setName('pause')
      .setDescription('Pause your pairing’s check-ins for 1 to 4 weeks (inside your mentorship thread)')
      .addIntegerOption((o) =>
        o
          .setName('weeks')
          .setDescription('How many weeks, 1 to 4')
          .setRequired(true)
          .setMinValue(1)
          .setMaxValue(MAX_PAUSE_WEEKS),
      ),
  )
  .addSubcommand((sub) => sub.setName('profile').setDescription('See your sign-ups, partners and next check-ins'))
  .addSubcommand((sub) =>
    sub.setName('forget-me').setDescription('Erase your mentorship data in this server (asks to confirm)'),
  )
  .addSubcommand(requestSubcommands.mentors)
  .addSubcommand(requestSubcommands.requests)
  .addSubcommand(requestSubcommands.availability)
  .addSubcommand(settingsSubcommand);

async function confirmJoin(
  interaction: ChatInputCommandInteraction | ComponentInteraction,
  result: JoinResult,
): Promise<void> {
  const locale = interaction.locale;
  const content = t(locale, 'signup.joined', {
    program: result.program.name,
    role: t(locale, `role.${result.signup.role}`),
    place: result.place,
  });
  await interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
}

async function join(interaction: ChatInputCommandInteraction, ctx: AppContext): Promise<void> {
  const o = interaction.options;
  const result = await joinProgram(
    ctx,
    actorOf(interaction),
    { name: o.getString('program', true) },
    {
      role: o.getString('role', true) as Role,
      adult: o.getBoolean('adult', true),
      topics: o.getString('topics') ?? '',
      goals: o.getString('goals') ?? '',
      timezone: o.getString('timezone'),
      availableHours: o.getString('available-hours'),
    },
  );
  await confirmJoin(interaction, result);
}

/** The panel's Join buttons open the sign-up form; nothing is stored until it is submitted. */
async function openSignupForm(
  interaction: ComponentInteraction,
  ctx: AppContext,
  [role, programId]: [Role, number],
): Promise<void> {
  if (!interaction.isButton()) return;
  const program = await programTakingSignups(ctx, actorOf(interaction), programId);
  const locale = interaction.locale;
  const field = (id: string, label: string, style: TextInputStyle, max: number, required: boolean) =>
    new ActionRowBuilder<TextInputBuilder>().addComponents(
      new TextInputBuilder().setCustomId(id).setLabel(label).setStyle(style).setMaxLength(max).setRequired(required),
    );
  const modal = new ModalBuilder()
    .setCustomId(signupFormId.encode([role, program.id]))
    .setTitle(t(locale, 'signup.modalTitle', { program: program.name, role: t(locale, `role.${role}`) }).slice(0, 45))
    .addComponents(
      field('topics', t(locale, 'signup.topicsLabel'), TextInputStyle.Short, 450, false),
      field(
        'goals',
        t(locale, role === 'mentee' ? 'signup.goalsLabelMentee' : 'signup.goalsLabelMentor'),
        TextInputStyle.Paragraph,
        1000,
        false,
      ),
      field('timezone', t(locale, 'signup.timezoneLabel'), TextInputStyle.Short, 64, false),
      field('adult', t(locale, 'signup.adultLabel'), TextInputStyle.Short, 5, true),
    );
  await interaction.showModal(modal);
}

async function submitSignupForm(
  interaction: ComponentInteraction,
  ctx: AppContext,
  [role, programId]: [Role, number],
): Promise<void> {
  if (!interaction.isModalSubmit()) return;
  const fields = interaction.fields;
  const result = await joinProgram(
    ctx,
    actorOf(interaction),
    { id: programId },
    {
      role,
      adult: /^\s*(yes|oui)\s*$/i.test(fields.getTextInputValue('adult')),
      topics: fields.getTextInputValue('topics'),
      goals: fields.getTextInputValue('goals'),
      timezone: fields.getTextInputValue('timezone').trim() || null,
    },
  );
  await confirmJoin(interaction, result);
}

async function leave(interaction: ChatInputCommandInteraction, ctx: AppContext): Promise<void> {
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const { program, endedPairs } = await leaveProgram(
    ctx,
    actorOf(interaction),
    interaction.options.getString('program', true),
  );
  await replyPrivately(
    interaction,
    t(interaction.locale, endedPairs ? 'signup.leftPaired' : 'signup.left', { program: program.name }),
  );
}

async function end(interaction: ChatInputCommandInteraction, ctx: AppContext): Promise<void> {
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const { blocked } = await endOwnPairing(ctx, actorOf(interaction), interaction.channelId, {
    block: interaction.options.getBoolean('block') ?? false,
    rating: interaction.options.getInteger('rating'),
    feedback: interaction.options.getString('feedback'),
  });
  await replyPrivately(interaction, t(interaction.locale, blocked ? 'end.doneBlocked' : 'end.done'));
}

async function pause(interaction: ChatInputCommandInteraction, ctx: AppContext): Promise<void> {
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const weeks = interaction.options.getInteger('weeks', true);
  const pause = await pauseCheckins(ctx, actorOf(interaction), interaction.channelId, weeks);
  const seconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);
  const text =
    pause.nextAt === null
      ? t(interaction.locale, 'pause.doneMember', { weeks, until: seconds(pause.until) })
      : t(interaction.locale, 'pause.done', { weeks, next: seconds(pause.nextAt) });
  await replyPrivately(interaction, text);
}

async function profile(interaction: ChatInputCommandInteraction, ctx: AppContext): Promise<void> {
  const locale = interaction.locale;
  const actor = actorOf(interaction);
  const entries = await memberProfile(ctx, actor);
  const outcomes = await untoldOutcomes(ctx, actor);
  const completed = completedLines(locale, await memberCompletions(ctx, actor));
  if (entries.length === 0 && outcomes.length === 0 && completed.length === 0)
    throw new UserFacingError('error.notOnList');
  const requests = profileRequestsText(locale, await profileRequests(ctx, actor));
  const text = [profileText(locale, entries, outcomes), ...completed].join('\n').slice(0, 2000);
  await replyPrivately(interaction, requests ? `${text}\n${requests}`.slice(0, 2000) : text);
}

export const mentorship = {
  data,
  requires: {
    join: 'anyone',
    leave: 'anyone',
    end: 'pairMember',
    pause: 'pairMember',
    profile: 'anyone',
    'forget-me': 'anyone',
    mentors: 'anyone',
    requests: 'anyone',
    availability: 'anyone',
    settings: 'anyone',
  },
  execute: bySubcommand({
    join,
    leave,
    end,
    pause,
    profile,
    'forget-me': (interaction) => forgetMe(interaction),
    mentors,
    requests,
    availability,
    settings,
  }),
  autocomplete: autocompleteMentorship,
  components: [
    on(joinButtonId, 'anyone', openSignupForm),
    on(signupFormId, 'anyone', submitSignupForm),
    on(forgetMeId, 'anyone', confirmForget),
    ...requestComponents,
  ],
} satisfies Command;
