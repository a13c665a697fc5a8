// The council's open data: answered contributions with their answers, commitments and their
// progress, and figures per space, each as CSV (UTF-8, comma) and JSON with a Table Schema
// (frictionless) describing every column, plus the metadata of a data.gouv.fr dataset.
// Only public fields: no author (Participe does not ask authors to publish their pseudonym),
// no contact, no internal decision; hidden and withdrawn contributions are left out.
import {
  type ContributionView,
  type ParticipeStore,
  PUBLIC_STATUSES,
  STATUS_TRAITS,
  toPublicView,
} from '@participe/core';
import { writeCsv } from '../csv.js';

/** A column of a Table Schema (https://specs.frictionlessdata.io/table-schema/). */
export interface TableField {
  name: string;
  type: 'string' | 'integer' | 'number' | 'date' | 'datetime';
  title: string;
  description: string;
  constraints?: { required?: boolean; minimum?: number; maximum?: number; enum?: string[] };
}

export interface TableSchema {
  fields: TableField[];
  primaryKey?: string | string[];
  missingValues: string[];
}

type Cell = string | number | null;
type Record_ = Record<string, Cell>;

const f = (
  name: string,
  type: TableField['type'],
  title: string,
  description: string,
  constraints?: TableField['constraints'],
): TableField => ({ name, type, title, description, ...(constraints ? { constraints } : {}) });

export const OPEN_DATA_SCHEMAS = {
  contributions: {
    primaryKey: 'id',
    missingValues: [''],
    fields: [
      f('id', 'string', 'Identifiant', 'Identifiant stable de la contribution', { required: true }),
      f('space', 'string', 'Instance', 'Nom court de l’instance de participation (groupe, comité)', { required: true }),
      f('kind', 'string', 'Type', 'observation, proposal, question ou testimony', {
        required: true,
        enum: ['observation', 'proposal', 'question', 'testimony'],
      }),
      f('title', 'string', 'Titre', 'Titre écrit par l’auteur', { required: true }),
      f('theme', 'string', 'Thème', 'Thème de l’instance', { required: true }),
      f('territory', 'string', 'Territoire', 'Lieu ou quartier concerné, s’il est indiqué'),
      f('status', 'string', 'État', 'État public de la contribution', { required: true }),
      f('published_at', 'datetime', 'Publiée le', 'Date de publication (UTC)'),
      f('verdict', 'string', 'Réponse', 'Sens de la réponse publiée', {
        required: true,
        enum: ['accepted', 'partlyAccepted', 'declined', 'answered', 'duplicate'],
      }),
      f('answer', 'string', 'Texte de la réponse', 'Réponse de l’institution, motivée', { required: true }),
      f('answer_service', 'string', 'Service', 'Service qui signe la réponse', { required: true }),
      f('answered_at', 'datetime', 'Répondue le', 'Date de publication de la réponse (UTC)', { required: true }),
      f('days_to_answer', 'integer', 'Délai de réponse (jours)', 'Jours entre publication et réponse', {
        minimum: 0,
      }),
    ],
  },
  commitments: {
    primaryKey: ['contribution_id', 'commitment_id'],
    missingValues: [''],
    fields: [
      f('contribution_id', 'string', 'Contribution', 'Identifiant de la contribution', { required: true }),
      f('commitment_id', 'string', 'Engagement', 'Identifiant de l’engagement', { required: true }),
      f('what', 'string', 'Engagement', 'Ce que l’institution s’engage à faire', { required: true }),
      f('owner', 'string', 'Responsable', 'Service responsable', { required: true }),
      f('due', 'date', 'Échéance', 'Date promise', { required: true }),
      f('progress_percent', 'integer', 'Avancement (%)', 'Dernier avancement publié', { minimum: 0, maximum: 100 }),
      f('progress_text', 'string', 'Avancement', 'Dernier point d’étape publié'),
      f('progress_at', 'datetime', 'Point d’étape le', 'Date du dernier point d’étape (UTC)'),
    ],
  },
  spaces: {
    primaryKey: 'space',
    missingValues: [''],
    fields: [
      f('space', 'string', 'Instance', 'Nom court de l’instance', { required: true }),
      f('name', 'string', 'Nom', 'Nom de l’instance', { required: true }),
      f('policy_area', 'string', 'Politique', 'Politique publique concernée', { required: true }),
      f('territory', 'string', 'Territoire', 'Territoire de l’instance', { required: true }),
      f('contributions', 'integer', 'Contributions publiques', 'Contributions publiques (hors masquées, retirées)', {
        required: true,
        minimum: 0,
      }),
      f('answered', 'integer', 'Contributions répondues', 'Contributions avec une réponse publiée', {
        required: true,
        minimum: 0,
      }),
      f('median_days_to_answer', 'integer', 'Délai médian (jours)', 'Délai médian de réponse', { minimum: 0 }),
    ],
  },
} as const satisfies Record<string, TableSchema>;

export type OpenDataTable = keyof typeof OPEN_DATA_SCHEMAS;

export interface OpenDataOptions {
  /** Who publishes, e.g. "Département du Nord". */
  publisher: string;
  /** The instant of the export. @default now */
  now?: string;
}

export interface OpenDataPackage {
  /** File name → content: `<table>.csv`, `<table>.json`, `<table>.schema.json`, `datagouv.json`. */
  files: Record<string, string>;
  rows: Record<OpenDataTable, Record_[]>;
}

/** Table Schema's default datetime format: ISO 8601 in UTC, without fractions of a second. */
const datetime = (iso: string | null | undefined) => (iso ? iso.replace(/\.\d+Z$/, 'Z') : null);
const days = (from: string, to: string) => Math.max(0, Math.floor((Date.parse(to) - Date.parse(from)) / 86_400_000));
const median = (values: number[]) => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
};

async function publicContributions(store: ParticipeStore, spaceId: string): Promise<ContributionView[]> {
  const all: ContributionView[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.listContributions({
      spaceId,
      status: PUBLIC_STATUSES,
      limit: 100,
      ...(cursor ? { cursor } : {}),
    });
    all.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  // Hidden words stay hidden, and a withdrawn contribution is its author's to take back.
  return all.filter(
    (v) => STATUS_TRAITS[v.status].public && !STATUS_TRAITS[v.status].withholdsWords && v.status !== 'withdrawn',
  );
}

/** Builds the open-data files of every space of the store. */
export async function openDataPackage(store: ParticipeStore, options: OpenDataOptions): Promise<OpenDataPackage> {
  const now = options.now ?? new Date().toISOString();
  const rows: Record<OpenDataTable, Record_[]> = { contributions: [], commitments: [], spaces: [] };
  for (const space of await store.listSpaces()) {
    const views = (await publicContributions(store, space.id)).map((v) => toPublicView(v));
    const delays: number[] = [];
    for (const view of views) {
      const answer = view.answer;
      if (!answer?.publishedAt || !view.content) continue;
      const delay = view.publishedAt ? days(view.publishedAt, answer.publishedAt) : null;
      if (delay !== null) delays.push(delay);
      rows.contributions.push({
        id: view.id,
        space: space.slug,
        kind: view.content.kind,
        title: view.content.title,
        theme: view.content.theme,
        territory: view.content.territory ?? null,
        status: view.status,
        published_at: datetime(view.publishedAt),
        verdict: answer.verdict,
        answer: answer.text,
        answer_service: answer.service,
        answered_at: datetime(answer.publishedAt),
        days_to_answer: delay,
      });
      for (const commitment of view.commitments) {
        const last = view.progress.filter((p) => p.commitmentId === commitment.id).at(-1);
        rows.commitments.push({
          contribution_id: view.id,
          commitment_id: commitment.id,
          what: commitment.what,
          owner: commitment.owner,
          due: commitment.due,
          progress_percent: last?.percent ?? null,
          progress_text: last?.text ?? null,
          progress_at: datetime(last?.at),
        });
      }
    }
    rows.spaces.push({
      space: space.slug,
      name: space.name,
      policy_area: space.policyArea,
      territory: space.territory,
      contributions: views.length,
      answered: delays.length,
      median_days_to_answer: median(delays),
    });
  }
  const files: Record<string, string> = {};
  for (const table of Object.keys(OPEN_DATA_SCHEMAS) as OpenDataTable[]) {
    const schema = OPEN_DATA_SCHEMAS[table];
    files[`${table}.csv`] = writeCsv(
      schema.fields.map((field) => field.name),
      rows[table],
    );
    files[`${table}.json`] = `${JSON.stringify(rows[table], null, 2)}\n`;
    files[`${table}.schema.json`] = `${JSON.stringify(schema, null, 2)}\n`;
  }
  files['datagouv.json'] = `${JSON.stringify(dataGouvMetadata(options.publisher, now), null, 2)}\n`;
  return { files, rows };
}

/** The dataset's metadata as data.gouv.fr's API takes it (`POST /api/1/datasets/`), and its resources. */
export function dataGouvMetadata(publisher: string, now: string) {
  const resource = (table: OpenDataTable, title: string) => [
    { title: `${title} (CSV)`, url: `${table}.csv`, format: 'csv', mime: 'text/csv', schema: `${table}.schema.json` },
    {
      title: `${title} (JSON)`,
      url: `${table}.json`,
      format: 'json',
      mime: 'application/json',
      schema: `${table}.schema.json`,
    },
  ];
  return {
    title: `Participation citoyenne : contributions et réponses — ${publisher}`,
    description:
      `Contributions des instances de participation (groupes ressources, comités) auxquelles ${publisher} a répondu, ` +
      'avec ses réponses motivées, ses engagements et leur avancement, et des chiffres par instance. ' +
      'Aucune donnée personnelle : ni auteur, ni coordonnées ; les contributions masquées ou retirées sont exclues.',
    organization: publisher,
    license: 'lov2',
    license_title: 'Licence Ouverte / Open Licence version 2.0',
    frequency: 'weekly',
    tags: ['participation-citoyenne', 'democratie-participative', 'action-sociale'],
    temporal_coverage: { end: now.slice(0, 10) },
    last_update: now,
    resources: [
      ...resource('contributions', 'Contributions répondues'),
      ...resource('commitments', 'Engagements et avancement'),
      ...resource('spaces', 'Chiffres par instance'),
    ],
  };
}

/**
 * The open data as the API serves it (`GET /api/open-data`): the dataset's metadata, and each
 * table with its Table Schema, its rows and the same rows as CSV.
 */
export async function openDataDocument(store: ParticipeStore, now: string, publisher = 'la collectivité') {
  const { files, rows } = await openDataPackage(store, { publisher, now });
  const tables = Object.fromEntries(
    (Object.keys(OPEN_DATA_SCHEMAS) as OpenDataTable[]).map((table) => [
      table,
      { schema: OPEN_DATA_SCHEMAS[table], rows: rows[table], csv: files[`${table}.csv`]! },
    ]),
  );
  return { metadata: dataGouvMetadata(publisher, now), tables };
}
