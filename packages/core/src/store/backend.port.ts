// What a widget needs from a back end. Two implementations in @participe/adapters: over
// HTTP (the `endpoint` attribute) and in-process over a store (tests, Storybook, demos).
import type { Board } from '../board/board.types.js';
import type { PublicContributionView } from '../contribution/contribution.connect.js';
import type {
  Contact,
  ContributionInput,
  ContributionStatus,
  StoredContributionEvent,
} from '../contribution/contribution.types.js';
import type { CycleContext, PhaseChange, PhaseId } from '../cycle/cycle.types.js';
import type { AggregateResult, Answers, DiagnosticResult, Questionnaire } from '../diagnostic/diagnostic.types.js';
import type { PublicMeeting } from '../meeting/meeting.types.js';
import type { ReportInput } from '../moderation/moderation.types.js';
import type { PracticeSearchResult, PracticeView } from '../practice/practice.types.js';
import type { Composition, Space } from '../space/space.types.js';
import type {
  ContentListQuery,
  ContentPage,
  GlossaryEntryRead,
  GuideEntryRead,
  PhaseEntry,
  PhaseLabel,
  ResourceEntry,
} from './content.port.js';
import type { Page } from './store.port.js';

/** A space as the public sees it. */
export interface PublicSpace {
  id: string;
  slug: string;
  name: string;
  territory: string;
  themes: Space['themes'];
  answerWithinDays: number;
  composition: Composition;
}

export interface CreatedContribution {
  contribution: PublicContributionView;
  followUp: {
    /** Short code to type on the follow-up page, e.g. `K7P-4QX`. */
    code: string;
    /** Shown once; with the code it proves authorship (export, erase, withdraw). */
    secret: string;
  };
}

export interface ContributionQuery {
  spaceId: string;
  status?: ContributionStatus;
  kind?: string;
  theme?: string;
  territory?: string;
  overdue?: boolean;
  q?: string;
  cursor?: string;
  /** @default 20 */
  limit?: number;
}

export interface ContributionDetail {
  contribution: PublicContributionView;
  /** The public timeline: internal decisions and actor ids left out. */
  timeline: StoredContributionEvent[];
}

/** Where a space stands in the participation cycle, as the public sees it. */
export interface PublicCycle {
  spaceId: string;
  phase: PhaseId;
  /** 1 for the first round. */
  round: number;
  /** The problem in one sentence, in the words of the people concerned; `null` until stated. */
  problemStatement: CycleContext['problemStatement'];
  /** The evaluation of this round, from several viewpoints; `null` until recorded. @default null */
  evaluation?: CycleContext['evaluation'];
  /** Every move of the cycle, oldest first: by which role (never who), when, from → to, why. @default [] */
  history?: PublicPhaseChange[];
}

/** A move of the cycle as the public sees it: the role that made it, never the person. */
export type PublicPhaseChange = Omit<PhaseChange, 'actor'> & { role: PhaseChange['actor']['role'] };

export interface ParticipeBackend {
  getSpace(idOrSlug: string): Promise<PublicSpace | null>;
  createContribution(
    body: ContributionInput & { website?: string },
    idempotencyKey: string,
  ): Promise<CreatedContribution>;
  listContributions(query: ContributionQuery): Promise<Page<PublicContributionView>>;
  getContribution(id: string): Promise<ContributionDetail | null>;
  /** Anyone reports a published contribution to the group's facilitators, with a reason. */
  reportContribution(id: string, report: ReportInput): Promise<void>;
  /** The contribution id for a follow-up code, or `null`. */
  resolveFollowUpCode(code: string): Promise<string | null>;
  /** The space's current phase and round, or `null` for an unknown space. */
  getCycle(idOrSlug: string): Promise<PublicCycle | null>;
  /** The space's next public meetings, soonest first, or `null` for an unknown space. */
  getAgenda(idOrSlug: string): Promise<PublicMeeting[] | null>;
  /** A member sends their diagnostic answers (their role is their token's); answers with their result. */
  submitDiagnostic(idOrSlug: string, answers: Answers): Promise<DiagnosticResult>;
  /** How the group's members see their approach, role by role (members only). */
  getDiagnosticAggregate(idOrSlug: string): Promise<AggregateResult>;
  /** The public board of a space, or of the whole council for `null`; `null` for an unknown space. */
  getBoard(idOrSlug: string | null, query?: { year?: number }): Promise<Board | null>;
  /** The council's phases of the cycle, as it wrote them (resource centre). */
  listPhases(query?: ContentListQuery): Promise<ContentPage<PhaseEntry>>;
  /**
   * The council's names of the phases, nothing else (`GET /api/phases?fields=label`): a few
   * hundred bytes for a first screen. Optional: without it, a widget uses its own words.
   */
  listPhaseLabels?(query?: Pick<ContentListQuery, 'locale' | 'cursor' | 'limit'>): Promise<ContentPage<PhaseLabel>>;
  /** The council's methods and tools, each with its steps and when to use it; `q` searches them. */
  listResources(query?: ContentListQuery): Promise<ContentPage<ResourceEntry>>;
  /** One of the council's methods or tools, or `null` when it has none of that id. */
  getResource(id: string, query?: Pick<ContentListQuery, 'locale'>): Promise<ResourceEntry | null>;
  /** The council's "where do I start" questions, each with its phase and resources. */
  listGuide(query?: ContentListQuery): Promise<ContentPage<GuideEntryRead>>;
  /** The council's glossary: terms and acronyms explained plainly. */
  listGlossary(query?: ContentListQuery): Promise<ContentPage<GlossaryEntryRead>>;
  /**
   * The author's own page (optional: a back end without it offers no author actions).
   * Everything kept about the author of the contribution the proof opens; a wrong code or
   * secret code is `unauthorized`.
   */
  exportMyData?(proof: AuthorProof): Promise<AuthorExport>;
  /** Erases the author's words and contact; the institution's answer stays. The proof opens nothing after. */
  eraseMyData?(proof: AuthorProof): Promise<void>;
  /** The author corrects (`contribution.edit`) or withdraws their contribution, with the secret code. */
  sendAuthorCommand?(contributionId: string, secret: string, command: AuthorCommand): Promise<void>;
  /**
   * The practice library (optional: a back end without it has none). The published sheets of
   * the council and those other councils share, searched in French (stems, accents folded,
   * synonyms), with facets; with words, the resource centre's methods and tools found too.
   */
  searchPractices?(query: PracticeSearchQuery): Promise<PracticeSearchAnswer>;
  /** One sheet, whole, or `null` when there is none the caller may read. */
  getPractice?(id: string, query?: { locale?: 'fr' | 'en' }): Promise<PracticeView | null>;
  /** "Vous aimerez aussi": the published sheets closest to this one, closest first. */
  listRelatedPractices?(id: string, query?: { locale?: 'fr' | 'en' }): Promise<PracticeView[]>;
  /**
   * The self-diagnostic questionnaire a space answers (its own, else its council's, else the
   * built-in one), or the council's for `null`; `null` for an unknown space. Optional: the
   * diagnostic widget uses its built-in questionnaire with a back end without it.
   */
  getQuestionnaire?(space: string | null, query?: { locale?: 'fr' | 'en' }): Promise<Questionnaire | null>;
}

/** A search of the practice library. */
export interface PracticeSearchQuery {
  /** @default the back end's language, then French */
  locale?: 'fr' | 'en';
  /** Words; the back end searches them in French (`mobilité` finds `transports`). */
  q?: string;
  phase?: PhaseId;
  theme?: string;
  public?: string;
  /** @default 20, at most 100 */
  limit?: number;
  /** `summary`: each sheet's title, territory, start, themes, public, phases and problem only (a list). */
  fields?: 'summary';
}

/** The sheets found (first `limit`), their facets, and with words the resources found. */
export type PracticeSearchAnswer = PracticeSearchResult & {
  resources?: { items: ResourceEntry[]; total: number };
};

/** What proves authorship: the follow-up code and the secret code, both given once at sending. */
export interface AuthorProof {
  followUpCode: string;
  secret: string;
}

/** What the author may change: the words (before the institution takes it up), or withdraw it. */
export type AuthorCommand =
  | { type: 'contribution.edit'; data: { title?: string; body?: string } }
  | { type: 'contribution.withdraw'; data: { reason?: string } };

/** Everything Participe keeps about a contribution's author: the copy of their data. */
export interface AuthorExport {
  followUpCode: string;
  contribution: PublicContributionView;
  timeline: StoredContributionEvent[];
  contact: Contact | null;
  /** Messages sent or to send to the author (answer published, commitment done…). */
  notifications: Array<{
    id: string;
    kind: string;
    to: Contact | null;
    payload: Record<string, unknown>;
    createdAt: string;
    sentAt: string | null;
  }>;
}
