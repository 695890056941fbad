import { describe, expect, test } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config.ts';

describe('configuration', () => {
  test('defaults apply when only the token is given', () => {
    expect(parseConfig({ DISCORD_TOKEN: 'secret-token' })).toEqual({
      DISCORD_TOKEN: 'secret-token',
      DATABASE_URL: 'sqlite:./data/mentorship.sqlite',
      DATABASE_POOL_SIZE: 10,
      LOG_LEVEL: 'info',
      DISCORD_MEMBER_EVENTS: false,
      HTTP_HOST: '127.0.0.1',
      RETENTION_DAYS: 365,
    });
  });

  test('the HTTP server is off unless HTTP_PORT is set, and listens on loopback by default', () => {
    expect(parseConfig({ DISCORD_TOKEN: 't' }).HTTP_PORT).toBeUndefined();
    expect(parseConfig({ DISCORD_TOKEN: 't', HTTP_PORT: '' }).HTTP_PORT).toBeUndefined();
    expect(parseConfig({ DISCORD_TOKEN: 't', HTTP_PORT: '9464' })).toMatchObject({
      HTTP_PORT: 9464,
      HTTP_HOST: '127.0.0.1',
    });
    expect(parseConfig({ DISCORD_TOKEN: 't', HTTP_PORT: '9464', HTTP_HOST: '0.0.0.0' }).HTTP_HOST).toBe('0.0.0.0');
  });

  test.each(['0', '65536', '80.5', 'http', '-1'])('HTTP_PORT=%s is refused with a clear line', (port) => {
    expect(() => parseConfig({ DISCORD_TOKEN: 't', HTTP_PORT: port })).toThrow(
      /^\s*- HTTP_PORT must be a port number from 1 to 65535$/m,
    );
  });

  test('RETENTION_DAYS is a whole number of days, 0 (keep everything) or more', () => {
    const retention = (value: string) => parseConfig({ DISCORD_TOKEN: 't', RETENTION_DAYS: value }).RETENTION_DAYS;
    expect([retention('0'), retention('30'), retention('')]).toEqual([0, 30, 365]);
    for (const bad of ['-1', '1.5', 'a year']) {
      expect(() => retention(bad)).toThrow(
        /^ {2}- RETENTION_DAYS must be a whole number of days, 0 or more \(0 keeps everything\)$/m,
      );
    }
  });

  test('RETENTION_DAYS is at most 36500 (100 years): a larger value is refused, not a job that throws each tick', () => {
    const retention = (value: string) => parseConfig({ DISCORD_TOKEN: 't', RETENTION_DAYS: value }).RETENTION_DAYS;
    expect(retention('36500')).toBe(36_500);
    for (const bad of ['36501', '200000000']) {
      expect(() => retention(bad)).toThrow(
        /^ {2}- RETENTION_DAYS must be at most 36500 days \(100 years\); 0 keeps everything$/m,
      );
    }
  });

  test('each problem is one clear line, and no value is echoed back', () => {
    let error: unknown;
    try {
      parseConfig({
        DISCORD_GUILD_ID: 'guild',
        DATABASE_URL: 'mysql://x',
        DISCORD_API_URL: 'not a url',
        LOG_LEVEL: 'loud',
        DISCORD_TOKEN: '',
        DATABASE_POOL_SIZE: '0',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(6);
    expect(problems.join('\n')).toMatch(/^DISCORD_TOKEN is required/m);
    expect(problems.join('\n')).toMatch(/^DISCORD_GUILD_ID must be a Discord id/m);
    expect(problems.join('\n')).toMatch(/^DATABASE_URL must be sqlite:PATH or a postgres:\/\/ URL/m);
    expect(problems.join('\n')).toMatch(/^DISCORD_API_URL must be a URL/m);
    expect(problems.join('\n')).toMatch(/^LOG_LEVEL /m);
    expect(problems.join('\n')).toMatch(/^DATABASE_POOL_SIZE must be a whole number from 1 to 100/m);
  });

  test('a bad variable next to the token never prints the token', () => {
    let error: unknown;
    try {
      parseConfig({ DISCORD_TOKEN: 'MTIz.super-secret', LOG_LEVEL: 'loud' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/LOG_LEVEL /);
    expect((error as Error).message).not.toContain('super-secret');
  });
});
