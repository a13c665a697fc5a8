// The limit the store is measured against: the same rows in the same tables, written by
// hand with node-postgres in one prepared statement per contribution (one round trip, one
// commit), with none of the store's checks or abstraction.
import { searchText } from '@participe/adapters/postgres';
import type { CreateArgs } from './data.js';

export const RAW_CREATE = `WITH
  k AS (INSERT INTO idempotency_keys (key, record) VALUES ($1, $2::text::jsonb)),
  c AS (
    INSERT INTO contributions (id, space_id, status, kind, theme, territory, created_at, published_at,
      answer_published_at, version, view, search)
    VALUES ($3, $4, $5, $6, $7, $8, $9::timestamptz, NULL, NULL, 1, $10::text::jsonb, to_tsvector('french', $11::text))
    RETURNING id
  ),
  e AS (INSERT INTO contribution_events (contribution_id, seq, type, event) SELECT id, 1, 'contribution.created', $12::text::jsonb FROM c)
INSERT INTO contribution_private (contribution_id, follow_up_code, secret_hash, contact) SELECT id, $13, $14, NULL FROM c`;

export function rawParams({ view, created, private: secret, idempotency }: CreateArgs): (string | null)[] {
  return [
    idempotency.key,
    JSON.stringify(idempotency),
    view.id,
    view.spaceId,
    view.status,
    view.content.kind,
    view.content.theme,
    view.content.territory ?? null,
    view.createdAt,
    JSON.stringify(view),
    searchText(view.content),
    JSON.stringify(created),
    secret.followUpCode,
    secret.secretHash,
  ];
}
