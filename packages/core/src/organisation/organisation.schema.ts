import { IdSchema, InstantSchema, SlugSchema, text } from '../shared/primitives.js';
import * as z from '../zod.js';

/** The kinds of council that run Participe. */
export const ORGANISATION_KINDS = ['département', 'métropole', 'commune', 'ccas', 'autre'] as const;

/**
 * The organisation every row belongs to when a server hosts a single council, and the one
 * data stored before councils existed was moved to. Its API is served at `/api`.
 */
export const DEFAULT_ORGANISATION = 'default';

/** What a council sets for itself. Every field is optional: the server's settings apply otherwise. */
export const OrganisationSettingsSchema = z.object({
  /** The address its notifications are sent from, e.g. `Participation <participation@cd93.fr>`. */
  mailFrom: z.optional(text(200, 'Participation <participation@exemple.fr>')),
  /** Days a new space gives the institution to answer. */
  answerWithinDays: z.optional(z.int().check(z.gte(1), z.lte(365))),
  /** Its own OpenID Connect provider, when it does not use the server's. */
  oidc: z.optional(
    z.object({
      issuer: z.url(),
      clientId: text(200, 'participe'),
    }),
  ),
});

/** A council: the tenant that owns its spaces, staff and content. */
export const OrganisationSchema = z.object({
  id: IdSchema,
  slug: SlugSchema,
  name: text(200, 'Conseil départemental'),
  kind: z.enum(ORGANISATION_KINDS),
  settings: OrganisationSettingsSchema,
  createdAt: InstantSchema,
});
