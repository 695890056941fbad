/**
 * The narrator's own words, in English and French. The bot's replies come from the bot's
 * catalogue (src/i18n); these are only the demo's headings and asides.
 */
import { failures } from './failures.ts';

export type Lang = 'en' | 'fr';

const en = {
  title: 'Mentorship bot: a scripted community on a local Discord (no Discord token needed)',
  server: (name: string, pairs: string, reports: string) =>
    `Server "${name}": #${pairs} holds the pair threads, #${reports} is where the moderators work.`,
  cast: (admin: string, moderator: string, mentors: string, mentees: string) =>
    `Cast: ${admin} (admin), ${moderator} (moderator), mentors ${mentors}, mentees ${mentees}.`,
  and: ' and ',
  semicolon: '; ',
  places: {
    adminRole: 'Admins',
    modRole: 'Mentorship mods',
    pairs: 'mentorship',
    reports: 'mentorship-reports',
    general: 'general',
  },
  numberLocale: 'en-GB',
  boolean: (value: boolean): string => (value ? 'True' : 'False'),
  admin: 'admin',
  moderator: 'moderator',
  mentor: 'mentor',
  mentee: 'mentee',
  colon: ': ',
  inPlace: (thread: string) => ` in #${thread}`,
  runs: 'runs',
  presses: (label: string) => `presses [${label}]`,
  picks: (label: string) => `picks "${label}"`,
  fillsForm: 'fills in the form:',
  onlySees: (name: string) => `only ${name} sees:`,
  noteIsPrivate: (name: string) => `The note is private: only ${name} sees this note.`,
  inChannel: (channel: string) => `in #${channel}, everyone there sees:`,
  inThread: (thread: string, people: string) => `in the private thread #${thread} (${people} and the bot):`,
  dmTo: (name: string) => `in ${name}'s direct messages:`,
  queue: (channel: string) => `in #${channel}, the moderators see the queue card:`,
  quiet: (list: string) => `No answer this week from ${list}.`,
  later: (minutes: number) => `${minutes} minutes later:`,
  stepCreate: 'Ada creates a program from a template and opens sign-ups',
  stepSignups: 'A dozen members sign up',
  stepMatch: 'Ada asks for a suggested cohort and accepts it',
  stepThreads: 'Private threads open, one per pair',
  threadsOpened: (n: number, name: string) => `${n} private threads opened. ${name}'s, as her pair sees it:`,
  alsoOpened: (names: string) => `The others: ${names}.`,
  stepWeek: 'A week later: the check-in prompts arrive',
  clockMoves: (when: string) => `The clock moves on to ${when}; the scheduler runs.`,
  promptsPosted: (n: number, week: number) => `${n} threads got their week ${week} prompt.`,
  inThreadOf: (name: string) => `In ${name}'s:`,
  stepAnswers: 'Members answer their check-in',
  stepReport: 'A member reports a problem',
  stepModeration: 'A moderator works the queue',
  stepWeekTwo: 'Week 2: the next prompts, and everyone answers',
  stepStats: 'Ada reads the program stats',
  allAnswered: (n: number) => `All ${n} members answer their week 2 prompt.`,
  chartSaved: (path: string) => `The chart attached to the stats was saved to ${path}`,
  done: (seconds: string) =>
    `The demo is over (${seconds} s). Nothing was sent to Discord; the temporary database was deleted.`,
  failed: 'The demo failed:',
  interrupted: 'The demo was interrupted; its temporary folder was deleted.',
  keptLogs: (path: string) => `The bot's log and database are kept in ${path}`,
  usage: 'Usage: npm run demo [-- --lang en|fr]',
  reportReason: 'My mentor has not answered any of my messages since we were paired.',
  noteText: 'We met on Tuesday and set three goals.',
  programName: 'Spring Circle',
  broken: failures.en,
};

const fr: typeof en = {
  title: 'Bot de mentorat : une communauté scénarisée sur un Discord local (aucun jeton Discord nécessaire)',
  server: (name, pairs, reports) =>
    `Serveur « ${name} » : #${pairs} accueille les fils des binômes, #${reports} est le salon où travaillent les modérateurs.`,
  cast: (admin, moderator, mentors, mentees) =>
    `Distribution : ${admin} (admin), ${moderator} (modérateur), les mentors ${mentors}, les mentoré·es ${mentees}.`,
  and: ' et ',
  semicolon: ' ; ',
  places: {
    adminRole: 'Administration',
    modRole: 'Modération mentorat',
    pairs: 'mentorat',
    reports: 'signalements-mentorat',
    general: 'général',
  },
  numberLocale: 'fr-FR',
  boolean: (value) => (value ? 'Vrai' : 'Faux'),
  admin: 'admin',
  moderator: 'modérateur',
  mentor: 'mentor',
  mentee: 'mentoré·e',
  colon: ' : ',
  inPlace: (thread) => ` dans #${thread}`,
  runs: 'tape',
  presses: (label) => `appuie sur [${label}]`,
  picks: (label) => `choisit « ${label} »`,
  fillsForm: 'remplit le formulaire :',
  onlySees: (name) => `visible par ${name} seulement :`,
  noteIsPrivate: (name) => `La note est privée : seul·e ${name} la voit.`,
  inChannel: (channel) => `dans #${channel}, tout le monde voit :`,
  inThread: (thread, people) => `dans le fil privé #${thread} (${people} et le bot) :`,
  dmTo: (name) => `dans les messages privés de ${name} :`,
  queue: (channel) => `dans #${channel}, les modérateurs voient la fiche du signalement :`,
  quiet: (list) => `Pas de réponse cette semaine de ${list}.`,
  later: (minutes) => `${minutes} minutes plus tard :`,
  stepCreate: 'Ada crée un programme à partir d’un modèle et ouvre les inscriptions',
  stepSignups: 'Une douzaine de membres s’inscrivent',
  stepMatch: 'Ada demande une proposition de binômes et l’accepte',
  stepThreads: 'Les fils privés s’ouvrent, un par binôme',
  threadsOpened: (n, name) => `${n} fils privés ouverts. Celui de ${name}, tel que son binôme le voit :`,
  alsoOpened: (names) => `Les autres : ${names}.`,
  stepWeek: 'Une semaine plus tard : les points hebdomadaires arrivent',
  clockMoves: (when) => `On avance l’horloge au ${when} ; le planificateur s’exécute.`,
  promptsPosted: (n, week) => `${n} fils ont reçu leur point de la semaine ${week}.`,
  inThreadOf: (name) => `Dans celui de ${name} :`,
  stepAnswers: 'Les membres répondent à leur point hebdomadaire',
  stepReport: 'Un membre signale un problème',
  stepModeration: 'Un modérateur traite la file des signalements',
  stepWeekTwo: 'Semaine 2 : les points suivants, et tout le monde répond',
  stepStats: 'Ada consulte les statistiques du programme',
  allAnswered: (n) => `Les ${n} membres répondent à leur point de la semaine 2.`,
  chartSaved: (path) => `Le graphique joint aux statistiques a été enregistré dans ${path}`,
  done: (seconds) =>
    `Fin de la démo (${seconds} s). Rien n’a été envoyé à Discord ; la base de données temporaire a été supprimée.`,
  failed: 'La démo a échoué :',
  interrupted: 'La démo a été interrompue ; son dossier temporaire a été supprimé.',
  keptLogs: (path) => `Le journal du bot et sa base de données sont conservés dans ${path}`,
  usage: 'Usage : npm run demo [-- --lang en|fr]',
  reportReason: 'Mon mentor n’a répondu à aucun de mes messages depuis que nous sommes en binôme.',
  noteText: 'On s’est vus mardi et on a fixé trois objectifs.',
  programName: 'Cercle de printemps',
  broken: failures.fr,
};

export type Lines = typeof en;
export const lines: Record<Lang, Lines> = { en, fr };

export type Args = { lang: Lang } | { help: true } | { error: string };

/** `--lang fr` or `--lang=fr`; English when absent; `--help` or `-h` for the usage. */
export function parseArgs(args: string[]): Args {
  if (args.some((a) => a === '--help' || a === '-h')) return { help: true };
  const at = args.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (at === -1) return args.length === 0 ? { lang: 'en' } : { error: `unknown option: ${args[0]}` };
  const inline = args[at]!.includes('=');
  const value = inline ? args[at]!.slice('--lang='.length) : args[at + 1];
  const rest = args.filter((_, i) => i !== at && !(i === at + 1 && !inline));
  if (rest.length) return { error: `unknown option: ${rest[0]}` };
  if (!value) return { error: '--lang needs a language: en or fr' };
  return value === 'en' || value === 'fr' ? { lang: value } : { error: `unknown language: ${value}` };
}
