// Writes every public schema as JSON Schema (draft 2020-12) to dist/schemas/<Name>.json,
// for integrators who validate in another language or document an API: what a client
// sends as the input's schema, what the API answers (the error body included) as the
// output's, so a field the server always fills is required there.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { type SchemaName, schemaIo, schemas } from '../src/index.js';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'schemas');
mkdirSync(out, { recursive: true });
for (const name of Object.keys(schemas) as SchemaName[]) {
  const json = z.toJSONSchema(schemas[name], { io: schemaIo(name), unrepresentable: 'any' });
  writeFileSync(
    join(out, `${name}.json`),
    `${JSON.stringify({ $id: `${name}.json`, title: name, ...json }, null, 2)}\n`,
  );
}
console.log(`wrote ${Object.keys(schemas).length} JSON Schemas to ${out}`);
