import type { MessageKey } from './en.ts';
import { frErrors } from './fr-errors.ts';
import { frPairings } from './fr-pairings.ts';
import { frReports } from './fr-reports.ts';
import { frGroupsRequests } from './fr-groups-requests.ts';
import { frOutcomes } from './fr-outcomes.ts';

/** Textes français. Même clés que en.ts : le type l'impose. Pluriels : {n, plural, one {…} other {…}} (« one » couvre 0 et 1). */
export const fr: Record<MessageKey, string> = {
  ...frErrors,
  ...frPairings,
  ...frReports,
  ...frGroupsRequests,
  ...frOutcomes,
  'role.mentor': 'mentor',
  'role.mentee': 'mentoré·e',
  'weekday.1': 'lundi',
  'weekday.2': 'mardi',
  'weekday.3': 'mercredi',
  'weekday.4': 'jeudi',
  'weekday.5': 'vendredi',
  'weekday.6': 'samedi',
  'weekday.7': 'dimanche',
  'template.career': 'Évolution de carrière',
  'template.skills': 'Développement de compétences',
  'template.support': 'Encouragement et soutien',
  'template.custom': 'Personnalisé',
  'status.draft': 'brouillon',
  'status.open': 'ouvert',
  'status.running': 'en cours',
  'status.ended': 'terminé',
  'status.signupsClosed': 'inscriptions fermées',
  'schedule.summary':
    '{every, plural, one {chaque semaine} other {toutes les {every} semaines}}, le {day} à {hour} h ({timezone}), pendant {weeks} {weeks, plural, one {semaine} other {semaines}}',

  'program.created':
    'Programme **{program}** créé ({template}) : points {schedule}. Ouvrez les inscriptions avec `/programme ouvrir`.',
  'program.listEmpty': 'Ce serveur n’a pas encore de programme de mentorat. Créez-en un avec `/programme créer`.',
  'program.listTitle': 'Programmes de mentorat',
  'program.listLine':
    '**{program}** · {template} · {status}{signups} · {mentors} {mentors, plural, one {mentor} other {mentors}}, {mentees} {mentees, plural, one {mentoré·e} other {mentoré·es}}',
  'program.signupsOpenTag': ' · inscriptions ouvertes',
  'program.opened': 'Les inscriptions à **{program}** sont ouvertes ; le panneau d’inscription est dans <#{channel}>.',

  'panel.title': '{program} : inscriptions au mentorat',
  'panel.description':
    'Programme {template}. Mentors et mentoré·es forment des binômes dans des fils privés, avec un point guidé {schedule}.\nRéservé aux personnes de 18 ans et plus.',
  'panel.counts': 'Inscrits',
  'panel.countsValue':
    '{mentors} {mentors, plural, one {mentor} other {mentors}} · {mentees} {mentees, plural, one {mentoré·e} other {mentoré·es}}',
  'panel.closed': 'Les inscriptions sont fermées.',
  'panel.joinMentor': 'Devenir mentor',
  'panel.joinMentee': 'Être accompagné·e',

  'signup.modalTitle': 'Rejoindre {program} ({role})',
  'signup.topicsLabel': 'Sujets (séparés par des virgules, jusqu’à 10)',
  'signup.goalsLabelMentee': 'Vos objectifs',
  'signup.goalsLabelMentor': 'Votre expérience',
  'signup.timezoneLabel': 'Votre fuseau horaire (ex. Europe/Paris)',
  'signup.adultLabel': 'Tapez OUI si vous avez 18 ans ou plus',
  'signup.joined':
    'Vous êtes inscrit·e à **{program}** comme {role}. Vous êtes n°{place} sur la liste d’attente ; vous serez prévenu·e dans un fil privé dès que votre binôme sera formé.',

  'program.edited': '**{program}** enregistré : {changes}.',
  'program.info': '**{program}** · {template} · {status}',
  'program.infoSignups': 'Inscriptions',
  'program.infoSignupsOpen': 'ouvertes',
  'program.infoSignupsClosed': 'fermées',
  'program.infoChannels': 'Salons',
  'program.infoChannelsValue': 'binômes dans <#{pairs}>, signalements vers <#{reports}>',
  'program.infoModerators': 'Modérateurs',
  'program.infoModeratorsDefault': 'membres ayant « Exclure temporairement des membres »',
  'program.infoSchedule': 'Points',
  'program.infoCapacity': 'Mentoré·es par mentor',
  'program.infoPeople': 'Participants',
  'program.infoPeopleValue':
    '{mentors} {mentors, plural, one {mentor} other {mentors}}, {mentees} {mentees, plural, one {mentoré·e} other {mentoré·es}}, {waiting} en attente, {active} {active, plural, one {binôme actif} other {binômes actifs}}',
  'program.infoCreated': 'Créé par <@{user}> {when}',
  'program.closed':
    'Les inscriptions à **{program}** sont fermées ; les binômes continuent. J’informe par message privé {waiting, plural, one {{waiting} membre en attente de sa situation} other {{waiting} membres en attente de leur situation}} (ceux dont les messages privés sont fermés la voient dans `/mentorat profil`).',
  'program.waitingAfterClose':
    'Les inscriptions à **{program}** sur **{guild}** sont maintenant fermées. Vous restez sur la liste d’attente comme {role} (n°{place}) : un admin peut encore vous former un binôme, et je vous préviendrai le cas échéant.',
  'program.endConfirm':
    'Terminer **{program}** ? Cela met fin à {pairs, plural, one {{pairs} binôme, archive et verrouille son fil} other {{pairs} binômes, archive et verrouille leurs fils}} et arrête les points. Impossible de revenir en arrière.',
  'program.endConfirmButton': 'Terminer le programme',
  'program.cancelButton': 'Annuler',
  'program.endCancelled': 'Rien n’a été modifié.',
  'program.ended':
    '**{program}** est terminé : {pairs, plural, one {{pairs} binôme clos et son fil archivé} other {{pairs} binômes clos et leurs fils archivés}}.',
  'program.endedInThread':
    '**{program}** est terminé. Merci à vous deux pour le temps que vous vous êtes consacré ; ce fil est maintenant archivé.',

  'stats.title': '{program} : santé du programme',
  'stats.signups': 'Inscriptions',
  'stats.signupsValue':
    '{mentors} {mentors, plural, one {mentor} other {mentors}}, {mentees} {mentees, plural, one {mentoré·e} other {mentoré·es}}',
  'stats.waiting': 'En attente',
  'stats.waitingValue':
    '{mentors} {mentors, plural, one {mentor} other {mentors}}, {mentees} {mentees, plural, one {mentoré·e} other {mentoré·es}}',
  'stats.pairs': 'Binômes',
  'stats.pairsValue':
    '{active} {active, plural, one {actif} other {actifs}}, {paused} en pause, {ended} {ended, plural, one {terminé} other {terminés}}',
  'stats.answerRate': 'Taux de réponse aux points',
  'stats.answerRateLine': 'semaine {week} : {rate} % ({answers}/{expected})',
  'stats.noCheckins': 'pas encore de point',
  'stats.attention': 'Binômes à suivre',
  'stats.attentionLine': 'n°{pairing} <@{mentor}> & <@{mentee}> : {why}',
  'stats.attentionSilent': 'aucune réponse aux deux derniers points',
  'stats.attentionHelp': 'a demandé de l’aide en semaine {week}',
  'stats.attentionStuck': 'bloqué·e en semaine {week}',
  'stats.attentionPaused': 'en pause ({reason})',
  'stats.none': 'aucun',
  'stats.openReports': 'Signalements ouverts',
  'stats.rating': 'Note moyenne de fin',
  'stats.ratingValue': '{rating} / 5 sur {count} {count, plural, one {note} other {notes}}',
  'stats.noRatings': 'pas encore de note',
  'stats.chartTitle': 'Taux de réponse aux points par semaine',
  'stats.chartWeek': 'semaine',

  'signup.left': 'Vous avez quitté **{program}**.',
  'signup.leftPaired': 'Vous avez quitté **{program}** ; votre binôme a pris fin et votre partenaire a été prévenu·e.',
  'profile.title': 'Votre mentorat',
  'profile.line': '**{program}** · {role} · {status}',
  'profile.partner': 'binôme : {partners}',
  'profile.paused': 'points en pause jusqu’au {until}',
  'profile.next': 'prochain point {when}',
  'profile.place': 'n°{place} sur la liste d’attente',
  'profile.topics': 'sujets : {topics}',
  'signupStatus.waiting': 'en attente',
  'signupStatus.paired': 'en binôme',
  'signupStatus.withdrawn': 'parti·e',
  'signupStatus.removed': 'retiré·e',
  'forget.confirm':
    'Effacer tout ce que ce bot garde sur vous sur ce serveur : inscriptions, profil, réponses aux points et objectifs ? Vos binômes prennent fin et vos partenaires sont prévenus que le binôme est terminé. Les signalements vous concernant restent chez les modérateurs. Impossible de revenir en arrière.',
  'forget.confirmButton': 'Effacer mes données',
  'forget.done':
    'C’est fait : vos inscriptions, réponses et objectifs sont effacés et {pairs} {pairs, plural, one {binôme a pris fin} other {binômes ont pris fin}}.',
  'partner.left': 'Votre partenaire a quitté ce binôme. Le binôme a pris fin ; {next}',
  'partner.leftMentee':
    'vous revenez sur la liste d’attente de **{program}** et serez remis·e en binôme dès qu’un mentor sera disponible.',
  'partner.leftMentor': 'merci pour votre temps.',
};
