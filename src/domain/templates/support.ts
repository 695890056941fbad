import type { LocalizedPlan } from './plan.ts';

export const support: LocalizedPlan = {
  en: {
    weeks: [
      {
        topic: 'Arriving',
        prompts: [
          'What made you want a mentor right now?',
          'What kind of support helps you most: listening, advice, or a gentle push?',
          'What should your mentor know about how you are doing?',
        ],
      },
      {
        topic: 'What weighs on you',
        prompts: ['What takes most of your energy at the moment?', 'What has helped you before in times like this?'],
      },
      {
        topic: 'Small wins',
        prompts: [
          'Name one thing that went well this week, however small.',
          'What would make next week a little easier?',
        ],
      },
      {
        topic: 'Your people',
        prompts: ['Who around you can you lean on?', 'Is there someone you would like to reconnect with?'],
      },
      {
        topic: 'Taking care of yourself',
        prompts: ['What restores your energy?', 'What is one kind thing you can do for yourself this week?'],
      },
      {
        topic: 'Looking ahead',
        prompts: ['What are you looking forward to?', 'What would you like to be different a month from now?'],
      },
    ],
    steady: [
      {
        topic: 'How are you, really?',
        prompts: ['How have you been since the last check-in?', 'What would you like to talk about this time?'],
      },
      {
        topic: 'What helped',
        prompts: ['What helped you most lately, even a little?', 'Is there anything your mentor could do to help?'],
      },
      {
        topic: 'One step',
        prompts: [
          'What is one small step you would like to take before the next check-in?',
          'How can your mentor cheer you on?',
        ],
      },
    ],
    closing: {
      topic: 'Carrying it forward',
      prompts: [
        'What are you taking with you from these weeks?',
        'Who will you turn to when things get hard again?',
        'Is there anything you want to say to each other as the program ends?',
      ],
    },
  },
  fr: {
    weeks: [
      {
        topic: 'Arriver',
        prompts: [
          'Qu’est-ce qui vous a donné envie d’avoir un mentor maintenant ?',
          'Quel soutien vous aide le plus : l’écoute, des conseils, ou un petit coup de pouce ?',
          'Que devrait savoir votre mentor sur la façon dont vous allez ?',
        ],
      },
      {
        topic: 'Ce qui vous pèse',
        prompts: [
          'Qu’est-ce qui vous prend le plus d’énergie en ce moment ?',
          'Qu’est-ce qui vous a aidé·e par le passé dans ce genre de période ?',
        ],
      },
      {
        topic: 'Petites victoires',
        prompts: [
          'Citez une chose qui s’est bien passée cette semaine, même petite.',
          'Qu’est-ce qui rendrait la semaine prochaine un peu plus facile ?',
        ],
      },
      {
        topic: 'Votre entourage',
        prompts: [
          'Sur qui pouvez-vous compter autour de vous ?',
          'Y a-t-il quelqu’un avec qui vous aimeriez reprendre contact ?',
        ],
      },
      {
        topic: 'Prendre soin de soi',
        prompts: ['Qu’est-ce qui vous ressource ?', 'Quelle attention pouvez-vous vous accorder cette semaine ?'],
      },
      {
        topic: 'Regarder devant',
        prompts: ['Qu’attendez-vous avec plaisir ?', 'Qu’aimeriez-vous voir changer d’ici un mois ?'],
      },
    ],
    steady: [
      {
        topic: 'Comment allez-vous, vraiment ?',
        prompts: ['Comment allez-vous depuis le dernier point ?', 'De quoi aimeriez-vous parler cette fois ?'],
      },
      {
        topic: 'Ce qui a aidé',
        prompts: [
          'Qu’est-ce qui vous a le plus aidé·e dernièrement, même un peu ?',
          'Votre mentor peut-il faire quelque chose pour vous ?',
        ],
      },
      {
        topic: 'Un pas',
        prompts: [
          'Quel petit pas aimeriez-vous faire avant le prochain point ?',
          'Comment votre mentor peut-il vous encourager ?',
        ],
      },
    ],
    closing: {
      topic: 'Poursuivre le chemin',
      prompts: [
        'Qu’emportez-vous de ces semaines ?',
        'Vers qui vous tournerez-vous quand ce sera de nouveau difficile ?',
        'Avez-vous quelque chose à vous dire alors que le programme se termine ?',
      ],
    },
  },
};
