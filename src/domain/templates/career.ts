import type { LocalizedPlan } from './plan.ts';

export const career: LocalizedPlan = {
  en: {
    weeks: [
      {
        topic: 'Getting to know each other',
        prompts: [
          'Where are you in your career today, and where would you like to be in a year?',
          'What would make these weeks a success for you?',
          'How and when do you prefer to talk: here, a call, a set time each week?',
        ],
      },
      {
        topic: 'Strengths and gaps',
        prompts: [
          'Which of your strengths do colleagues notice first?',
          'Which skill, if you had it tomorrow, would change the most for you?',
          'Mentor: what did you wish you had known at this stage?',
        ],
      },
      {
        topic: 'Your story',
        prompts: [
          'Tell your career story in three sentences; how does it sound to each of you?',
          'Which achievement are you proudest of, and is it visible on your CV or profile?',
        ],
      },
      {
        topic: 'Visibility and network',
        prompts: [
          'Who should know about your work who does not yet?',
          'Draft one message to someone you admire and share it here for feedback.',
          'Which community or event could you show up at this month?',
        ],
      },
      {
        topic: 'Opportunities',
        prompts: [
          'Pick one opportunity to go after: a role, a project, a talk.',
          'What stands between you and applying, and how can you remove it?',
        ],
      },
      {
        topic: 'Conversations that matter',
        prompts: [
          'Which conversation are you avoiding (a raise, a new scope, feedback)?',
          'Rehearse it together: mentor plays the other side.',
          'What outcome would you be happy with?',
        ],
      },
    ],
    steady: [
      {
        topic: 'Progress and obstacles',
        prompts: [
          'What moved forward since the last check-in, and what got in the way?',
          'Which goal deserves your attention next?',
        ],
      },
      {
        topic: 'Learning from setbacks',
        prompts: [
          'What did not go to plan lately, and what did it teach you?',
          'Mentor: share a setback of yours and how you moved on.',
        ],
      },
      {
        topic: 'Looking further ahead',
        prompts: [
          'Where do you want to be in three years?',
          'Which step this month brings you closer?',
          'Is there anything your mentor could do differently to help?',
        ],
      },
    ],
    closing: {
      topic: 'Looking back, looking forward',
      prompts: [
        'What changed for you during these weeks?',
        'Which habit or contact will you keep from this mentorship?',
        'What is your next step, on your own, after the program?',
      ],
    },
  },
  fr: {
    weeks: [
      {
        topic: 'Faire connaissance',
        prompts: [
          'Où en êtes-vous dans votre carrière aujourd’hui, et où aimeriez-vous être dans un an ?',
          'Qu’est-ce qui ferait de ces semaines une réussite pour vous ?',
          'Comment et quand préférez-vous échanger : ici, en appel, à un horaire fixe chaque semaine ?',
        ],
      },
      {
        topic: 'Forces et manques',
        prompts: [
          'Laquelle de vos forces vos collègues remarquent-ils en premier ?',
          'Quelle compétence, si vous l’aviez demain, changerait le plus les choses ?',
          'Mentor : qu’auriez-vous aimé savoir à ce stade ?',
        ],
      },
      {
        topic: 'Votre parcours',
        prompts: [
          'Racontez votre parcours en trois phrases ; comment le trouvez-vous, l’un et l’autre ?',
          'De quelle réussite êtes-vous le plus fier·e, et se voit-elle sur votre CV ou votre profil ?',
        ],
      },
      {
        topic: 'Visibilité et réseau',
        prompts: [
          'Qui devrait connaître votre travail et ne le connaît pas encore ?',
          'Rédigez un message à une personne que vous admirez et partagez-le ici pour avis.',
          'À quelle communauté ou quel événement pourriez-vous participer ce mois-ci ?',
        ],
      },
      {
        topic: 'Opportunités',
        prompts: [
          'Choisissez une opportunité à saisir : un poste, un projet, une intervention.',
          'Qu’est-ce qui vous empêche de postuler, et comment le lever ?',
        ],
      },
      {
        topic: 'Les conversations qui comptent',
        prompts: [
          'Quelle conversation repoussez-vous (augmentation, nouveau périmètre, retour) ?',
          'Répétez-la ensemble : le mentor joue l’autre rôle.',
          'Quelle issue vous satisferait ?',
        ],
      },
    ],
    steady: [
      {
        topic: 'Avancées et obstacles',
        prompts: [
          'Qu’est-ce qui a avancé depuis le dernier point, et qu’est-ce qui a freiné ?',
          'Quel objectif mérite votre attention maintenant ?',
        ],
      },
      {
        topic: 'Apprendre des revers',
        prompts: [
          'Qu’est-ce qui ne s’est pas passé comme prévu, et qu’en avez-vous appris ?',
          'Mentor : racontez un de vos revers et comment vous avez rebondi.',
        ],
      },
      {
        topic: 'Voir plus loin',
        prompts: [
          'Où voulez-vous être dans trois ans ?',
          'Quelle étape de ce mois-ci vous en rapproche ?',
          'Votre mentor pourrait-il vous aider autrement ?',
        ],
      },
    ],
    closing: {
      topic: 'Bilan et suite',
      prompts: [
        'Qu’est-ce qui a changé pour vous pendant ces semaines ?',
        'Quelle habitude ou quel contact garderez-vous de ce mentorat ?',
        'Quelle est votre prochaine étape, seul·e, après le programme ?',
      ],
    },
  },
};
