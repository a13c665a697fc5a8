import { describe, expect, it } from 'vitest';
import { InteropSettingsError, interopSettings } from './settings.js';

describe('interopSettings', () => {
  const env = { PARTICIPE_OPENAGENDA_AGENDA: '111', PARTICIPE_OPENAGENDA_PUBLIC_KEY: 'oa_pk_env' };

  it('takes the environment when the organisation has nothing, with OpenAgenda’s default URL', async () => {
    expect(await interopSettings('default', { env })).toEqual({
      openagenda: { agendaUid: '111', publicKey: 'oa_pk_env', baseUrl: 'https://api.openagenda.com/v2' },
    });
    expect(await interopSettings('default', {})).toEqual({});
  });

  it('prefers the organisation’s own settings, system by system', async () => {
    const read = async (org: string) =>
      org === 'cd59' ? { interop: { openagenda: { agendaUid: '222', secretKey: 'oa_sk_own' } } } : null;
    const own = await interopSettings('cd59', { env, read });
    expect(own.openagenda).toEqual({
      agendaUid: '222',
      secretKey: 'oa_sk_own',
      baseUrl: 'https://api.openagenda.com/v2',
    });
    expect((await interopSettings('other', { env, read })).openagenda?.agendaUid).toBe('111');
  });

  it('names the setting that is wrong and where it comes from', async () => {
    await expect(interopSettings('default', { env: { PARTICIPE_OPENAGENDA_AGENDA: 'abc' } })).rejects.toThrow(
      InteropSettingsError,
    );
    await expect(
      interopSettings('cd59', { read: async () => ({ interop: { decidim: { apiUrl: 'not a url' } } }) }),
    ).rejects.toThrow(/^the settings of organisation "cd59" \(interop\.decidim\): decidim\.apiUrl: /);
  });
});
