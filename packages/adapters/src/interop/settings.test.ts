import { OrganisationSettingsSchema } from '@participe/core';
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

  it('prefers the organisation’s own settings, system by system, secrets read from the variable they name', async () => {
    const read = async (org: string) =>
      org === 'cd59'
        ? { interop: { openagenda: { agendaUid: '222', secretKeyEnv: 'PARTICIPE_OPENAGENDA_SECRET_KEY_CD59' } } }
        : null;
    const own = await interopSettings('cd59', {
      env: { ...env, PARTICIPE_OPENAGENDA_SECRET_KEY_CD59: 'oa_sk_own' },
      read,
    });
    expect(own.openagenda).toEqual({
      agendaUid: '222',
      secretKey: 'oa_sk_own',
      baseUrl: 'https://api.openagenda.com/v2',
    });
    expect((await interopSettings('other', { env, read })).openagenda?.agendaUid).toBe('111');
    // A variable named but not set on this server: said, with the setting that names it.
    await expect(interopSettings('cd59', { env, read })).rejects.toThrow(
      /interop\): openagenda\.secretKeyEnv: the variable PARTICIPE_OPENAGENDA_SECRET_KEY_CD59 is not set/,
    );
  });

  it('a council’s settings keep its interop links through the organisation schema, secrets only by name', () => {
    const interop = {
      openagenda: { agendaUid: '222', publicKey: 'oa_pk_x', secretKeyEnv: 'PARTICIPE_OPENAGENDA_SECRET_KEY_CD59' },
      decidim: {
        apiUrl: 'https://decidim.example.org/api',
        tokenEnv: 'PARTICIPE_DECIDIM_TOKEN_CD59',
        spaces: { s_nord: '12' },
      },
    };
    expect(OrganisationSettingsSchema.parse({ interop })).toEqual({ interop });
    // A secret written in the settings themselves is refused: they are listed and exported.
    expect(
      OrganisationSettingsSchema.safeParse({ interop: { openagenda: { agendaUid: '1', secretKey: 'oa_sk_x' } } })
        .success,
    ).toBe(false);
    expect(
      OrganisationSettingsSchema.safeParse({ interop: { decidim: { apiUrl: 'https://d.example/api', token: 't' } } })
        .success,
    ).toBe(false);
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
