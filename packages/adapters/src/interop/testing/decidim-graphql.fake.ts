// A fake Decidim GraphQL API on loopback (POST /api): the two operations the live link sends,
// answered in the shapes of Decidim's schema — `component(id)` resolving to `Proposals` with
// a `proposals` connection (pageInfo, nodes; TranslatedField `translation(locale)`), and the
// root mutation `component(id)` → `ProposalsMutation` → `proposal(id)` → `answer(input)`,
// which needs a token with the api:write scope. It is not a GraphQL engine: it checks that
// each query names what Decidim's schema has, and refuses anything else.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DecidimProposalNode } from '../decidim/decidim.live.js';

export interface FakeDecidim {
  apiUrl: string;
  /** The id of the proposals component. */
  component: string;
  writeToken: string;
  proposals: DecidimProposalNode[];
  /** The `answer` mutations received: proposal id and attributes. */
  answers: Array<{ proposal: string; attributes: { state: string; answerContent: Record<string, string> } }>;
  /** Proposals per page (Decidim may return fewer than `first`). */
  pageSize: number;
  close(): Promise<void>;
}

const translated = (text: string | null) => (text === null ? null : { translation: text });

export const decidimProposal = (
  id: string,
  over: Partial<Omit<DecidimProposalNode, 'title' | 'body' | 'answer'>> & {
    title?: string;
    body?: string;
    answer?: string | null;
  } = {},
): DecidimProposalNode => ({
  id,
  address: null,
  state: null,
  publishedAt: '2025-02-01T09:00:00+01:00',
  answeredAt: null,
  withdrawn: false,
  withdrawnAt: null,
  ...over,
  title: translated(over.title ?? `Proposition ${id}`),
  body: translated(over.body ?? `Le texte de la proposition ${id}, assez long pour être lu.`),
  answer: translated(over.answer ?? null),
});

export async function startFakeDecidim(component = '12'): Promise<FakeDecidim> {
  const fake = {
    component,
    writeToken: 'fake-api-write-token',
    proposals: [] as DecidimProposalNode[],
    answers: [] as FakeDecidim['answers'],
    pageSize: 2,
  };
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const send = (json: unknown, status = 200) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(json));
      };
      if (req.method !== 'POST' || req.url !== '/api') return send({ errors: [{ message: 'Not found' }] }, 404);
      const { query = '', variables = {} } = JSON.parse(raw || '{}') as {
        query?: string;
        variables?: Record<string, unknown>;
      };
      if (query.startsWith('query') && /\.\.\. on Proposals\b/.test(query) && /proposals\(first:/.test(query)) {
        if (variables.component !== fake.component) return send({ data: { component: null } });
        const start = variables.after ? Number(variables.after) : 0;
        const nodes = fake.proposals.slice(start, start + fake.pageSize);
        const end = start + nodes.length;
        return send({
          data: {
            component: {
              id: fake.component,
              __typename: 'Proposals',
              proposals: {
                pageInfo: { hasNextPage: end < fake.proposals.length, endCursor: String(end) },
                nodes,
              },
            },
          },
        });
      }
      if (query.startsWith('mutation') && /\.\.\. on ProposalsMutation\b/.test(query) && /answer\(input:/.test(query)) {
        if (req.headers.authorization !== `Bearer ${fake.writeToken}`) {
          return send({ errors: [{ message: 'The token does not have the api:write scope' }] });
        }
        const proposal = fake.proposals.find((p) => p.id === variables.proposal);
        if (variables.component !== fake.component || !proposal) {
          return send({ data: { component: { proposal: null } } });
        }
        const attributes = variables.attributes as FakeDecidim['answers'][number]['attributes'];
        if (!['accepted', 'rejected', 'evaluating'].includes(attributes.state)) {
          return send({ errors: [{ message: `State "${attributes.state}" is not valid` }] });
        }
        fake.answers.push({ proposal: proposal.id, attributes });
        proposal.state = attributes.state;
        proposal.answer = { translation: attributes.answerContent.fr ?? null };
        proposal.answeredAt = new Date().toISOString();
        return send({ data: { component: { proposal: { answer: { id: proposal.id, state: proposal.state } } } } });
      }
      return send({ errors: [{ message: 'The fake Decidim does not know this operation' }] });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const out = fake as FakeDecidim;
  out.apiUrl = `http://127.0.0.1:${port}/api`;
  out.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return out;
}
