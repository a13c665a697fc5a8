// Migration 10: the public board reads one year of a council's (or a space's) published
// contributions through an index. Until now it read every contribution of the council by
// the primary key and threw away the other years: at 1,000,000 contributions over 100
// councils, 10,000 rows fetched one heap page each to count a year that had none
// (`bench/server scale`).
import type { Migration } from './migrations.js';

export const boardIndex: Migration = {
  version: 10,
  name: 'board by space and publication date',
  statements: [
    `CREATE INDEX contributions_space_published ON contributions (organisation_id, space_id, published_at)
      WHERE published_at IS NOT NULL`,
  ],
};
