import type { LocalizedPlan } from './plan.ts';

export const custom: LocalizedPlan = {
  en: {
    weeks: [
      {
        topic: 'Introductions',
        prompts: [
          'Introduce yourselves: what brings each of you to this program?',
          'What would make these weeks worthwhile for you?',
          'Agree on how often and where you will talk.',
        ],
      },
      {
        topic: 'Goals',
        prompts: [
          'Write down one or two goals with /goal add.',
          'What could get in the way, and how will you handle it?',
        ],
      },
      {
        topic: 'First steps',
        prompts: ['What is the first concrete step toward your goal?', 'What does your mentor suggest trying?'],
      },
      {
        topic: 'Progress check',
        prompts: [
          'What moved forward since your last conversation?',
          'What is one thing to try before the next check-in?',
        ],
      },
      {
        topic: 'Halfway',
        prompts: [
          'Are your goals still the right ones?',
          'What is working well in how you two work together, and what is not?',
        ],
      },
      {
        topic: 'Keeping momentum',
        prompts: ['What have you learned from each other so far?', 'Which goal needs the most attention now?'],
      },
    ],
    steady: [
      {
        topic: 'Regular check-in',
        prompts: ['What happened since the last check-in?', 'What is the focus until the next one?'],
      },
      {
        topic: 'Obstacles',
        prompts: ['What is getting in the way right now?', 'What would a small, realistic next step look like?'],
      },
      {
        topic: 'Reflection',
        prompts: ['What are you proud of lately?', 'Is there anything you need from each other?'],
      },
    ],
    closing: {
      topic: 'Wrapping up',
      prompts: [
        'Look back at your goals: where did you get to?',
        'What will you keep doing after the program?',
        'How would you like to stay in touch, if at all?',
      ],
    },
  },
  fr: {
    weeks: [
      {
        topic: 'Présentations',
        prompts: [
          'Présentez-vous : qu’est-ce qui vous amène chacun·e à ce programme ?',
          'Qu’est-ce qui rendrait ces semaines utiles pour vous ?',
          'Mettez-vous d’accord sur le rythme et le lieu de vos échanges.',
        ],
      },
      {
        topic: 'Objectifs',
        prompts: [
          'Notez un ou deux objectifs avec /goal add.',
          'Qu’est-ce qui pourrait vous freiner, et comment y ferez-vous face ?',
        ],
      },
      {
        topic: 'Premiers pas',
        prompts: ['Quel est le premier pas concret vers votre objectif ?', 'Que vous suggère votre mentor d’essayer ?'],
      },
      {
        topic: 'Point d’étape',
        prompts: [
          'Qu’est-ce qui a avancé depuis votre dernier échange ?',
          'Quelle chose essayer avant le prochain point ?',
        ],
      },
      {
        topic: 'Mi-parcours',
        prompts: [
          'Vos objectifs sont-ils toujours les bons ?',
          'Qu’est-ce qui fonctionne bien dans votre façon de travailler ensemble, et qu’est-ce qui coince ?',
        ],
      },
      {
        topic: 'Garder l’élan',
        prompts: [
          'Qu’avez-vous appris l’un de l’autre jusqu’ici ?',
          'Quel objectif demande le plus d’attention maintenant ?',
        ],
      },
    ],
    steady: [
      {
        topic: 'Point régulier',
        prompts: ['Que s’est-il passé depuis le dernier point ?', 'Sur quoi vous concentrer d’ici le prochain ?'],
      },
      {
        topic: 'Obstacles',
        prompts: ['Qu’est-ce qui vous freine en ce moment ?', 'À quoi ressemblerait un petit pas réaliste ?'],
      },
      {
        topic: 'Prendre du recul',
        prompts: ['De quoi êtes-vous fier·e dernièrement ?', 'Avez-vous besoin de quelque chose l’un de l’autre ?'],
      },
    ],
    closing: {
      topic: 'Conclure',
      prompts: [
        'Revenez sur vos objectifs : où en êtes-vous arrivé·e ?',
        'Que continuerez-vous à faire après le programme ?',
        'Souhaitez-vous rester en contact, et comment ?',
      ],
    },
  },
};
