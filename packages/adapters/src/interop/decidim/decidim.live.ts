// The live link of a space to a Decidim proposals component, through Decidim's GraphQL API
// (decidim-api; the proposals types in decidim-proposals/lib/decidim/api): `pull` reads the
// component's proposals with their official answers into the space, exactly as the archive
// import does (same ids, idempotent, one transaction); `push` sends the answers Participe
// published to the proposals they came from, with the `answer` mutation (api:write scope).
import { type ContributionView, type ParticipeStore, type Space, STATUS_TRAITS } from '@participe/core';
import { strToU8, zipSync } from 'fflate';
import { writeCsv } from '../csv.js';
import { callName, callRemote, type RemoteCall, RemoteError, type RetryOptions } from '../remote.js';
import type { DecidimLinkSettings } from '../settings.js';
import { allContributions } from './decidim.export.js';
import { DECIDIM_FILES, DECIDIM_LOCALE, decidimFileName } from './decidim.format.js';
import { type ImportReport, importDecidimArchive } from './decidim.import.js';

/** A proposal as the query below reads it (Decidim's `Proposal` type). */
export interface DecidimProposalNode {
  id: string;
  title: { translation: string | null } | null;
  body: { translation: string | null } | null;
  address: string | null;
  state: string | null;
  publishedAt: string | null;
  answer: { translation: string | null } | null;
  answeredAt: string | null;
  withdrawn: boolean | null;
  withdrawnAt: string | null;
}

const PROPOSALS_QUERY = `query ParticipeProposals($component: ID!, $after: String, $locale: String!) {
  component(id: $component) {
    id
    __typename
    ... on Proposals {
      proposals(first: 100, after: $after) {
        pageInfo { hasNextPage endCursor }
        nodes {
          id
          title { translation(locale: $locale) }
          body { translation(locale: $locale) }
          address
          state
          publishedAt
          answer { translation(locale: $locale) }
          answeredAt
          withdrawn
          withdrawnAt
        }
      }
    }
  }
}`;

const ANSWER_MUTATION = `mutation ParticipeAnswer($component: ID!, $proposal: ID!, $attributes: AnswerProposalAttributes!) {
  component(id: $component) {
    ... on ProposalsMutation {
      proposal(id: $proposal) {
        answer(input: { attributes: $attributes }) { id state }
      }
    }
  }
}`;

/** The pages a pull reads at most (100 proposals each). */
const MAX_PAGES = 100;

export class DecidimGraphqlClient {
  constructor(
    readonly settings: DecidimLinkSettings,
    readonly retry: RetryOptions = {},
  ) {}

  /** Sends one operation; GraphQL errors become a `RemoteError` naming the operation. */
  async request<T>(operation: string, query: string, variables: Record<string, unknown>): Promise<T> {
    const call: RemoteCall = {
      method: 'POST',
      url: this.settings.apiUrl,
      headers: this.settings.token ? { authorization: `Bearer ${this.settings.token}` } : {},
      body: { query, variables, operationName: operation },
    };
    const name = `${callName(call)} (${operation})`;
    let answer: { data?: T; errors?: Array<{ message?: string }> } | null;
    try {
      answer = await callRemote(call, this.retry);
    } catch (error) {
      if (error instanceof RemoteError) throw new RemoteError(name, error.reason, error.status, error.attempts);
      throw error;
    }
    if (answer?.errors?.length) {
      throw new RemoteError(name, answer.errors.map((e) => e.message ?? 'error').join('; '), 200, 1);
    }
    if (!answer?.data) throw new RemoteError(name, 'the answer has no "data"', 200, 1);
    return answer.data;
  }

  /** Every proposal of the component, page by page. */
  async proposals(component: string): Promise<DecidimProposalNode[]> {
    const all: DecidimProposalNode[] = [];
    let after: string | null = null;
    for (let page = 0; page < MAX_PAGES; page++) {
      const data: {
        component: {
          __typename?: string;
          proposals?: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: DecidimProposalNode[] };
        } | null;
      } = await this.request('ParticipeProposals', PROPOSALS_QUERY, { component, after, locale: DECIDIM_LOCALE });
      const proposals = data.component?.proposals;
      if (!proposals) {
        throw new RemoteError(
          `POST ${new URL(this.settings.apiUrl).pathname} (ParticipeProposals)`,
          `component ${component} is not a published proposals component (${data.component?.__typename ?? 'not found'})`,
          200,
          1,
        );
      }
      all.push(...proposals.nodes);
      if (!proposals.pageInfo.hasNextPage) return all;
      after = proposals.pageInfo.endCursor;
    }
    throw new RemoteError(`POST ${new URL(this.settings.apiUrl).pathname}`, `more than ${MAX_PAGES} pages`, 200, 1);
  }

  /** Decidim's `answer` mutation: the state and the answer text of a proposal. */
  async answer(
    component: string,
    proposal: string,
    attributes: { state: 'accepted' | 'rejected' | 'evaluating'; answerContent: Record<string, string> },
  ): Promise<{ id: string; state: string | null }> {
    const data: { component: { proposal: { answer: { id: string; state: string | null } | null } | null } | null } =
      await this.request('ParticipeAnswer', ANSWER_MUTATION, { component, proposal, attributes });
    const answered = data.component?.proposal?.answer;
    if (!answered) {
      throw new RemoteError(
        `POST ${new URL(this.settings.apiUrl).pathname} (ParticipeAnswer)`,
        `proposal ${proposal} was not answered (not in component ${component}, or not published)`,
        200,
        1,
      );
    }
    return answered;
  }
}

/** The proposals as the rows of Decidim's open-data proposals file, for the archive import. */
function proposalRows(nodes: DecidimProposalNode[]): Record<string, string>[] {
  return nodes.map((p) => ({
    id: p.id,
    'title/fr': p.title?.translation ?? '',
    'body/fr': p.body?.translation ?? '',
    address: p.address ?? '',
    state: p.withdrawn ? 'withdrawn' : (p.state ?? ''),
    published_at: p.publishedAt ?? '',
    'answer/fr': p.answer?.translation ?? '',
    answered_at: p.answeredAt ?? '',
    state_published_at: p.answer?.translation ? (p.answeredAt ?? '') : '',
    withdrawn: String(p.withdrawn === true),
    withdrawn_at: p.withdrawnAt ?? '',
  }));
}

/**
 * Reads the component's proposals and their official answers into the space: the archive
 * import's rules (ids `c_decidim_<id>`, answers as published answers, nothing written twice,
 * one transaction). A contribution answered in Participe since is left as it is (reported).
 */
export async function pullDecidimProposals(
  store: ParticipeStore,
  client: DecidimGraphqlClient,
  space: Space,
  component: string,
  options: { dryRun?: boolean; now?: string } = {},
): Promise<ImportReport> {
  const nodes = await client.proposals(component);
  const csv = writeCsv(DECIDIM_FILES.proposals, proposalRows(nodes), { separator: ';' });
  const archive = zipSync({ [decidimFileName('decidim-live', 'proposals')]: strToU8(csv) });
  return importDecidimArchive(store, archive, { ...options, space });
}

export interface PushItem {
  action: 'updated' | 'skipped' | 'failed';
  contributionId: string;
  proposalId: string;
  call?: string;
  reason?: string;
}

/** Participe's status as Decidim's answer state; `null` when there is nothing to send. */
const DECIDIM_ANSWER_STATE: Partial<Record<ContributionView['status'], 'accepted' | 'rejected'>> = {
  accepted: 'accepted',
  partlyAccepted: 'accepted',
  inProgress: 'accepted',
  done: 'accepted',
  declined: 'rejected',
  duplicate: 'rejected',
};

/**
 * Sends every published answer of the space's contributions that came from the component
 * (`c_decidim_<id>`) to its proposal, unless Decidim already shows the same state and text.
 */
export async function pushDecidimAnswers(
  store: ParticipeStore,
  client: DecidimGraphqlClient,
  space: Space,
  component: string,
  options: { dryRun?: boolean } = {},
): Promise<PushItem[]> {
  const remote = new Map((await client.proposals(component)).map((p) => [p.id, p]));
  const items: PushItem[] = [];
  const views = await allContributions(store, space.id);
  // In Decidim's order (its ids), whatever order the store lists them in.
  views.sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
  for (const view of views) {
    const proposalId = /^c_decidim_(\d+)$/.exec(view.id)?.[1];
    const answer = view.answer;
    const state = DECIDIM_ANSWER_STATE[view.status];
    if (!proposalId || !answer?.publishedAt || !state || !STATUS_TRAITS[view.status].public) continue;
    const base = { contributionId: view.id, proposalId };
    const there = remote.get(proposalId);
    if (!there) {
      items.push({ ...base, action: 'skipped', reason: `proposal ${proposalId} is not in component ${component}` });
      continue;
    }
    if (there.state === state && (there.answer?.translation ?? '').trim() === answer.text.trim()) {
      items.push({ ...base, action: 'skipped', reason: 'Decidim shows this answer already' });
      continue;
    }
    if (options.dryRun) {
      items.push({ ...base, action: 'updated', reason: `would answer "${state}"` });
      continue;
    }
    try {
      await client.answer(component, proposalId, { state, answerContent: { [DECIDIM_LOCALE]: answer.text } });
      items.push({ ...base, action: 'updated' });
    } catch (error) {
      const e = error instanceof RemoteError ? error : null;
      items.push({
        ...base,
        action: 'failed',
        call: e?.call ?? 'POST (ParticipeAnswer)',
        reason: e?.reason ?? (error as Error).message,
      });
    }
  }
  return items;
}
