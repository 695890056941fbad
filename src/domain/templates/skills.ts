import type { LocalizedPlan } from './plan.ts';

export const skills: LocalizedPlan = {
  en: {
    weeks: [
      {
        topic: 'Setting the target',
        prompts: [
          'Which skill do you want to build, and how will you know you have it?',
          'What have you already tried, and what did you learn from it?',
          'How much time can you honestly give it each week?',
        ],
      },
      {
        topic: 'A learning plan',
        prompts: [
          'Split the skill into three parts; which comes first?',
          'Which project or resource will you practise with?',
          'Mentor: how did you learn it yourself?',
        ],
      },
      {
        topic: 'First practice',
        prompts: [
          'Share one thing you made or tried this week.',
          'Where did you get stuck, and what would unblock you?',
        ],
      },
      {
        topic: 'Feedback',
        prompts: ['Ask your mentor for feedback on one concrete piece of work.', 'What will you change because of it?'],
      },
      {
        topic: 'Going deeper',
        prompts: [
          'What is the hardest part of the skill so far?',
          'Find one expert example and take it apart together.',
        ],
      },
      {
        topic: 'Showing your work',
        prompts: [
          'What could you show someone else: a demo, a write-up, a pull request?',
          'Who would give you honest feedback on it?',
        ],
      },
    ],
    steady: [
      {
        topic: 'Practice and review',
        prompts: [
          'What did you practise since the last check-in, and what improved?',
          'What is the next hardest thing to try?',
        ],
      },
      {
        topic: 'Habits',
        prompts: [
          'When and where does practice happen best for you?',
          'What keeps interrupting it, and what would help?',
        ],
      },
      {
        topic: 'Checking the plan',
        prompts: [
          'Is your learning plan still the right one?',
          'What would you drop, and what would you add?',
          'Anything your mentor could do differently?',
        ],
      },
    ],
    closing: {
      topic: 'What you can do now',
      prompts: [
        'Compare what you can do today with week 1: what changed?',
        'How will you keep practising after the program?',
        'What would you tell someone starting this skill?',
      ],
    },
  },
  fr: {
    weeks: [
      {
        topic: 'Fixer le cap',
        prompts: [
          'Quelle compétence voulez-vous développer, et comment saurez-vous que vous l’avez acquise ?',
          'Qu’avez-vous déjà essayé, et qu’en avez-vous retenu ?',
          'Combien de temps pouvez-vous honnêtement y consacrer chaque semaine ?',
        ],
      },
      {
        topic: 'Un plan d’apprentissage',
        prompts: [
          'Découpez la compétence en trois parties ; laquelle vient en premier ?',
          'Avec quel projet ou quelle ressource allez-vous pratiquer ?',
          'Mentor : comment l’avez-vous apprise vous-même ?',
        ],
      },
      {
        topic: 'Premiers essais',
        prompts: [
          'Partagez une chose que vous avez faite ou tentée cette semaine.',
          'Où avez-vous bloqué, et qu’est-ce qui vous débloquerait ?',
        ],
      },
      {
        topic: 'Retours',
        prompts: [
          'Demandez à votre mentor un retour sur un travail concret.',
          'Que changerez-vous grâce à ce retour ?',
        ],
      },
      {
        topic: 'Approfondir',
        prompts: [
          'Quelle est la partie la plus difficile jusqu’ici ?',
          'Trouvez un exemple d’expert et décortiquez-le ensemble.',
        ],
      },
      {
        topic: 'Montrer son travail',
        prompts: [
          'Que pourriez-vous montrer : une démo, un article, une contribution ?',
          'Qui vous ferait un retour honnête ?',
        ],
      },
    ],
    steady: [
      {
        topic: 'Pratique et bilan',
        prompts: [
          'Qu’avez-vous pratiqué depuis le dernier point, et qu’est-ce qui s’est amélioré ?',
          'Quelle est la prochaine difficulté à tenter ?',
        ],
      },
      {
        topic: 'Habitudes',
        prompts: [
          'Quand et où pratiquez-vous le mieux ?',
          'Qu’est-ce qui vous interrompt, et qu’est-ce qui aiderait ?',
        ],
      },
      {
        topic: 'Revoir le plan',
        prompts: [
          'Votre plan d’apprentissage est-il toujours le bon ?',
          'Que retireriez-vous, et qu’ajouteriez-vous ?',
          'Votre mentor pourrait-il vous aider autrement ?',
        ],
      },
    ],
    closing: {
      topic: 'Ce que vous savez faire maintenant',
      prompts: [
        'Comparez ce que vous savez faire aujourd’hui avec la semaine 1 : qu’est-ce qui a changé ?',
        'Comment continuerez-vous à pratiquer après le programme ?',
        'Que diriez-vous à quelqu’un qui commence cette compétence ?',
      ],
    },
  },
};
