import type { ErrorKey } from './en-errors.ts';

/** Refus en français : ce qu'un membre lit quand le bot dit non, et pourquoi. */
export const frErrors: Record<ErrorKey, string> = {
  'error.notAdmin': 'Il faut la permission **Gérer le serveur** pour faire cela.',
  'error.notModerator': 'Seuls les modérateurs de ce programme peuvent faire cela.',
  'error.unknownProgram': 'Aucun programme de ce nom sur ce serveur. Essayez `/programme liste`.',
  'error.programExists': 'Un programme nommé **{program}** existe déjà sur ce serveur.',
  'error.programNameLength': 'Le nom d’un programme fait de 1 à 60 caractères.',
  'error.programNameChars':
    'Le nom d’un programme ne peut contenir ni retour à la ligne, ni markdown, ni caractère de mention.',
  'error.badTimezone':
    'Je ne connais pas ce fuseau horaire. Utilisez un nom IANA comme `Europe/Paris` ou `America/Montreal`.',
  'error.badDay': 'Le jour du point doit être un jour de la semaine.',
  'error.badHour': 'L’heure du point doit être comprise entre 0 et 23.',
  'error.badWeeks': 'Un programme dure de 1 à 52 semaines.',
  'error.badCapacity': 'Un mentor peut accompagner de 1 à 25 mentorés.',
  'error.badEveryWeeks': 'Les points ont lieu toutes les 1 à 4 semaines.',
  'error.badInput': 'Une partie de cette saisie n’est pas valide.',
  'error.wrongChannelType': '{channel} doit être un salon textuel.',
  'error.cannotPostInChannel':
    'Je ne peux pas écrire dans <#{channel}>. Vérifiez que je peux y voir les messages, y écrire et y créer des fils privés.',
  'error.programEnded': '**{program}** est terminé.',
  'error.alreadyOpen': 'Les inscriptions à **{program}** sont déjà ouvertes.',
  'error.signupsClosed': 'Les inscriptions à **{program}** sont fermées.',
  'error.notAdult':
    'Les programmes de mentorat sont réservés aux adultes : confirmez que vous avez 18 ans ou plus (`adult: True`).',
  'error.topicLength': 'Chaque sujet fait au plus 40 caractères.',
  'error.tooManyTopics': 'Vous pouvez indiquer au plus 10 sujets.',
  'error.goalsLength': 'Objectifs ou expérience : 1 000 caractères au plus.',
  'error.alreadySignedUp': 'Vous êtes déjà inscrit·e à **{program}** comme {role}.',
  'error.removedFromProgram': 'Vous avez été retiré·e de **{program}** et ne pouvez pas vous y réinscrire.',
  'error.selfPair': 'Un membre ne peut pas être son propre mentor.',
  'error.notSignedUpAs': '<@{user}> n’est pas inscrit·e à **{program}** comme {role}.',
  'error.menteeAlreadyPaired': '<@{user}> a déjà un mentor dans **{program}**.',
  'error.mentorFull': '<@{user}> accompagne déjà autant de membres que **{program}** le permet ({capacity}).',
  'error.blocked': 'Ces deux membres ne peuvent pas être mis en binôme.',
  'error.pairedBefore': 'Ces deux membres ont déjà formé un binôme dans **{program}**.',
  'error.cannotCreateThread':
    'Je n’ai pas pu créer le fil privé dans <#{channel}>. Vérifiez que je peux y créer des fils privés ; rien n’a été modifié.',
  'error.notInPairThread': 'Utilisez cette commande dans le fil de votre binôme.',
  'error.notYourPair': 'Seuls les deux membres de ce binôme peuvent faire cela.',
  'error.noCheckinYet': 'Il n’y a pas encore de point à renseigner dans ce fil.',
  'error.pairingNotActive': 'Ce binôme n’est pas actif.',
  'error.pauseWeeks': 'Une pause dure de 1 à {max} semaines.',
  'error.noCheckinsToPause': 'Ce binôme n’a plus de point à mettre en pause.',
  'error.noteLength': 'Une note fait au plus 500 caractères.',
  'error.reasonLength': 'Le motif fait de 1 à 1 000 caractères.',
  'error.badMessageLink':
    'Ce n’est pas un lien de message Discord. Faites un clic droit sur un message et choisissez **Copier le lien du message**.',
  'error.linkOutsideServer': 'Ce message n’est pas sur ce serveur.',
  'error.tooManyReports':
    'Vous avez déjà 5 signalements ouverts. Les modérateurs vont les traiter ; vous pourrez signaler à nouveau dès que l’un sera clos.',
  'error.noReportChannel': 'Ce serveur n’a pas encore de programme de mentorat auquel envoyer un signalement.',
  'error.unknownReport': 'Il n’y a pas de signalement n°{id} sur ce serveur.',
  'error.reportClaimed': 'Le signalement n°{id} est déjà pris en charge par <@{user}>.',
  'error.reportClosed': 'Le signalement n°{id} est déjà clos.',
  'error.onBreak':
    'Vous faites une pause dans les points jusqu’au <t:{until}:D> : les points du groupe continuent sans vous d’ici là.',
  'error.staleButton': 'Ce bouton n’est plus valable.',
  'error.closingFormClosed':
    'Ce formulaire de fin est fermé : il reçoit des réponses pendant {days} {days, plural, one {jour} other {jours}} après la fin d’un binôme.',
  'error.notAllowedHere': 'Les commandes de mentorat s’utilisent sur un serveur.',
  'error.nothingToEdit': 'Indiquez au moins un réglage à modifier.',
  'error.signupsAlreadyClosed': 'Les inscriptions à **{program}** sont déjà fermées.',
  'error.notSignedUp': 'Vous n’êtes pas inscrit·e à **{program}**.',
  'error.notOnList': 'Vous n’avez aucune inscription de mentorat sur ce serveur.',
  'error.notYourButton': 'Ce bouton est destiné à quelqu’un d’autre.',
  'error.noActivePairing': '<@{user}> n’a pas de binôme actif dans **{program}**.',
  'error.feedbackLength': 'Le commentaire fait au plus 1 000 caractères.',
  'error.memberLeft': '<@{user}> n’est plus sur le serveur ; ses inscriptions ont pris fin.',
  'error.goalLength': 'Un objectif fait de 1 à 200 caractères.',
  'error.tooManyGoals':
    'Vous avez déjà {max} {max, plural, one {objectif} other {objectifs}} en cours. Terminez-en un d’abord avec `/objectif atteint`.',
  'error.unknownGoal': 'Il n’y a pas d’objectif {id} dans ce fil. Voir `/objectif liste`.',
  'error.goalAlreadyDone': 'L’objectif {id} est déjà atteint.',
  'error.answerFirst': 'Choisissez d’abord où vous en êtes avec un bouton, puis ajoutez votre note.',
  'error.pauseOutsideThread': '`pause` s’utilise dans le fil de votre propre binôme actif.',
  'error.invisibleText':
    'Une partie de votre saisie n’est faite que de caractères invisibles. Écrivez-la en texte normal.',
  'error.reportSelf':
    'Vous ne pouvez pas vous signaler vous-même. Laissez `membre` vide, ou indiquez le membre concerné.',
  'error.reportBot':
    'On ne peut pas signaler un bot, moi compris. Laissez `membre` vide, ou indiquez le membre concerné.',
  'error.reportOwnMessage':
    'Vous ne pouvez pas signaler votre propre message. Pour prévenir les modérateurs d’autre chose, utilisez `/signaler`.',
  'error.reportBotMessage':
    'On ne peut pas signaler les messages des bots, les miens compris. Pour prévenir les modérateurs d’autre chose, utilisez `/signaler`.',
  'error.reportedMessageGone':
    'Je ne trouve pas ce message dans ce salon ; il a peut-être été supprimé. Rien n’a été signalé.',
  'error.unexpected':
    'Un problème est survenu de mon côté. Réessayez ; si cela se reproduit, prévenez l’équipe du serveur (référence `{ref}`).',
  'error.busy': 'Le bot est occupé ; réessayez dans un instant.',
  'error.conflict': 'Quelqu’un a modifié cela au même moment. Regardez à nouveau, puis réessayez.',
  // Mentorat en groupe (ticket 12)
  'error.groupEmpty':
    'Votre groupe n’a aucun·e mentoré·e pour l’instant. Il reste ouvert aux nouveaux ; un admin peut le terminer avec `/binôme terminer`.',
  'error.groupMentorBlock':
    'Terminer le groupe le termine pour tous ses membres : cela ne peut pas bloquer l’un d’eux. Pour vous tenir à l’écart d’un membre, utilisez `/signaler`, ou demandez à un admin de mettre fin à sa place dans le groupe.',
  'error.summaryMentorOnly': 'Seul·e le mentor du groupe peut voir le résumé des points.',
  'error.summaryGroupOnly':
    'Le résumé des points est pour les fils de groupe : utilisez-le dans le fil de votre groupe.',
  'error.formatLocked': 'Le format de **{program}** ne peut plus changer une fois qu’il a des binômes.',
  // Issue 12 : demandes et disponibilité.
  'error.badRequestDays': 'Le délai de réponse aux demandes doit être un nombre entier de 1 à 14 jours.',
  'error.requestsOff':
    'Les membres ne peuvent pas solliciter de mentor dans **{program}** : son mode d’appariement est `{mode}` (les admins forment les binômes). Un admin peut le changer avec `/programme modifier appariement`.',
  'error.suggestOff':
    '**{program}** forme les binômes par les demandes des membres (mode `request`) : `/binôme suggérer` est désactivé. Vous pouvez toujours former un binôme avec `/binôme former`, ou passer le mode à `both`.',
  'error.notWaitingMentee': 'Seul·es les mentoré·es de **{program}** qui attendent un mentor peuvent faire cela.',
  'error.selfRequest': 'Vous ne pouvez pas vous solliciter vous-même.',
  'error.mentorUnavailable': '<@{user}> n’est pas disponible pour des demandes en ce moment.',
  'error.alreadyRequested': 'Vous avez déjà une demande ouverte auprès de <@{user}>.',
  'error.tooManyRequests':
    'Vous avez déjà {max} demandes ouvertes. Attendez une réponse, ou retirez-en une dans `/mentorat demandes`.',
  'error.requestClosed': 'Cette demande n’est plus ouverte.',
  'error.markedFull':
    'Vous vous êtes déclaré·e complet·e dans ce programme, ce qui a refusé cette demande. Pour en recevoir à nouveau : `/mentorat disponibilité` ouvert.',
  'error.noRoomLeft': 'Vous n’avez plus de place pour un·e autre mentoré·e dans ce programme.',
  'error.notMentorOf': 'Seuls les mentors de **{program}** peuvent y indiquer leur disponibilité.',
  'error.badAwayDate': 'Indiquez la date de retour au format AAAA-MM-JJ : un jour à venir, au plus dans un an.',
  'error.untilOnlyAway': 'Une date de retour ne va qu’avec l’état `away`.',
  // Issue 13 : horaires de rencontre et réglages du membre.
  'error.badAvailableHours':
    'Donnez vos heures disponibles en heures entières de votre horloge, début-fin, par exemple `18-22` (de 0 à 24 ; `22-2` passe minuit).',
  'error.meetInGroup':
    '`/rencontre` fonctionne dans le fil d’un binôme. En groupe, convenez d’un horaire ensemble dans le fil.',
  'error.meetNoOverlap':
    'Aucun horaire commun dans les 7 prochains jours : vos heures sont {myHours} ({myZone}) et celles de <@{user}> {theirHours} ({theirZone}). Chacun peut les changer avec `/mentorat réglages`.',
  'error.meetOwnProposal':
    'Vous avez proposé ces horaires : c’est à votre binôme d’en choisir un. Vous pouvez les retirer.',
  'error.meetNotProposer': 'Seul·e <@{user}>, qui a proposé ces horaires, peut les retirer.',
  'error.meetPicked': 'Un horaire a déjà été choisi parmi ces propositions.',
  'error.meetWithdrawn': 'Ces horaires ont été retirés. Utilisez `/rencontre` pour en proposer d’autres.',
  'error.meetProposalOpen': 'Une proposition d’horaires est déjà ouverte dans ce fil : choisissez-en un ou retirez-la.',
  'error.meetAlreadyBooked':
    'Vous avez déjà rendez-vous le <t:{time}:F>. Proposez d’autres horaires après ce rendez-vous.',
  'error.meetPast': 'Cet horaire est passé. Utilisez `/rencontre` pour en proposer d’autres.',
  'error.nothingToSet': 'Donnez un fuseau horaire, des heures disponibles, ou les deux.',
  // Issue 13: pulse surveys.
  'error.badPulseWeek': 'La semaine du sondage est un nombre de 0 (pas de sondage) à 52.',
  'error.pulseWeekAfterEnd':
    'La semaine du sondage ({week}) tombe après la dernière semaine du programme ({weeks}). Choisissez une semaine de 1 à {weeks}, ou 0 pour aucun sondage.',
  'error.pulseScore': 'Donnez votre note en un seul chiffre, de 1 (mal) à 5 (très bien).',
  'error.pulseName': 'Répondez `oui` ou `non` pour montrer votre nom (vide : non).',
  'error.pulseLength': 'Votre commentaire doit faire 1000 caractères au plus.',
  // Recognition (issue 13)
  'error.completionRole.unknown':
    'Je ne peux pas donner <@&{role}> comme rôle de fin de programme : ce rôle n’existe pas sur ce serveur.',
  'error.completionRole.everyone':
    'Je ne peux pas donner <@&{role}> comme rôle de fin de programme : @everyone n’est pas un rôle que l’on peut donner.',
  'error.completionRole.managed':
    'Je ne peux pas donner <@&{role}> comme rôle de fin de programme : ce rôle est géré par une intégration (un bot ou un abonnement).',
  'error.completionRole.dangerous':
    'Je ne donnerai pas <@&{role}> comme rôle de fin de programme : il porte des pouvoirs de l’équipe (Administrateur, Gérer le serveur, Gérer les rôles, Expulser, Bannir ou Exclure temporairement, par exemple), et quiconque termine le programme les recevrait. Choisissez un rôle sans eux.',
  'error.completionRole.setter':
    'Seul un admin qui peut donner des rôles (Gérer les rôles) peut choisir le rôle que le bot donne en fin de programme.',
  'error.completionRole.no-permission':
    'Je ne peux pas donner <@&{role}> comme rôle de fin de programme : il me faut la permission Gérer les rôles.',
  'error.completionRole.above-bot':
    'Je ne peux pas donner <@&{role}> comme rôle de fin de programme : ce rôle n’est pas sous mon rôle le plus haut ; placez mon rôle au-dessus dans Paramètres du serveur → Rôles.',
};
