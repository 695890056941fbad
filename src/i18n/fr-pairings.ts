import type { PairingKey } from './en-pairings.ts';

/** Textes français des binômes : propositions, appariements, file d’envoi, fins, objectifs, points et fils privés. */
export const frPairings: Record<PairingKey, string> = {
  'match.title':
    '**Binômes proposés pour {program}** : {count} {count, plural, one {binôme} other {binômes}}, {points} {points, plural, one {point} other {points}} au total (page {page}/{pages})',
  'match.line': '{n}. <@{mentee}> avec <@{mentor}> · {score} {score, plural, one {point} other {points}} · {reasons}',
  'match.reasonTopics': 'sujets communs : {topics}',
  'match.reasonNoTopics': 'aucun sujet commun',
  'match.reasonHours': '{hours} h d’écart',
  'match.reasonSameZone': 'même fuseau horaire',
  'match.reasonNoZone': 'fuseau inconnu',
  'match.reasonKeywords': 'objectifs et expérience se rejoignent : {words}',
  'match.reasonMetBefore': 'déjà en binôme dans un programme précédent',
  'match.none': 'Rien à proposer dans **{program}** : aucun·e mentoré·e n’attend.',
  'match.unmatchedTitle': '**Sans binôme**',
  'match.unmatched.no-capacity': 'aucun mentor n’a de place',
  'match.unmatched.no-compatible': 'aucun mentor compatible',
  'match.unmatched.capacity-taken': 'chaque mentor compatible est allé à un binôme plus proche',
  'match.acceptOne': 'Accepter n°{n}',
  'match.acceptAll': 'Tout accepter ({count})',
  'match.previous': 'Précédent',
  'match.next': 'Suivant',
  'match.progress': '{done} / {total} {total, plural, one {binôme créé} other {binômes créés}}…',
  'match.accepted': '{done} / {total} {total, plural, one {binôme créé} other {binômes créés}}.',
  'match.acceptedPending':
    'Discord est lent : {pending, plural, one {{pending} fil est encore en cours de création, et je le terminerai} other {{pending} fils sont encore en cours de création, et je les terminerai}} de moi-même.',
  'outbox.gaveUp':
    '⚠️ Discord a refusé définitivement {count} de mes actions ; rien ne {count, plural, one {la} other {les}} retentera :',
  'outbox.where.unknown': 'un endroit qui n’existe plus',
  'outbox.where.pairing': 'le fil du binôme n°{pairing}',
  'outbox.kind.create-thread': 'créer un fil privé',
  'outbox.kind.add-member': 'ajouter un membre à un fil',
  'outbox.kind.post': 'publier un message',
  'outbox.kind.edit': 'modifier un message',
  'outbox.kind.thread-state': 'archiver ou verrouiller un fil',
  'outbox.kind.dm': 'envoyer un message privé',
  'match.skippedTitle': 'Écartés, car la cohorte a changé :',
  'match.skippedLine': '<@{mentee}> avec <@{mentor}> : {why}',
  'match.listTitle': '**Binômes de {program}** (page {page}/{pages})',
  'match.listLine': 'n°{id} <@{mentor}> et <@{mentee}> · {status} · depuis {since}',
  'match.listEmpty': 'Pas encore de binôme dans **{program}**.',
  'match.ended': 'Binôme de <@{member}> terminé dans **{program}**.',
  'pairingStatus.active': 'actif',
  'pairingStatus.paused': 'en pause',
  'pairingStatus.ended': 'terminé',
  'end.done': 'Votre binôme a pris fin. Merci d’avoir participé.',
  'end.doneBlocked': 'Votre binôme a pris fin, et vous ne serez plus mis·e en binôme avec ce membre sur ce serveur.',
  'partner.ended': 'Votre partenaire a mis fin à ce binôme. {next}',
  'partner.gone': 'Votre partenaire n’est plus sur le serveur : ce binôme a pris fin. {next}',
  'pair.threadDeleted':
    'Le fil privé du binôme n°{pairing} ({program}) a été supprimé. Le binôme est en pause ; `/binôme former` avec les deux mêmes membres crée un nouveau fil.',

  'goal.added': 'Objectif {id} ajouté : {text}',
  'goal.done': 'Objectif {id} atteint. Bravo !',
  'goal.listTitle': '**Vos objectifs**',
  'goal.listEmpty': 'Pas encore d’objectif. Ajoutez-en un avec `/objectif ajouter`.',
  'goal.checklistTitle': '**Vos objectifs**',
  'goal.more': '… et {count} de plus (`/objectif liste`)',
  'checkin.addNote': 'Ajouter une note',
  'checkin.noteTitle': 'Votre note pour la semaine {week}',
  'checkin.noteLabel': 'Une courte note pour vous',
  'checkin.noteSaved': 'Votre note pour la semaine {week} est enregistrée.',
  'checkin.reminder':
    '<@{mentor}> <@{mentee}> : un petit rappel pour le point de cette semaine. Un clic sur un bouton ci-dessus suffit.',
  'checkin.stalled': 'Le binôme n°{pairing} ({program}) n’a pas répondu aux points des semaines {weeks}.',
  'checkin.closing':
    '<@{mentor}> <@{mentee}> : c’était la dernière semaine de **{program}**. Comment cela s’est-il passé ? Donnez une note ci-dessous (les admins ne voient que des moyennes). Vous pouvez continuer à échanger ici librement, ou terminer le binôme.',
  'checkin.continue': 'Continuer librement',
  'checkin.end': 'Terminer le binôme',
  'checkin.continued': 'Parfait : votre fil reste ouvert pour vous deux, sans points.',

  'pair.created': 'Binôme formé : <@{mentor}> (mentor) et <@{mentee}> (mentoré·e) dans <#{thread}>.',
  'pair.pending':
    'Binôme formé : <@{mentor}> (mentor) et <@{mentee}> (mentoré·e). Discord a tardé à créer leur fil privé ; je le termine dans la minute.',
  'pair.threadName': '{program} · mentorat n°{id}',
  'pair.welcome':
    '👋 Bienvenue <@{mentor}> (mentor) et <@{mentee}> (mentoré·e) ! Voici votre espace privé pour **{program}**.\n\n**Le programme :** {schedule}. Votre premier point arrive {first}.\n\n**Semaine 1 : {topic}**\n{prompts}\n\n**Qui peut voir ce fil :** vous deux, et l’équipe du serveur qui a la permission Gérer les fils. Le bot ne lit ni ne conserve ce que vous écrivez ici.\n\nRépondez aux points avec les boutons ou `/point état`. Si quelque chose ne va pas, `/signaler` prévient les modérateurs en privé.',

  'checkin.prompt':
    '<@{mentor}> <@{mentee}> : **point de la semaine {week} · {topic}**\n{prompts}\n\nOù en êtes-vous ? Chacun·e peut répondre avec un bouton ci-dessous, ou avec `/point état`.',
  'checkin.onTrack': 'Tout va bien',
  'checkin.needHelp': 'Besoin d’aide',
  'checkin.stuck': 'Bloqué·e',
  'checkin.recorded':
    'Merci ! Votre point de la semaine {week} est enregistré : **{status}**. Vous pouvez le modifier jusqu’au prochain point.',
  'checkin.threadUnavailable':
    'Je n’ai pas pu publier le point de la semaine {week} du binôme n°{pairing} ({program}) : le fil a disparu ou m’est fermé. Le binôme est en pause jusqu’à ce que quelqu’un s’en occupe.',
  'pair.ended': 'Ce binôme a pris fin. Merci à vous deux pour le temps que vous vous êtes consacré.',
};
