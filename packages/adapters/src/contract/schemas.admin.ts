// The administration's requests and answers: a council's administrator creates, changes
// and archives spaces, invites staff and sets the council's defaults; every change is in
// the audit log. Shapes reuse core's Space fields, so a space made here is one the rest of
// the API reads.
import { MEMBER_ROLES, NOTIFICATION_KINDS, SpaceSchema } from '@participe/core';
import * as z from 'zod/mini';

const described = <S extends z.ZodMiniType>(schema: S, description: string) =>
  schema.check(z.describe(description)) as S;

const S = SpaceSchema.shape;

/** What an administrator chooses about a space; the rest (id, dates, charter) is the server's. */
const SpaceFields = {
  slug: described(S.slug, 'Short name in addresses and embeds, e.g. `groupe-rsa-sud`.'),
  name: S.name,
  /** The kind of group: the policy it works on. */
  policyArea: described(S.policyArea, 'The kind of group: the policy it works on, e.g. `Insertion`.'),
  territory: S.territory,
  answerWithinDays: z.optional(z.int().check(z.gte(1), z.lte(365))),
  premoderation: z.optional(z.boolean()),
  themes: z.optional(S.themes.def.innerType),
  meetingCadence: z.optional(S.meetingCadence.def.innerType),
  renewalMonths: z.optional(z.int().check(z.gte(1), z.lte(60))),
} as const;

/** `POST /api/admin/spaces`: a new space. Answer delay defaults to the council's. */
export const SpaceCreateSchema = z.strictObject(SpaceFields);

/** `POST /api/admin/spaces/{space}`: the fields to change, at least one. */
export const SpacePatchSchema = z
  .strictObject({
    slug: z.optional(SpaceFields.slug),
    name: z.optional(SpaceFields.name),
    policyArea: z.optional(SpaceFields.policyArea),
    territory: z.optional(SpaceFields.territory),
    answerWithinDays: SpaceFields.answerWithinDays,
    premoderation: SpaceFields.premoderation,
    themes: SpaceFields.themes,
    meetingCadence: SpaceFields.meetingCadence,
    renewalMonths: SpaceFields.renewalMonths,
  })
  .check(
    z.refine((patch) => Object.keys(patch).length > 0, {
      message: 'Name at least one field to change, e.g. {"name": "Groupe ressource RSA du secteur Sud"}.',
    }),
  );

/** `POST /api/admin/spaces/{space}/archive`: archive (or bring back) a space. */
export const SpaceArchiveSchema = z.strictObject({
  archived: described(z.boolean(), '`true` archives the space; `false` brings it back.'),
});

/** A space as administrators see it: with its version, for `If-Match`. */
export const AdminSpaceSchema = z.extend(SpaceSchema, { version: z.int().check(z.gte(1)) });

const EMAIL = /^[^\s@<>]{1,64}@[^\s@<>]+\.[^\s@<>]{2,}$/;
export const EmailSchema = described(
  z.string().check(z.maxLength(254), z.regex(EMAIL)),
  'An e-mail address, e.g. `camille.martin@departement.example`.',
);
const SpaceRef = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/));

/** `POST /api/admin/staff`: invite a member of staff (or change an invitation). */
export const StaffInviteSchema = z.strictObject({
  email: EmailSchema,
  role: z.enum(MEMBER_ROLES),
  spaceIds: z.array(SpaceRef).check(z.maxLength(100)),
  /** An administrator of the council (every right of an editor included). @default false */
  admin: z.optional(z.boolean()),
  /** An editor of the council: edits its content and reviews practice sheets, not the administration. @default false */
  editor: z.optional(z.boolean()),
  displayName: z.optional(z.nullable(z.string().check(z.minLength(1), z.maxLength(120)))),
});

/** A staff account as administrators see it (never the provider's subject). */
export const StaffViewSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.nullable(z.string()),
  role: z.enum(MEMBER_ROLES),
  spaceIds: z.array(z.string()),
  admin: z.boolean(),
  editor: z.boolean(),
  status: z.enum(['invited', 'active', 'removed']),
  via: z.enum(['invitation', 'rule']),
  createdAt: z.string(),
  activatedAt: z.nullable(z.string()),
  removedAt: z.nullable(z.string()),
});

/** The council's settings, as sent. */
export const CouncilSettingsInputSchema = z.strictObject({
  name: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  mailFrom: z.optional(
    described(
      z
        .string()
        .check(
          z.maxLength(200),
          z.regex(/^[^<>\r\n]*<[^\s@<>]+@[^\s@<>]+\.[^\s@<>]{2,}>$|^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]{2,}$/),
        ),
      'Sender of notifications, e.g. `Participation <participation@cd93.fr>`.',
    ),
  ),
  answerWithinDays: z.optional(z.int().check(z.gte(1), z.lte(365))),
});

/** The council's settings with their version (0 while none were saved). */
export const CouncilSettingsSchema = z.extend(CouncilSettingsInputSchema, { version: z.int().check(z.gte(0)) });

/** `GET /api/admin/audit`. */
export const AuditQuerySchema = z.object({
  before: z.optional(described(z.int().check(z.gte(1)), '`next` of the previous page.')),
  limit: z.optional(described(z.int().check(z.gte(1), z.lte(100)), 'How many, 50 by default.')),
});

export const AuditEntrySchema = z.object({
  id: z.string(),
  seq: z.int(),
  at: z.string(),
  actor: z.object({ id: z.nullable(z.string()), role: z.string() }),
  action: z.string(),
  target: z.object({ type: z.string(), id: z.string(), version: z.nullable(z.int()) }),
  before: z.unknown(),
  after: z.unknown(),
});

export const AuditPageSchema = z.object({
  items: z.array(AuditEntrySchema),
  /** Pass as `before` for the next page; null on the last. */
  next: z.nullable(z.int()),
});

/** `GET /api/admin/outbox/dead`. */
export const DeadLetterQuerySchema = z.object({
  cursor: z.optional(described(z.string().check(z.maxLength(200)), '`next` of the previous page.')),
  limit: z.optional(described(z.int().check(z.gte(1), z.lte(100)), 'How many, 50 by default.')),
});

/** A notification given up on after its last attempt: never the address, the number or the text. */
export const DeadLetterSchema = z.object({
  id: z.string(),
  contributionId: z.string(),
  kind: z.enum(NOTIFICATION_KINDS),
  channel: described(z.enum(['email', 'sms', 'none']), 'How it was to reach the author.'),
  attempts: z.int(),
  lastError: z.nullable(described(z.string(), 'The last error’s kind and code, e.g. `SmtpError 550`.')),
  createdAt: z.string(),
  deadAt: described(z.string(), 'When it was set aside.'),
});

export const DeadLetterPageSchema = z.object({
  items: z.array(DeadLetterSchema),
  /** Pass as `cursor` for the next page; null on the last. */
  next: z.nullable(z.string()),
});

/** A dead letter put back in the queue: the dispatcher sends it on its next pass. */
export const RevivedDeadLetterSchema = z.extend(DeadLetterSchema, { revivedAt: z.string() });
