// What `pnpm start` prints: where the site is, where its data lives, and how to log in.
import { relative } from 'node:path';
import type { Demo } from './demo.js';
import { TOKEN_DAYS } from './logins.js';

export function banner(demo: Demo, opts: { wantedPort: number; seconds: number; cwd?: string }): string {
  const where = relative(opts.cwd ?? process.cwd(), demo.dataDir) || '.';
  const lines = [
    '',
    'Participe — démo du Département des Hautes-Combes (fictif)',
    '',
    `  Site :              ${demo.url}/`,
    `  API :               ${demo.url}/api/openapi.json`,
    `  Données :           ${where} (${demo.seededNow ? 'dossier nouveau : démo remplie à l’instant' : 'reprises telles quelles'})`,
    '                     pour repartir de zéro : arrêtez la démo et supprimez ce dossier',
    `  E-mails :           ${relative(opts.cwd ?? process.cwd(), demo.mailDir) || '.'} (un fichier .eml par message aux auteurs ; rien ne part sur Internet)`,
    `  Serveur :           participe serve (processus ${demo.serverPid}), journal JSON dans ${relative(opts.cwd ?? process.cwd(), demo.logFile)}`,
  ];
  if (demo.fellBack)
    lines.push(`  Attention :         le port ${opts.wantedPort} est occupé, la démo écoute sur un autre port.`);
  if (demo.seed) {
    const { followUpCode, title } = demo.seed.showcase;
    lines.push(
      '',
      `Code de suivi d’une contribution : ${followUpCode} (« ${title} »)`,
      `  ${demo.url}/suivi?code=${encodeURIComponent(followUpCode)}`,
    );
  }
  lines.push(
    '',
    `Espace professionnels : ${demo.url}/pro — connexion par le fournisseur d’identité de démonstration`,
    `  (${demo.providerUrl}, OpenID Connect : choisissez une personne, sans mot de passe)`,
    '',
    `Jetons d’API de démonstration (valables ${TOKEN_DAYS} jours, en-tête « Authorization: Bearer … ») :`,
  );
  for (const l of demo.logins) {
    lines.push(`  ${l.displayName}, ${l.roleLabel} — ${l.spaceName} (${l.memberId})`, `    ${l.token}`);
  }
  lines.push('', `Prête en ${opts.seconds.toFixed(1)} s. Ctrl+C pour arrêter.`, '');
  return lines.join('\n');
}
