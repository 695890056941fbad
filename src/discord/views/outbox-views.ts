import type { RenderView } from '../../domain/outbox/views.ts';
import { renderNotice } from './notice-view.ts';
import { checkinPrompt, closingMessage } from './checkin-message.ts';
import { reportCard } from './report-card.ts';
import { signupPanel } from './signup-panel-view.ts';
import { welcomeMessage } from './welcome-view.ts';
import { groupCheckinMessage, groupWelcomeMessage } from './group-views.ts';
import { requestDm } from './request-views.ts';
import { meetingConfirmation } from './meet-views.ts';
import { withCertificates } from './completion-views.ts';

/** The messages the outbox renders when it sends them: a check-in, a report card, a sign-up panel, a welcome. */
export const renderOutboxView: RenderView = (data) => {
  if ('notice' in data) return renderNotice(data.notice);
  switch (data.view) {
    case 'checkin': {
      const { checkin, goals, completions, names } = data;
      const input = {
        checkinId: checkin.id,
        week: checkin.week,
        nonce: checkin.nonce,
        template: checkin.template,
        weeks: checkin.weeks,
        pulseWeek: checkin.pulseWeek,
        everyWeeks: checkin.everyWeeks,
        locale: checkin.locale,
        programName: checkin.programName,
        mentorId: checkin.mentorId,
        menteeId: checkin.menteeId,
        goals,
      };
      if (checkin.kind !== 'closing') return checkinPrompt(input);
      return withCertificates(closingMessage(input), checkin, completions ?? [], names);
    }
    case 'report-card':
      return reportCard(data.report, data.program?.locale ?? 'en', data.program?.name ?? null);
    case 'signup-panel':
      return signupPanel(data.program, data.counts);
    case 'welcome':
      return welcomeMessage(data.program, data.pairing);
    case 'group-welcome':
      return groupWelcomeMessage(data);
    case 'group-checkin':
      return groupCheckinMessage(data);
    case 'mentor-request':
      return requestDm(data.program, data.request, data.mentee);
    case 'meeting-confirmed':
      return meetingConfirmation(data);
  }
};
