import type { GivenUp } from '../../domain/outbox/given-up.ts';
import { t } from '../../i18n/index.ts';

/** Where a given-up effect was to land, as an admin reads it. */
function where(locale: string, effect: GivenUp): string {
  const target = effect.target;
  if (!target) return t(locale, 'outbox.where.unknown');
  if ('channel' in target) return `<#${target.channel}>`;
  if ('pairingThread' in target) return t(locale, 'outbox.where.pairing', { pairing: target.pairingThread });
  if ('groupThread' in target) return t(locale, 'outbox.where.group', { group: target.groupThread });
  return `<@${target.user}>`;
}

/** "Some Discord actions could not be carried out: …", one line each, for the next admin command. */
export function givenUpWarning(locale: string, effects: readonly GivenUp[]): string {
  const lines = effects
    .slice(0, 10)
    .map(
      (effect) =>
        `• ${t(locale, `outbox.kind.${effect.kind}`)} · ${where(locale, effect)} · ${effect.why.slice(0, 120)}`,
    );
  return [t(locale, 'outbox.gaveUp', { count: effects.length }), ...lines].join('\n');
}
