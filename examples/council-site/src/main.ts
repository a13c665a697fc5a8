// `pnpm start`: the council demo on http://127.0.0.1:3000 (or PORT), data in .data/. Run
// built (dist/main.js, see scripts/build.mjs), with the built packages.
import { banner } from './banner.js';
import { startDemo } from './demo.js';

const wantedPort = Number(process.env['PORT'] ?? 3000);
if (!Number.isInteger(wantedPort) || wantedPort < 0 || wantedPort > 65_535) {
  console.error(`PORT doit être un numéro de port, de 0 à 65535 (reçu : ${process.env['PORT']}).`);
  process.exit(2);
}

console.log('Démarrage de la démo : ouverture de la base, puis participe serve…');
const demo = await startDemo({ port: wantedPort }).catch((error: unknown) => {
  console.error(`La démo n’a pas pu démarrer : ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
// performance.now() counts from the process start: Node, the imports and the server's start are included.
console.log(banner(demo, { wantedPort, seconds: performance.now() / 1000 }));

// PGlite writes on close: stop the server cleanly so the next start finds the data intact.
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log('\nArrêt de la démo…');
    demo.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}
