// A Decidim open-data archive built in memory, with Decidim's file names, headers and `;`.
import { strToU8, zipSync } from 'fflate';
import { writeCsv } from '../csv.js';
import { DECIDIM_FILES, type DecidimFile, decidimFileName } from '../decidim/decidim.format.js';

type Rows = Partial<Record<DecidimFile, Array<Record<string, string>>>>;

export const decidimRows = (): Required<Rows> => ({
  participatory_processes: [
    {
      id: '3',
      slug: 'budget-solidaire-2025',
      'title/fr': 'Budget solidaire 2025',
      'short_description/fr': '<p>Vos idées pour le budget solidaire.</p>',
      start_date: '2025-01-15',
      end_date: '2025-12-31',
      'local_area/fr': 'Secteur Nord',
      'area/name/fr': 'Insertion',
      url: 'https://decidim.departement.example/processes/budget-solidaire-2025',
    },
  ],
  proposals: [
    proposal('101', 'not_answered', {
      'title/fr': 'Un bus à 8 h',
      'body/fr': '<p>Le bus du matin arrive après l’ouverture; du guichet.</p>',
    }),
    proposal('102', 'evaluating', { 'category/name/fr': 'Mobilité' }),
    proposal('103', 'accepted', {
      'answer/fr': '<p>Nous ajoutons un bus à 8 h 10, dès septembre.</p>',
      state_published_at: '2025-03-10 09:00:00 +0100',
    }),
    proposal('104', 'rejected', {
      'answer/fr': 'Le budget de cette année ne le permet pas, nous la gardons pour 2026.',
      answered_at: '2025-03-11 10:00:00 +0100',
    }),
    proposal('105', 'withdrawn', { withdrawn: 'true', withdrawn_at: '2025-02-20 08:00:00 +0100' }),
    proposal('106', 'rejected', { 'answer/fr': 'Non.' }),
    proposal('107', 'voted_twice', {}),
  ],
  results: [
    {
      id: '7',
      'title/fr': 'Bus de 8 h 10 sur la ligne 4',
      'description/fr': '<p>Un bus de plus.</p>',
      start_date: '2025-04-01',
      end_date: '2025-09-01',
      'status/name/fr': 'En cours',
      'status/progress': '50',
      progress: '50.0',
      created_at: '2025-03-20 10:00:00 +0100',
      'participatory_space/id': '3',
      proposal_urls: 'https://decidim.departement.example/processes/budget-solidaire-2025/f/12/proposals/103',
    },
    { id: '8', 'title/fr': 'Sans proposition', progress: '0', proposal_urls: '' },
  ],
  meetings: [
    {
      id: '21',
      'participatory_space/id': '3',
      'participatory_space/url': 'https://decidim.departement.example/processes/budget-solidaire-2025',
      'title/fr': 'Atelier budget',
      'description/fr': '<p>On en parle.</p>',
      start_time: '2025-02-05 18:00:00 +0100',
      end_time: '2025-02-05 20:00:00 +0100',
      address: '12 rue des Tilleuls, Lille',
      'location/fr': 'Maison des solidarités, salle 2',
      'location_hints/fr': 'Accès de plain-pied, arrêt de bus Tilleuls',
    },
    { id: '22', 'participatory_space/id': '3', 'title/fr': 'Sans date', start_time: 'demain' },
  ],
});

function proposal(id: string, state: string, cells: Record<string, string>): Record<string, string> {
  return {
    id,
    'participatory_space/id': '3',
    'participatory_space/url': 'https://decidim.departement.example/processes/budget-solidaire-2025',
    'component/id': '12',
    'title/fr': `Proposition ${id}`,
    'body/fr': `<p>Le texte de la proposition ${id}.</p>`,
    state: state === 'withdrawn' ? '' : state === 'not_answered' ? '' : state,
    reference: `DEP-PROP-2025-01-${id}`,
    published_at: '2025-02-01 12:00:00 +0100',
    url: `https://decidim.departement.example/processes/budget-solidaire-2025/f/12/proposals/${id}`,
    withdrawn: 'false',
    ...cells,
  };
}

/** The archive as Decidim serves it: `<host>-open-data-<file>.csv`, `;`-separated. */
export function decidimArchive(rows: Rows = decidimRows()): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [file, list] of Object.entries(rows) as Array<[DecidimFile, Array<Record<string, string>>]>) {
    files[decidimFileName('decidim.departement.example', file)] = strToU8(
      // Decidim's columns, then any other a row has (a Decidim that adds some, e.g. location_hints).
      writeCsv([...new Set([...DECIDIM_FILES[file], ...list.flatMap((row) => Object.keys(row))])], list, {
        separator: ';',
      }),
    );
  }
  return zipSync(files);
}
