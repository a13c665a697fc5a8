import { describe, expect, it } from 'vitest';
import { VERDICTS } from '../contribution/contribution.constants.js';
import { NOTIFICATION_KINDS, type NotificationRecord } from '../store/store.port.js';
import { NOTIFICATION_COPY } from './notification.messages.js';
import { renderNotification } from './notification.render.js';
import { NOTIFICATION_LOCALES } from './notification.types.js';

const record = (kind: NotificationRecord['kind'], payload: Record<string, unknown>) => ({ kind, payload });
const answer = record('answerPublished', {
  title: 'Un bus plus tôt le matin',
  status: 'accepted',
  verdict: 'accepted',
  service: 'Direction de la mobilité',
});

describe('renderNotification', () => {
  it('tells the author in plain French that their contribution has an answer, with the link and the code', () => {
    const mail = renderNotification(answer, {
      locale: 'fr',
      spaceName: 'Groupe ressource du secteur Nord',
      followUpUrl: 'https://ville.example/participer/suivi',
      followUpCode: 'K7P-4QX',
    });
    expect(mail.subject).toBe('Votre contribution a reçu une réponse – Groupe ressource du secteur Nord');
    expect(mail.text).toBe(
      [
        'Bonjour,',
        '',
        'Votre contribution «\u00a0Un bus plus tôt le matin\u00a0» a reçu une réponse.',
        'Votre contribution est acceptée.',
        'Le service qui vous répond : Direction de la mobilité.',
        '',
        'Pour lire la réponse et ses raisons, ouvrez ce lien :',
        'https://ville.example/participer/suivi',
        '',
        'Votre code de suivi : K7P-4QX. Avec ce code, vous retrouvez votre contribution sur le site.',
        '',
        'Vous recevez ce message car vous avez demandé des nouvelles de votre contribution.',
        'Ce message est envoyé automatiquement.',
        '',
        'Groupe ressource du secteur Nord',
        '',
      ].join('\n'),
    );
    expect(mail.headers).toEqual({ 'Auto-Submitted': 'auto-generated', 'Content-Language': 'fr' });
    expect(mail.html).toContain('<html lang="fr">');
    expect(mail.html).toContain(
      '<a href="https://ville.example/participer/suivi">https://ville.example/participer/suivi</a>',
    );
  });

  it('says something for every kind, verdict and locale, and the same thing twice', () => {
    for (const locale of NOTIFICATION_LOCALES) {
      for (const kind of NOTIFICATION_KINDS) {
        for (const verdict of VERDICTS) {
          const r = record(kind, { title: 'T', verdict, reason: 'R', update: { text: 'U', percent: 40 } });
          const mail = renderNotification(r, { locale });
          expect(mail.subject).toBe(NOTIFICATION_COPY[locale].subject[kind]);
          expect(mail.text).toContain(NOTIFICATION_COPY[locale].useCode);
          expect(renderNotification(r, { locale })).toEqual(mail);
        }
      }
    }
  });

  it('says which commitment is done, and who did it', () => {
    const done = renderNotification(
      record('commitmentDone', { title: 'Bus', commitment: { what: 'Un bus à 8 h 10', owner: 'Service mobilité' } }),
      { locale: 'fr' },
    ).text;
    expect(done).toContain('votre contribution «\u00a0Bus\u00a0». C’est fait.');
    expect(done).toContain('Ce qui est fait\u00a0: Un bus à 8 h 10 (Service mobilité).');
  });

  it('gives the progress, or says it is finished', () => {
    const progress = (percent: number, status = 'inProgress') =>
      renderNotification(
        record('progressReported', { title: 'Bus', status, update: { text: 'Horaire voté.', percent } }),
        { locale: 'fr' },
      ).text;
    expect(progress(40)).toContain('Ce qui a été fait : Horaire voté.\nAvancement : 40\u00a0%.');
    expect(progress(100, 'done')).toContain('C’est terminé.');
    expect(progress(100, 'done')).not.toContain('Avancement');
    expect(progress(-3)).not.toContain('Avancement');
    const en = renderNotification(record('progressReported', { update: { text: 'Done', percent: 10 } }), {
      locale: 'en',
    });
    expect(en.text).toContain('There is news about your contribution.\nWhat was done: Done\nProgress: 10%.');
  });

  it('gives the reason a contribution was hidden and what to do', () => {
    const mail = renderNotification(record('contributionHidden', { title: 'Bus', reason: 'Un nom de famille cité.' }), {
      locale: 'fr',
    });
    expect(mail.subject).toBe('Votre contribution n’est plus visible');
    expect(mail.text).toContain('La raison donnée : Un nom de famille cité.\nVous n’êtes pas d’accord ?');
  });

  it('keeps user text inert in HTML and on one line where it must be', () => {
    const evil = '<script>alert(1)</script>\n<img src=x onerror=alert(1)> "\u202eedoc"';
    const mail = renderNotification(record('contributionHidden', { title: evil, reason: evil, service: evil }), {
      locale: 'fr',
      spaceName: 'Nord\r\nBcc: x@exemple.fr',
      followUpUrl: 'https://ville.example/?a=1&b="2"',
    });
    expect(mail.subject).toBe('Votre contribution n’est plus visible – Nord Bcc: x@exemple.fr');
    expect(mail.html).not.toMatch(/<script|<img|\u202e/);
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mail.html).toContain('href="https://ville.example/?a=1&amp;b=%222%22"');
    expect(mail.text).toContain('«\u00a0<script>alert(1)</script> <img src=x onerror=alert(1)> "edoc"\u00a0»');
    expect(mail.html).not.toMatch(/<img|track|pixel|style/i);
  });

  it('refuses a follow-up link that is not http(s), and an unknown locale', () => {
    expect(() => renderNotification(answer, { locale: 'fr', followUpUrl: 'javascript:alert(1)' })).toThrow(/https:/);
    expect(() => renderNotification(answer, { locale: 'fr', followUpUrl: '/suivi' })).toThrow(/absolute URL/);
    expect(() => renderNotification(answer, { locale: 'de' as 'fr' })).toThrow(/unknown locale/);
  });
});
