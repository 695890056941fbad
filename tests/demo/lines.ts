/**
 * The narrator's own words, in English and French. The bot's replies come from the bot's
 * catalogue (src/i18n); these are only the demo's headings and asides.
 */
export type Lang = 'en' | 'fr';

const en = {
  title: 'Mentorship bot: a scripted community on a local Discord (no token needed)',
  server: (name: string) =>
    `Server "${name}", channels #mentorship (pair threads) and #mentorship-reports (staff only).`,
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
  inChannel: (channel: string) => `in #${channel}, everyone there sees:`,
  inThread: (thread: string, people: string) => `in the private thread #${thread} (${people} and the bot):`,
  dmTo: (name: string) => `in ${name}'s direct messages:`,
  queue: 'in #mentorship-reports, the moderators see the queue card:',
  stepCreate: 'Ada creates a program from a template and opens sign-ups',
  stepSignups: 'A dozen members sign up',
  stepMatch: 'Ada asks for a suggested cohort and accepts it',
  stepThreads: 'Private threads open, one per pair',
  threadsOpened: (n: number) => `${n} private threads opened. The first one, as its pair sees it:`,
  alsoOpened: (names: string) => `The others: ${names}.`,
  stepWeek: 'A week later: the check-in prompts arrive',
  clockMoves: (when: string) => `The clock moves on to ${when}; the scheduler runs.`,
  promptsPosted: (n: number) => `${n} threads got their week 1 prompt. In the first one:`,
  stepAnswers: 'Members answer their check-in',
  stepReport: 'A member reports a problem',
  stepModeration: 'A moderator works the queue',
  stepStats: 'Ada reads the program stats',
  chartSaved: (path: string) => `The chart attached to the stats was saved to ${path}`,
  done: (seconds: string) => `The demo is over (${seconds} s). Nothing was sent to Discord; the database is gone.`,
  failed: 'The demo failed:',
  keptLogs: (path: string) => `The bot's log and database are kept in ${path}`,
  usage: 'Usage: npm run demo [-- --lang en|fr]',
  reportReason: 'My mentor has not answered any of my messages since we were paired.',
  noteText: 'We met on Tuesday and set three goals.',
  programName: 'Spring Circle',
};

const fr: typeof en = {
  title: 'Bot de mentorat : une communauté scénarisée sur un Discord local (sans jeton)',
  server: (name) =>
    `Serveur « ${name} », salons #mentorship (fils des binômes) et #mentorship-reports (réservé à l'équipe).`,
  admin: 'admin',
  moderator: 'modérateur',
  mentor: 'mentor',
  mentee: 'mentoré·e',
  colon: ' : ',
  inPlace: (thread) => ` dans #${thread}`,
  runs: 'lance',
  presses: (label) => `appuie sur [${label}]`,
  picks: (label) => `choisit « ${label} »`,
  fillsForm: 'remplit le formulaire :',
  onlySees: (name) => `seul·e ${name} voit :`,
  inChannel: (channel) => `dans #${channel}, tout le monde voit :`,
  inThread: (thread, people) => `dans le fil privé #${thread} (${people} et le bot) :`,
  dmTo: (name) => `dans les messages privés de ${name} :`,
  queue: 'dans #mentorship-reports, les modérateurs voient la fiche du signalement :',
  stepCreate: 'Ada crée un programme à partir d’un modèle et ouvre les inscriptions',
  stepSignups: 'Une douzaine de membres s’inscrivent',
  stepMatch: 'Ada demande une proposition de binômes et l’accepte',
  stepThreads: 'Les fils privés s’ouvrent, un par binôme',
  threadsOpened: (n) => `${n} fils privés ouverts. Le premier, tel que son binôme le voit :`,
  alsoOpened: (names) => `Les autres : ${names}.`,
  stepWeek: 'Une semaine plus tard : les points hebdomadaires arrivent',
  clockMoves: (when) => `L’horloge avance jusqu’au ${when} ; le planificateur tourne.`,
  promptsPosted: (n) => `${n} fils ont reçu leur point de la semaine 1. Dans le premier :`,
  stepAnswers: 'Les membres répondent à leur point hebdomadaire',
  stepReport: 'Un membre signale un problème',
  stepModeration: 'Un modérateur traite la file des signalements',
  stepStats: 'Ada consulte les statistiques du programme',
  chartSaved: (path) => `Le graphique joint aux statistiques est enregistré dans ${path}`,
  done: (seconds) => `Fin de la démo (${seconds} s). Rien n’a été envoyé à Discord ; la base de données est effacée.`,
  failed: 'La démo a échoué :',
  keptLogs: (path) => `Le journal du bot et sa base de données sont conservés dans ${path}`,
  usage: 'Usage : npm run demo [-- --lang en|fr]',
  reportReason: 'Mon mentor n’a répondu à aucun de mes messages depuis que nous sommes en binôme.',
  noteText: 'On s’est vus mardi et on a fixé trois objectifs.',
  programName: 'Cercle de printemps',
};

export type Lines = typeof en;
export const lines: Record<Lang, Lines> = { en, fr };

/** `--lang fr` or `--lang=fr`; English when absent. Anything else is a usage error. */
export function parseLang(args: string[]): Lang | null {
  const at = args.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (at === -1) return args.length === 0 ? 'en' : null;
  const value = args[at]!.includes('=') ? args[at]!.split('=')[1] : args[at + 1];
  const rest = args.filter((_, i) => i !== at && !(i === at + 1 && !args[at]!.includes('=')));
  if (rest.length) return null;
  return value === 'en' || value === 'fr' ? value : null;
}
