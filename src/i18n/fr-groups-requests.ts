import type { GroupRequestKey } from './en-groups-requests.ts';

/** Textes français des pauses, du mentorat en groupe, des modes d’appariement, de l’annuaire, des demandes et de la disponibilité. */
export const frGroupsRequests: Record<GroupRequestKey, string> = {
  'pause.done':
    'Les points sont en pause pour {weeks} {weeks, plural, one {semaine} other {semaines}} : ni question, ni rappel, ni alerte de silence d’ici là. Le prochain point arrive <t:{next}:F>.',
  'pause.notice':
    '<@{member}> a mis en pause les points de ce binôme pour {weeks} {weeks, plural, one {semaine} other {semaines}}. Ils reprennent d’eux-mêmes : le prochain arrive <t:{next}:F>.',
  'pause.groupNotice':
    '<@{member}> a mis en pause les points de ce groupe pour {weeks} {weeks, plural, one {semaine} other {semaines}}. Ils reprennent d’eux-mêmes : le prochain arrive <t:{next}:F>.',
  'pause.memberNotice':
    '<@{member}> fait une pause dans les points pour {weeks} {weeks, plural, one {semaine} other {semaines}}, jusqu’au <t:{until}:D>. Les points du groupe continuent.',
  'pause.doneMember':
    'Vos points sont en pause pour {weeks} {weeks, plural, one {semaine} other {semaines}}, jusqu’au <t:{until}:F> : les points du groupe continuent sans vous d’ici là, et personne n’y verra un silence.',
  // Mentorat en groupe (ticket 12)
  'outbox.kind.remove-member': 'retirer un membre d’un fil',
  'outbox.where.group': 'le fil du groupe n°{group}',
  'program.infoFormat': 'Format',
  'format.one-to-one': 'en binôme',
  'format.group': 'en groupe',
  'group.threadName': '{program} · groupe n°{id}',
  'group.welcome':
    '👋 Bienvenue {mentees} (mentoré·es), avec <@{mentor}> (mentor) ! Voici l’espace privé de votre groupe pour **{program}**.\n\n**Le programme :** {schedule}. Votre premier point arrive {first}.\n\n**Semaine 1 : {topic}**\n{prompts}\n\n**Qui peut voir ce fil :** les membres du groupe, et l’équipe du serveur qui a la permission Gérer les fils. Le bot ne lit ni ne conserve ce que vous écrivez ici.\n\nChacun·e répond aux points pour soi, avec les boutons ou `/point état` : le fil montre seulement combien ont répondu, et seul·e votre mentor voit votre réponse et votre note. Si quelque chose ne va pas, `/signaler` prévient les modérateurs en privé.',
  'group.joined':
    '👋 Bienvenue <@{mentee}> ! Vous rejoignez le groupe de <@{mentor}> (mentor) dans ce fil. Chacun·e répond au point de la semaine pour soi ; seul·e le mentor voit votre réponse et votre note.',
  'group.prompt':
    '{members} : **point de la semaine {week} · {topic}**\n{prompts}\n\nOù en êtes-vous ? Chacun·e répond pour soi avec un bouton ci-dessous, ou avec `/point état`. Seul·e votre mentor voit votre réponse et votre note.',
  'group.answered': '**{count} sur {total}** ont répondu pour l’instant.',
  'group.closing':
    '{members} : c’était la dernière semaine de **{program}**. Comment cela s’est-il passé ? Chacun·e peut donner une note ci-dessous (les admins ne voient que des moyennes). Vous pouvez continuer à échanger ici librement, ou quitter le groupe.',
  'group.reminder':
    '{members} : un petit rappel pour le point de cette semaine. Un clic sur un bouton ci-dessus suffit.',
  'group.memberLeft': 'Un membre a quitté le groupe. Le groupe continue.',
  'group.ended': 'Ce groupe est terminé. Merci à toutes et à tous pour le temps que vous vous êtes donné.',
  'group.summaryTitle': '**Point de la semaine {week}** · la réponse de chaque membre (vous seul·e la voyez) :',
  'group.summaryLine': '• <@{user}> : {status}',
  'group.summaryNote': '   note : {note}',
  'match.listGroup': ' · groupe n°{group}',
  'group.threadDeleted':
    'Le fil du groupe n°{group} ({program}) a été supprimé. Ses membres sont en pause ; terminez leurs binômes avec `/binôme terminer` pour qu’ils puissent être jumelés à nouveau.',
  'group.summaryNone': 'pas encore de réponse',
  // Issue 12 : mode d’appariement, annuaire des mentors, demandes, disponibilité.
  'matching.admin': 'les admins forment les binômes',
  'matching.request': 'les mentoré·es sollicitent les mentors',
  'matching.both': 'les admins, et les mentoré·es qui sollicitent les mentors',
  'program.infoMatching': 'Appariement',
  'program.infoMatchingValue': '{mode} ; réponse aux demandes sous {days} {days, plural, one {jour} other {jours}}',
  'directory.title': 'Mentors de **{program}** qui ont de la place : {count}',
  'directory.titleTopic': 'Mentors de **{program}** pour « {topic} » qui ont de la place : {count}',
  'directory.empty': 'Aucun mentor n’a de place pour le moment. Revenez plus tard, ou sans sujet.',
  'directory.entry': '**{n}.** <@{user}> · {topics} · {zone}',
  'directory.noZone': 'fuseau horaire non renseigné',
  'directory.noTopics': 'aucun sujet indiqué',
  'directory.page': 'Page {page} sur {pages}',
  'directory.prev': 'Précédent',
  'directory.next': 'Suivant',
  'directory.requestButton': 'Demander {n}',
  'request.acceptButton': 'Accepter',
  'request.declineButton': 'Décliner',
  'request.withdrawButton': 'Retirer',
  'request.dm': '<@{user}> aimerait vous avoir comme mentor dans **{program}**. Merci de répondre avant le {deadline}.',
  'request.topics': 'Sujets : {topics}',
  'request.goals': 'Objectifs : {goals}',
  'request.dmForgotten':
    'Cette demande de mentorat est close, et les informations de la personne ont été effacées à sa demande.',
  'request.closed.open': 'Cette demande est ouverte.',
  'request.closed.accepted': 'Vous avez accepté cette demande.',
  'request.closed.declined': 'Cette demande est close.',
  'request.closed.declinedByYou': 'Vous avez décliné cette demande.',
  'request.closed.expired': 'Cette demande a expiré sans réponse.',
  'request.closed.withdrawn': 'Cette demande a été retirée.',
  'request.incomingTitle': 'Demandes reçues',
  'request.outgoingTitle': 'Vos demandes',
  'request.incomingLine': '**{n}.** <@{user}> · **{program}** · réponse {deadline}',
  'request.outgoingLine': '**{n}.** <@{user}> · **{program}** · expire {deadline}',
  'request.none': 'Aucune.',
  'request.moreIncoming':
    '…et {count} {count, plural, one {autre demande} other {autres demandes}} : répondez depuis le message privé, ou ici une fois celles-ci traitées.',
  'request.moreOutgoing': '…et {count} de plus : leurs boutons apparaîtront ici une fois celles-ci réglées.',
  'request.answerLabel': '{label} {n}',
  'request.sent':
    'Votre demande est partie vers <@{user}> (**{program}**). Réponse attendue avant le {deadline} ; vous serez prévenu·e dans tous les cas.',
  'request.declinedMentor':
    'Vous avez décliné la demande de <@{user}>. On lui dit seulement que vous n’êtes pas disponible cette fois.',
  'request.acceptedThread': 'Vous avez accepté <@{user}>. Votre fil privé : <#{thread}>.',
  'request.acceptedPending': 'Vous avez accepté <@{user}>. Votre fil privé sera prêt dans un instant.',
  'request.withdrawn': 'Vous avez retiré votre demande à <@{user}>.',
  'request.declinedMentee':
    'Votre demande à <@{user}> dans **{program}** n’a pas été acceptée : ce mentor n’est pas disponible cette fois. Vous pouvez solliciter un autre mentor avec `/mentorat mentors`.',
  'request.requestsOffMentee':
    'Votre demande à <@{user}> dans **{program}** est close : **{program}** ne prend plus de demandes.',
  'request.expiredMentee':
    'Votre demande à <@{user}> dans **{program}** a expiré sans réponse. Vous pouvez solliciter un autre mentor avec `/mentorat mentors`.',
  'request.withdrawnMentor': 'La demande de <@{user}> dans **{program}** a été retirée : rien de plus à faire.',
  'availability.open': 'Vous acceptez de nouveau les demandes dans **{program}**.',
  'availability.full':
    'Vous êtes indiqué·e complet dans **{program}** : vous n’apparaissez plus dans l’annuaire ni dans les suggestions, et vos demandes en cours ont été déclinées.',
  'availability.away':
    'Vous êtes absent·e dans **{program}** jusqu’à nouvel ordre : masqué·e de l’annuaire et des suggestions, demandes en cours déclinées.',
  'availability.awayUntil':
    'Vous êtes absent·e dans **{program}** jusqu’au {until}, puis de nouveau disponible automatiquement. D’ici là vous êtes masqué·e, et vos demandes en cours ont été déclinées.',
  'profile.requests': 'Demandes',
  'profile.requestIn': 'De <@{user}> dans **{program}** : réponse {deadline} (`/mentorat demandes`)',
  'profile.requestOut': 'À <@{user}> dans **{program}** : expire {deadline}',
  'profile.requestExpired': 'Votre demande à <@{user}> dans **{program}** a expiré sans réponse.',
  'profile.requestRequestsOff':
    'Votre demande à <@{user}> dans **{program}** est close : **{program}** ne prend plus de demandes.',
  'profile.requestDeclined':
    'Votre demande à <@{user}> dans **{program}** n’a pas été acceptée : ce mentor n’est pas disponible cette fois.',
  'stats.requests': 'Demandes',
  'stats.requestsValue':
    'ouvertes {open} · acceptées {accepted} · déclinées {declined} · expirées {expired} · retirées {withdrawn} · réponse médiane : {median}',
  'stats.requestsNoAnswer': 'aucune pour l’instant',
  'stats.minutes': '{n} min',
  'stats.hours': '{n} h',
  'stats.days': '{n} {n, plural, one {jour} other {jours}}',
};
