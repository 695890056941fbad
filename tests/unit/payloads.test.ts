import { describe, expect, test } from 'vitest';
import { toApiMessage } from '../../src/discord/port.ts';
import { escapeUserText, t } from '../../src/i18n/index.ts';

describe('message payloads', () => {
  test('mentions are off except for the named members, whatever the text says', () => {
    const body = toApiMessage({ content: '@everyone <@&1> <@2> <@3>', mentionUsers: ['2'] });
    expect(body.allowed_mentions).toEqual({ parse: [], users: ['2'] });
  });

  test('a message without named members may mention nobody', () => {
    expect(toApiMessage({ content: 'hi' }).allowed_mentions).toEqual({ parse: [], users: [] });
  });

  test('a nonce is always enforced, so a retried post returns the first message', () => {
    expect(toApiMessage({ content: 'x', nonce: 'ci-1-1' })).toMatchObject({ nonce: 'ci-1-1', enforce_nonce: true });
  });
});

describe('user text', () => {
  test('markdown and mentions in user text are neutralised', () => {
    const escaped = escapeUserText('**bold** @everyone <@123> [link](http://x)');
    // The words stay readable: only the markup and the pings are broken.
    expect(escaped).toBe('\\*\\*bold\\*\\* @\u200beveryone <\u200b@\u200b123\\> \\[link\\]\\(http://x\\)');
    expect(escaped).not.toContain('**bold**');
    expect(escaped).not.toMatch(/@everyone/);
    expect(escaped).not.toMatch(/<@123>/);
  });

  test('texts follow the locale, with English for languages we do not have', () => {
    expect(t('en-GB', 'report.ack', { id: 7 })).toContain('**#7**');
    expect(t('fr', 'report.ack', { id: 7 })).toContain('**n°7**');
    expect(t('de', 'report.ack', { id: 7 })).toBe(t('en-US', 'report.ack', { id: 7 }));
  });
});
