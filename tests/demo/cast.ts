import type { Lang } from './lines.ts';

/** What a member tells the program when signing up: topics, goals or experience, time zone. */
export interface Profile {
  topics: string;
  goals: string;
  timezone: string;
}

export const MENTORS = ['Maya', 'Kofi', 'Lin', 'Tom'];
export const MENTEES = ['Mina', 'Noor', 'Omar', 'Priya', 'Sam', 'Yuki', 'Leo', 'Zoe'];

type Said = Record<Lang, [topics: string, goals: string]>;

const said: Record<string, Said & { timezone: string }> = {
  Maya: {
    en: ['typescript, career', 'Staff engineer, I hire juniors'],
    fr: ['typescript, carrière', 'Ingénieure principale, je recrute des juniors'],
    timezone: 'Europe/Paris',
  },
  Kofi: {
    en: ['design, ux', 'Product designer for ten years'],
    fr: ['design, ux', 'Designer produit depuis dix ans'],
    timezone: 'Africa/Accra',
  },
  Lin: {
    en: ['data, python', 'Data scientist, I teach SQL'],
    fr: ['données, python', 'Data scientist, j’enseigne le SQL'],
    timezone: 'Asia/Singapore',
  },
  Tom: {
    en: ['career, public speaking', 'Conference speaker and team lead'],
    fr: ['carrière, prise de parole', 'Conférencier et chef d’équipe'],
    timezone: 'America/Chicago',
  },
  Mina: {
    en: ['typescript', 'Land my first developer job'],
    fr: ['typescript', 'Décrocher mon premier poste de développeuse'],
    timezone: 'Europe/Berlin',
  },
  Noor: {
    en: ['design', 'Build a design portfolio'],
    fr: ['design', 'Construire un portfolio de design'],
    timezone: 'Europe/London',
  },
  Omar: {
    en: ['python, data', 'Move from finance to data'],
    fr: ['python, données', 'Passer de la finance aux données'],
    timezone: 'Asia/Dubai',
  },
  Priya: {
    en: ['public speaking', 'Give my first talk'],
    fr: ['prise de parole', 'Donner ma première conférence'],
    timezone: 'America/New_York',
  },
  Sam: { en: ['career', 'Ask for a promotion'], fr: ['carrière', 'Demander une promotion'], timezone: 'Europe/Madrid' },
  Yuki: { en: ['ux', 'Learn user research'], fr: ['ux', 'Apprendre la recherche utilisateur'], timezone: 'Asia/Tokyo' },
  Leo: { en: ['data', 'Learn SQL properly'], fr: ['données', 'Apprendre vraiment le SQL'], timezone: 'Asia/Kolkata' },
  Zoe: {
    en: ['typescript, career', 'Become a senior engineer'],
    fr: ['typescript, carrière', 'Devenir ingénieure senior'],
    timezone: 'America/Toronto',
  },
};

export function profileOf(name: string, lang: Lang): Profile {
  const person = said[name];
  if (!person) throw new Error(`no profile for ${name}`);
  const [topics, goals] = person[lang];
  return { topics, goals, timezone: person.timezone };
}
