import { describe, expect, it } from 'vitest';
import { loadServerConfig } from './config.js';

const minimal = { PARTICIPE_TOKEN_SECRET: 'a-token-secret-that-is-long-enough-0123456789', PARTICIPE_MAIL_DIR: 'mail' };

describe('participe serve settings: SMS, proxies, limits', () => {
  it('reads the SMS gateway, replies, wording and quiet hours', () => {
    const loaded = loadServerConfig({
      env: {
        ...minimal,
        PARTICIPE_SMS_URL: 'ovh://ak:app-secret-value@sms-ab12345-1?consumerKey=consumer-secret-value',
        PARTICIPE_SMS_INBOUND_TOKEN: 'inbound-token-0123456789',
        PARTICIPE_SMS_WORDING: 'fr',
        PARTICIPE_SMS_QUIET_HOURS: '20-9',
        PARTICIPE_NOTIFY_MAX_ATTEMPTS: '5',
      },
    });
    expect(loaded).toMatchObject({
      ok: true,
      config: {
        notifyMaxAttempts: 5,
        sms: {
          url: 'ovh://ak:app-secret-value@sms-ab12345-1?consumerKey=consumer-secret-value',
          inboundToken: 'inbound-token-0123456789',
          wording: 'fr',
          quietHours: { from: 9, until: 20 },
        },
      },
    });
    const defaults = loadServerConfig({ env: { ...minimal, PARTICIPE_SMS_URL: 'https://sms.ville.example/send' } });
    expect(defaults.ok && defaults.config.sms).toEqual({
      url: 'https://sms.ville.example/send',
      inboundToken: null,
      wording: 'falc',
      quietHours: { from: 8, until: 21 },
    });
    expect(loadServerConfig({ env: minimal })).toMatchObject({ ok: true, config: { sms: null, notifyMaxAttempts: 8 } });
  });

  it('refuses a wrong SMS setting without printing its secrets', () => {
    const loaded = loadServerConfig({
      env: {
        ...minimal,
        PARTICIPE_SMS_URL: 'ovh://ak:app-secret-value@sms-ab12345-1?consumer=consumer-secret-value',
        PARTICIPE_SMS_INBOUND_TOKEN: 'short-secret',
      },
    });
    expect(loaded.ok).toBe(false);
    const problems = loaded.ok ? '' : loaded.problems.join('\n');
    expect(problems).toMatch(/^PARTICIPE_SMS_URL: expected the SMS gateway/m);
    expect(problems).toMatch(/^PARTICIPE_SMS_INBOUND_TOKEN: expected at least 16/m);
    for (const secret of ['app-secret-value', 'consumer-secret-value', 'short-secret'])
      expect(problems).not.toContain(secret);
    // Plain http only on this machine (a test gateway).
    expect(loadServerConfig({ env: { ...minimal, PARTICIPE_SMS_URL: 'http://sms.ville.example/send' } }).ok).toBe(
      false,
    );
    expect(loadServerConfig({ env: { ...minimal, PARTICIPE_SMS_URL: 'http://127.0.0.1:9000/send' } }).ok).toBe(true);
    const stray = loadServerConfig({ env: { ...minimal, PARTICIPE_SMS_WORDING: 'fr' } });
    expect(stray.ok ? [] : stray.problems).toEqual([
      'PARTICIPE_SMS_WORDING: set without PARTICIPE_SMS_URL; it belongs to text messages; found a value. Example: PARTICIPE_SMS_WORDING=falc',
    ]);
  });

  it('reads trusted proxies as addresses and ranges or hops, the client header, and a write limit', () => {
    const loaded = loadServerConfig({
      env: {
        ...minimal,
        PARTICIPE_TRUST_PROXY: '127.0.0.1, 10.0.0.0/8,loopback,2001:db8::/32',
        PARTICIPE_CLIENT_IP_HEADER: 'forwarded',
        PARTICIPE_RATE_LIMIT_WRITE: '30/1',
      },
    });
    expect(loaded).toMatchObject({
      ok: true,
      config: {
        trustProxy: ['127.0.0.1', '10.0.0.0/8', 'loopback', '2001:db8::/32'],
        clientAddressHeader: 'forwarded',
        rateLimit: { capacity: 120, refillPerSecond: 4, write: { capacity: 30, refillPerSecond: 1 } },
      },
    });
    expect(loadServerConfig({ env: { ...minimal, PARTICIPE_TRUST_PROXY: '2' } })).toMatchObject({
      ok: true,
      config: { trustProxy: 2, clientAddressHeader: 'x-forwarded-for' },
    });
    const wrong = loadServerConfig({ env: { ...minimal, PARTICIPE_TRUST_PROXY: 'my-proxy.example' } });
    expect(wrong.ok ? [] : wrong.problems[0]).toMatch(/^PARTICIPE_TRUST_PROXY: expected the reverse proxies/);
  });
});
