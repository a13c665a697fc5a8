// Reports, meetings and attestations: the ModerationStore and MeetingStore part of the
// PostgreSQL store, as functions over a connection. Documents are kept whole as JSONB, with the columns lists filter on.
import type { Attestation, Meeting, MeetingStore, ModerationStore, Report, ReportFilter } from '@participe/core';
import type { SqlExecutor } from './driver.js';
import { assertStorable } from './text.js';

const json = (value: unknown): string => JSON.stringify(value);

/** Closes the open reports of a contribution, inside the caller's transaction. */
export async function closeReportsIn(
  db: SqlExecutor,
  org: string,
  contributionId: string,
  closed: NonNullable<Report['closed']>,
): Promise<number> {
  const rows = await db.query(
    `UPDATE reports SET open = false, doc = jsonb_set(doc, '{closed}', $2::text::jsonb)
      WHERE organisation_id = $3 AND contribution_id = $1 AND open RETURNING id`,
    [contributionId, json(closed), org],
  );
  return rows.length;
}

/** The tables of `org`: every statement filters on it and every insert writes it. */
export function backofficeTables(db: SqlExecutor, org: string): ModerationStore & MeetingStore {
  return {
    async addReport(report: Report): Promise<void> {
      assertStorable(report, 'report');
      await db.query(
        `INSERT INTO reports (organisation_id, id, contribution_id, space_id, open, doc)
          VALUES ($6, $1, $2, $3, $4, $5::text::jsonb)`,
        [report.id, report.contributionId, report.spaceId, report.closed === null, json(report), org],
      );
    },

    async listReports(filter: ReportFilter): Promise<Report[]> {
      const rows = await db.query<{ doc: Report }>(
        `SELECT doc FROM reports WHERE organisation_id = $4 AND space_id = $1 AND ($2::text IS NULL OR contribution_id = $2)
          AND (NOT $3::boolean OR open) ORDER BY position`,
        [filter.spaceId, filter.contributionId ?? null, filter.open === true, org],
      );
      return rows.map((r) => r.doc);
    },

    async closeReports(contributionId: string, closed: NonNullable<Report['closed']>): Promise<number> {
      assertStorable(closed, 'closeReports');
      return closeReportsIn(db, org, contributionId, closed);
    },

    async listMeetings(spaceId: string): Promise<Meeting[]> {
      const rows = await db.query<{ doc: Meeting }>(
        `SELECT doc FROM meetings WHERE organisation_id = $2 AND space_id = $1 ORDER BY doc->>'on', id COLLATE "C"`,
        [spaceId, org],
      );
      return rows.map((r) => r.doc);
    },

    async getMeeting(id: string): Promise<Meeting | null> {
      const [row] = await db.query<{ doc: Meeting }>(
        'SELECT doc FROM meetings WHERE organisation_id = $2 AND id = $1',
        [id, org],
      );
      return row?.doc ?? null;
    },

    async putMeeting(meeting: Meeting, expectedVersion: number | null): Promise<boolean> {
      assertStorable(meeting, 'meeting');
      // One statement either way: a concurrent writer at the same version updates nothing.
      const rows =
        expectedVersion === null
          ? await db.query(
              `INSERT INTO meetings (organisation_id, id, space_id, version, doc) VALUES ($5, $1, $2, $3, $4::text::jsonb)
                ON CONFLICT (organisation_id, id) DO NOTHING RETURNING id`,
              [meeting.id, meeting.spaceId, meeting.version, json(meeting), org],
            )
          : await db.query(
              `UPDATE meetings SET version = $3, doc = $4::text::jsonb
                WHERE organisation_id = $6 AND id = $1 AND space_id = $2 AND version = $5 RETURNING id`,
              [meeting.id, meeting.spaceId, meeting.version, json(meeting), expectedVersion, org],
            );
      return rows.length === 1;
    },

    async putAttestation(attestation: Attestation): Promise<void> {
      assertStorable(attestation, 'attestation');
      await db.query(
        'INSERT INTO attestations (organisation_id, id, space_id, member_id, doc) VALUES ($5, $1, $2, $3, $4::text::jsonb)',
        [attestation.id, attestation.spaceId, attestation.memberId, json(attestation), org],
      );
    },

    async getAttestation(id: string): Promise<Attestation | null> {
      const [row] = await db.query<{ doc: Attestation }>(
        'SELECT doc FROM attestations WHERE organisation_id = $2 AND id = $1',
        [id, org],
      );
      return row?.doc ?? null;
    },

    async listAttestations(spaceId: string, memberId?: string): Promise<Attestation[]> {
      const rows = await db.query<{ doc: Attestation }>(
        `SELECT doc FROM attestations WHERE organisation_id = $3 AND space_id = $1 AND ($2::text IS NULL OR member_id = $2)
          ORDER BY position DESC`,
        [spaceId, memberId ?? null, org],
      );
      return rows.map((r) => r.doc);
    },
  };
}
