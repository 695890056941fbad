import type { OutcomeKey } from './en-outcomes.ts';

/** Textes français des résultats : exports, rencontres et réglages, sondages d’ambiance, conservation et fin de programme. */
export const frOutcomes: Record<OutcomeKey, string> = {
  // Issue 13 : /program export.
  'export.done':
    'Données de **{program}**, pour vous seul·e : {files}. Les notes des points, les commentaires écrits et le texte des signalements n’y figurent jamais.',
  'export.more': 'Suite des données de **{program}** ({part}/{parts}).',
  // Issue 13 : horaires de rencontre et réglages du membre.
  'meet.proposed':
    '<@{partner}>, <@{proposer}> propose ces horaires pour se retrouver une heure (chacun les voit dans son propre fuseau). Choisissez-en un :',
  'meet.slot': '**{n}.** <t:{at}:F> (<t:{at}:R>)',
  'meet.zoneAssumed': '<@{user}> n’a pas indiqué de fuseau horaire : UTC a été supposé (`/mentorat réglages`).',
  'meet.pick': 'Horaire {n}',
  'meet.withdraw': 'Retirer',
  'meet.pickedHeader': '<@{proposer}> a proposé des horaires ; <@{picker}> a choisi <t:{at}:F>.',
  'meet.withdrawnHeader': '<@{proposer}> a retiré ces horaires proposés.',
  'meet.confirmed':
    '<@{proposer}>, <@{picker}> a choisi <t:{at}:F> (<t:{at}:R>) pour une heure. Le fichier joint l’ajoute à votre agenda ; un rappel arrivera ici une heure avant.',
  'meet.reminder': 'Votre rencontre commence <t:{at}:R> (<t:{at}:F>).',
  'meet.summary': 'Rencontre de mentorat · {program}',
  'meet.description': 'Rencontre d’un binôme de mentorat de {program}, convenue sur Discord.',
  'settings.saved': 'Vos réglages dans **{program}** : fuseau horaire {zone} ; heures disponibles {hours}.',
  'settings.noZone': 'non indiqué (UTC est utilisé)',
  'settings.defaultHours': 'non indiquées (les heures d’éveil {hours} sont utilisées)',
  // Issue 13: pulse surveys.
  'program.infoPulse': 'Sondage d’ambiance',
  'program.infoPulseWeek': 'semaine {week}',
  'program.infoPulseOff': 'désactivé',
  'program.infoRetention': 'Conservation',
  'program.infoRetentionDays':
    'Les notes de suivi, commentaires de sondage, retours et objectifs sont effacés {days} {days, plural, one {jour} other {jours}} après la fin d’un binôme ; les décomptes et les évaluations sont conservés.',
  'program.infoRetentionKept':
    'Les notes de suivi, commentaires de sondage, retours et objectifs sont conservés sans limite de durée.',
  'program.infoRetentionThreads':
    'Les messages du fil Discord d’un binôme (ceux des membres et du bot, qui peuvent citer les objectifs) restent sur Discord jusqu’à la suppression du fil.',
  'pulse.button': 'Comment ça se passe ?',
  'pulse.title': 'Comment ça se passe ?',
  'pulse.titleClosing': 'Comment ce binôme s’est-il passé ?',
  'pulse.scoreLabel': 'Votre note : 1 (mal) à 5 (très bien)',
  'pulse.commentLabel': 'Un commentaire aux organisateurs (facultatif)',
  'pulse.nameLabel': 'Montrer votre nom aux organisateurs ? oui/non',
  'pulse.namePlaceholder': 'non : votre commentaire reste anonyme',
  'pulse.saved':
    'Merci : votre réponse ({score} / 5) est enregistrée. Seuls les organisateurs la voient, jamais votre binôme. Vous pouvez répondre à nouveau pour la changer.',
  'stats.pulse': 'Sondages d’ambiance',
  'stats.pulseValue': '1★ {s1} · 2★ {s2} · 3★ {s3} · 4★ {s4} · 5★ {s5} · réponses {answered} / {asked}',
  'stats.pulseTrend': 'Tendance : {weeks}',
  'stats.pulseWeek': 'semaine {week} : {mean}',
  'stats.pulseEnd': 'fin : {mean}',
  'stats.pulseNone': 'pas encore de réponse',
  'stats.pulseComments': 'Commentaires des sondages',
  'stats.pulseCommentNamed': '« {comment} » (<@{user}>)',
  'stats.pulseCommentAnonymous': '« {comment} »',
  'stats.pulseMoreComments': '…et {count} de plus',
  'stats.attentionPulse': 'note d’ambiance basse',
  'stats.attentionGroupPulse': 'Groupe n°{group} (mentor <@{mentor}>) : note d’ambiance basse de son mentor',
  'pulse.lowNoticeGroup':
    'Le groupe n°{group} ({program}) demande de l’attention : son mentor a donné une note d’ambiance basse. Voir `/programme stats` ; les mentorés n’ont pas été prévenus.',
  'pulse.lowNotice':
    'Le binôme n°{pairing} ({program}) demande de l’attention : note d’ambiance basse. Voir `/programme stats` ; l’autre membre n’a pas été prévenu.',
  // Recognition (issue 13)
  'program.infoCompletionRole': 'Rôle de fin de programme',
  'program.infoCompletionRoleNone': 'aucun',
  'outbox.kind.add-role': 'donner un rôle de fin de programme',
  'completion.congrats': '🎉 Félicitations à vous : vous avez terminé **{program}** ! Vos certificats sont joints.',
  'completion.roleRefused':
    'Je n’ai pas pu donner <@&{role}> aux membres qui ont terminé **{program}** : Discord a refusé ({why}). Vérifiez que j’ai la permission Gérer les rôles et que le rôle est sous le mien.',
  'certificate.title': 'Certificat de fin de programme',
  'certificate.body': 'a terminé le programme de mentorat',
  'certificate.line': '{role} · {weeks} {weeks, plural, one {semaine} other {semaines}} · {date}',
  'certificate.role.mentor': 'Mentor',
  'certificate.role.mentee': 'Mentoré·e',
  'profile.completed': 'Programmes terminés',
  'profile.completedLine': '**{program}** · {role} · {weeks} {weeks, plural, one {semaine} other {semaines}} · {date}',
};
