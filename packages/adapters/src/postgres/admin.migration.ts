// Migration 5: the administration. Every change an administrator makes (spaces, staff,
// settings) is one row of `audit_log`: who, when, what, on what, before and after. The
// council's settings wait here until `organisations.settings` holds them. Keys start with
// the organisation, as every table's do (migration 4).
import type { Migration } from './migrations.js';

export const administration: Migration = {
  version: 5,
  name: 'administration',
  statements: [
    `CREATE TABLE audit_log (
      organisation_id text NOT NULL,
      seq bigint GENERATED ALWAYS AS IDENTITY,
      id text NOT NULL,
      at timestamptz NOT NULL,
      actor jsonb NOT NULL,
      action text NOT NULL,
      target_type text NOT NULL,
      target_id text NOT NULL,
      target_version integer CHECK (target_version > 0),
      before jsonb,
      after jsonb,
      PRIMARY KEY (organisation_id, seq)
    )`,
    // A versioned change claims the target's next version here: of two administrators
    // saving from the same version, the second insert fails and nothing else is written.
    `CREATE UNIQUE INDEX audit_log_target_version
      ON audit_log (organisation_id, target_type, target_id, target_version)`,
    `CREATE TABLE council_settings (
      organisation_id text NOT NULL,
      version integer NOT NULL CHECK (version > 0),
      doc jsonb NOT NULL,
      PRIMARY KEY (organisation_id)
    )`,
  ],
};
