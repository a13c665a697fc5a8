// Migration 8: the resource centre in the French full-text search. Each content entry gets
// the `search` column practices have (migration 7): its text folded in JS (no `unaccent`
// extension, see `text.ts`) and analysed with the `french` configuration, so "mobilité",
// "Mobilites" and, through core's thesaurus, "transports" find the same resources. Rows
// written before this migration are folded here with `translate` over the accented letters
// French uses; every later write folds in JS (`contentText`).
import type { Migration } from './migrations.js';

// The letters core's `foldText` strips a mark from (œ and æ stay as they are there too).
const ACCENTED = 'àâäáãåçéèêëíìîïñóòôöõúùûüýÿ';
const PLAIN = 'aaaaaaceeeeiiiinooooouuuuyy';

export const contentSearch: Migration = {
  version: 8,
  name: 'content search',
  statements: [
    'ALTER TABLE content_entries ADD COLUMN search tsvector',
    `UPDATE content_entries e SET search = to_tsvector('french', translate(lower(coalesce(
       (SELECT string_agg(v #>> '{}', ' ') FROM jsonb_path_query(e.doc, 'strict $.** ? (@.type() == "string")') AS v),
       '')), '${ACCENTED}', '${PLAIN}'))`,
    `ALTER TABLE content_entries ALTER COLUMN search SET DEFAULT ''::tsvector`,
    'ALTER TABLE content_entries ALTER COLUMN search SET NOT NULL',
    'CREATE INDEX content_entries_search ON content_entries USING gin (search)',
  ],
};
