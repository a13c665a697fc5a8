import { IdSchema, InstantSchema, SlugSchema, text } from '../shared/primitives.js';
import { MEMBER_ROLES } from '../shared/roles.js';
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
  /** Its own OpenID Connect provider, when it does not use the server's: staff sign in at `/o/{slug}/auth/`. */
  oidc: z.optional(
    z.object({
      issuer: z.url(),
      clientId: text(200, 'participe'),
      /**
       * The environment variable of the server that holds the client secret (never the secret
       * itself: settings are listed and exported). @default `PARTICIPE_OIDC_CLIENT_SECRET_<SLUG>`
       * (`cd93` → `PARTICIPE_OIDC_CLIENT_SECRET_CD93`, dashes as `_`)
       */
      clientSecretEnv: z.optional(z.string().check(z.regex(/^[A-Z][A-Z0-9_]{0,99}$/))),
      /** @default 'client_secret_basic' */
      clientAuth: z.optional(z.enum(['client_secret_basic', 'client_secret_post'])),
      /** @default ['openid', 'email', 'profile'] */
      scopes: z.optional(
        z.array(z.string().check(z.regex(/^[\x21-\x7e]{1,100}$/))).check(z.minLength(1), z.maxLength(20)),
      ),
      /**
       * Who may come in besides the people invited in this council: by e-mail domain, or by a
       * claim's value (e.g. `organizational_unit`). The first that matches gives role and spaces.
       */
      access: z.optional(
        z
          .array(
            z.union([
              z.strictObject({
                emailDomain: z.string().check(z.regex(/^[a-z0-9.-]+\.[a-z]{2,}$/i)),
                role: z.enum(MEMBER_ROLES),
                spaces: z
                  .array(z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/)))
                  .check(z.minLength(1), z.maxLength(100)),
              }),
              z.strictObject({
                claim: z.string().check(z.regex(/^[A-Za-z0-9_.:-]{1,100}$/)),
                equals: z.string().check(z.minLength(1), z.maxLength(200)),
                role: z.enum(MEMBER_ROLES),
                spaces: z
                  .array(z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/)))
                  .check(z.minLength(1), z.maxLength(100)),
              }),
            ]),
          )
          .check(z.maxLength(100)),
      ),
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
