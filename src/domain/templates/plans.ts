import type { TemplateId } from '../../db/schema.ts';

export interface WeekPlan {
  topic: string;
  prompts: string[];
}

export type Plan = readonly WeekPlan[];

/**
 * Guided plans, one entry per week. A program longer than its plan keeps going with the
 * plan's last phase (steady-state prompts written to repeat well), never an empty prompt.
 */
export const plans: Record<TemplateId, { en: Plan }> = {
  career: {
    en: [
      { topic: 'Getting to know each other', prompts: ['Where are you in your career today, and where would you like to be in a year?', 'What does a good outcome of these weeks look like for you?', 'How and when do you prefer to talk: here, voice, a set time each week?'] },
      { topic: 'Strengths and gaps', prompts: ['Which of your strengths do others notice first?', 'Which skill, if you had it tomorrow, would change the most for you?'] },
      { topic: 'Visibility and network', prompts: ['Who should know about your work who does not yet?', 'Draft one message to someone you admire; share it here for feedback.'] },
      { topic: 'A concrete next step', prompts: ['Pick one opportunity (a role, a project, a talk) to go after this month.', 'What is the smallest step you can take before the next check-in?'] },
      { topic: 'Progress and obstacles', prompts: ['What moved forward since last time, and what got in the way?', 'What would you ask your mentor to do differently?', 'Which goal deserves your attention next?'] },
    ],
  },
  skills: {
    en: [
      { topic: 'Setting the target', prompts: ['Which skill do you want to build, and how will you know you have it?', 'What have you already tried, and what did you learn from it?', 'How much time can you give it each week, honestly?'] },
      { topic: 'A learning plan', prompts: ['Break the skill into three parts; which comes first?', 'Which resource or project will you use to practise it?'] },
      { topic: 'Deliberate practice', prompts: ['Share one thing you made or tried this week.', 'Where did you get stuck, and what would unblock you?'] },
      { topic: 'Feedback', prompts: ['Ask your mentor for feedback on one concrete piece of work.', 'What will you change because of it?'] },
      { topic: 'Practice and review', prompts: ['What did you practise since last time, and what improved?', 'What is the next hardest thing to try?', 'Is your learning plan still the right one?'] },
    ],
  },
  support: {
    en: [
      { topic: 'Arriving', prompts: ['What made you want a mentor right now?', 'What kind of support helps you most: listening, advice, or a push?', 'What should your mentor know about how you are doing?'] },
      { topic: 'What weighs on you', prompts: ['What is taking most of your energy at the moment?', 'What has helped you before in times like this?'] },
      { topic: 'Small wins', prompts: ['Name one thing that went well this week, however small.', 'What would make next week a little easier?'] },
      { topic: 'Looking ahead', prompts: ['What are you looking forward to?', 'Who else around you can you lean on?'] },
      { topic: 'How are you, really?', prompts: ['How have you been since the last check-in?', 'What would you like to talk about this time?', 'Is there anything your mentor can do to help?'] },
    ],
  },
  custom: {
    en: [
      { topic: 'Introductions', prompts: ['Introduce yourselves: what brings each of you to this program?', 'What would make these weeks worthwhile for you?', 'Agree on how often and where you will talk.'] },
      { topic: 'Goals', prompts: ['Write down one or two goals with /goal add.', 'What could get in the way, and how will you handle it?'] },
      { topic: 'Progress check', prompts: ['What moved forward since your last conversation?', 'What is one thing to try before the next check-in?'] },
      { topic: 'Keeping momentum', prompts: ['What did you learn from each other so far?', 'Is there a goal to change, drop or add?'] },
      { topic: 'Regular check-in', prompts: ['What happened since the last check-in?', 'What is the focus until the next one?', 'Is there anything you need from each other?'] },
    ],
  },
};

/** The plan for `week` (1-based) of a template; past the plan's end, its last phase. */
export function weekPlan(template: TemplateId, week: number): WeekPlan {
  const plan = plans[template].en;
  const entry = plan[Math.min(Math.max(week, 1), plan.length) - 1];
  if (!entry) throw new Error(`template ${template} has no plan`);
  return entry;
}
