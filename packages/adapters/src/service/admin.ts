// The council's administration: spaces (create, change, archive), staff and invitations,
// the council's settings, and the audit log that records each of these changes (who, when,
// what, before and after). Only an administrator of the council (`Identity.admin`) calls
// these; a space's own staff keep their own settings (`updateSpaceSettings`).
import { DEFAULT_ORGANISATION, type OrganisationStore, type Space, SpaceSchema } from '@participe/core';
import type { ValidBody } from '../contract/api.js';
import type { StaffAccount } from '../identity/identity.types.js';
import type { AdminStore, AuditEntry, CouncilSettings } from './admin.store.js';
import type { Caller, Identity } from './api.js';
import { fail, instant, invalid, isId, type ServiceContext, today } from './context.js';
import { councilSettingsOf } from './council-settings.js';
import { newId } from './crypto.js';
import { messagesIn } from './messages.js';

/** Days to answer when neither the space nor the council says. */
const DEFAULT_ANSWER_DAYS = 60;
const AUDIT_PAGE = 50;

/**
 * The organisation a request is served for. One function, so that reading it from the
 * context (`ctx.organisation`, set by the server per `/o/{slug}/api`) is the only place
 * that knows where it comes from.
 */
export const organisationOf = (ctx: ServiceContext): string =>
  (ctx as ServiceContext & { organisation?: string }).organisation ?? 'default';

/** The administration's records; the service gives every context one. */
function adminOf(ctx: ServiceContext): AdminStore {
  if (!ctx.admin) throw new Error('This service has no administration store (ServiceOptions.admin)');
  return ctx.admin;
}

/** The council's staff accounts: its own part of the identity store. */
const staffOf = (ctx: ServiceContext) => adminOf(ctx).identity.forOrganisation(organisationOf(ctx));

/**
 * Who publishes the council's open data: the name its administrators gave it in the back
 * office, else its organisation's name, else (a single-council server never named) "la
 * collectivité".
 */
export async function publisherOf(ctx: ServiceContext): Promise<string> {
  const store = ctx.store as Partial<Pick<OrganisationStore, 'getOrganisation'>>;
  const id = organisationOf(ctx);
  const [settings, org] = await Promise.all([
    ctx.admin ? councilSettingsOf(id, { admin: ctx.admin }) : null,
    store.getOrganisation?.(id) ?? null,
  ]);
  // The default organisation's own name is a placeholder ("Organisation par défaut").
  const named = org && org.id !== DEFAULT_ORGANISATION ? org.name : null;
  return settings?.name ?? named ?? 'la collectivité';
}

/** The caller, when they administer the council: 401 anonymous, 403 anyone else. */
export function requireAdmin(ctx: ServiceContext): Identity {
  if (!ctx.caller) throw fail(ctx, 401, 'authRequired');
  if (!ctx.caller.admin) throw fail(ctx, 403, 'adminOnly');
  return ctx.caller;
}

/** True for an editor of the council's content, and for its administrators, who are editors too. */
export const isEditor = (caller: Caller): boolean => caller?.admin === true || caller?.editor === true;

/** The caller, when they edit the council's content: 401 anonymous, 403 anyone else. */
export function requireEditor(ctx: ServiceContext): Identity {
  if (!ctx.caller) throw fail(ctx, 401, 'authRequired');
  if (!isEditor(ctx.caller)) throw fail(ctx, 403, 'editorOnly');
  return ctx.caller;
}

/** How a member of staff shows as the actor of a change: their council role before their space role. */
export const actorRole = (caller: Identity): string =>
  caller.admin ? 'admin' : caller.editor ? 'editor' : caller.role;

/** Records one change of an administrator in the council's audit log. */
export async function record(
  ctx: ServiceContext,
  entry: Pick<AuditEntry, 'action' | 'target' | 'before' | 'after'>,
  caller: Identity,
): Promise<boolean> {
  return adminOf(ctx).appendAudit(organisationOf(ctx), {
    id: newId('au'),
    at: instant(ctx),
    actor: { id: caller.memberId, role: actorRole(caller) },
    ...entry,
  });
}

// ---- Spaces ----

type AdminSpace = Space & { version: number };

/** A space's version: the last one its changes recorded; 1 for a space made before (a seed, an import). */
const spaceVersion = async (ctx: ServiceContext, id: string) =>
  Math.max(1, await adminOf(ctx).lastVersion(organisationOf(ctx), { type: 'space', id }));

async function requireAnySpace(ctx: ServiceContext, ref: unknown): Promise<Space> {
  const space = isId(ref) ? await ctx.store.getSpace(ref) : null;
  if (!space) throw fail(ctx, 404, 'spaceNotFound');
  return space;
}

export async function listAdminSpacesQuery(ctx: ServiceContext): Promise<AdminSpace[]> {
  requireAdmin(ctx);
  const spaces = await ctx.store.listSpaces();
  return Promise.all(spaces.map(async (s) => ({ ...s, version: await spaceVersion(ctx, s.id) })));
}

async function slugFree(ctx: ServiceContext, slug: string, self?: string) {
  const other = await ctx.store.getSpace(slug);
  if (other && other.id !== self) throw fail(ctx, 409, 'slugTaken', { slug });
}

export async function createSpaceCommand(ctx: ServiceContext, input: ValidBody<'createSpace'>): Promise<AdminSpace> {
  const caller = requireAdmin(ctx);
  await slugFree(ctx, input.slug);
  // The back office's delay, else the organisation's (`participe org settings`).
  const store = ctx.store as Partial<Pick<OrganisationStore, 'getOrganisation'>>;
  const defaults = await councilSettingsOf(organisationOf(ctx), {
    admin: adminOf(ctx),
    organisations: store.getOrganisation ? { getOrganisation: (id) => store.getOrganisation!(id) } : null,
  });
  const space = SpaceSchema.parse({
    id: newId('s'),
    charter: { text: '', adoptedOn: null },
    composition: {},
    createdOn: today(ctx),
    answerWithinDays: defaults?.answerWithinDays ?? DEFAULT_ANSWER_DAYS,
    ...input,
  });
  await ctx.store.putSpace(space);
  await record(
    ctx,
    { action: 'space.create', target: { type: 'space', id: space.id, version: 1 }, before: null, after: space },
    caller,
  );
  return { ...space, version: 1 };
}

/**
 * Writes `next` over `current` if nobody changed it since `expectedVersion`: the change
 * claims the next version in the audit log first, so of two saves from the same version
 * only one is recorded and written.
 */
async function saveSpace(
  ctx: ServiceContext,
  caller: Identity,
  current: Space,
  next: Space,
  action: AuditEntry['action'],
  expectedVersion: number | undefined,
): Promise<AdminSpace> {
  const version = await spaceVersion(ctx, current.id);
  const expected = expectedVersion ?? version;
  const conflict = () => fail(ctx, 409, 'spaceConflict', { current: version }, [], { ETag: `"${version}"` });
  if (expected !== version) throw conflict();
  const claimed = await record(
    ctx,
    { action, target: { type: 'space', id: current.id, version: version + 1 }, before: current, after: next },
    caller,
  );
  if (!claimed) throw conflict();
  await ctx.store.putSpace(next);
  return { ...next, version: version + 1 };
}

export async function updateSpaceCommand(
  ctx: ServiceContext,
  ref: unknown,
  patch: ValidBody<'updateSpace'>,
  expectedVersion: number | undefined,
): Promise<AdminSpace> {
  const caller = requireAdmin(ctx);
  const current = await requireAnySpace(ctx, ref);
  if (patch.slug !== undefined && patch.slug !== current.slug) await slugFree(ctx, patch.slug, current.id);
  const next: Space = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined) Object.assign(next, { [key]: value });
  }
  return saveSpace(ctx, caller, current, next, 'space.update', expectedVersion);
}

export async function archiveSpaceCommand(
  ctx: ServiceContext,
  ref: unknown,
  { archived }: ValidBody<'archiveSpace'>,
  expectedVersion: number | undefined,
): Promise<AdminSpace> {
  const caller = requireAdmin(ctx);
  const current = await requireAnySpace(ctx, ref);
  const next: Space = { ...current, archivedOn: archived ? (current.archivedOn ?? today(ctx)) : null };
  return saveSpace(ctx, caller, current, next, archived ? 'space.archive' : 'space.restore', expectedVersion);
}

// ---- Staff ----

export type StaffView = Omit<StaffAccount, 'providerSubject' | 'memberId' | 'admin' | 'editor'> & {
  admin: boolean;
  editor: boolean;
};

const staffView = ({ providerSubject: _p, memberId: _m, ...a }: StaffAccount): StaffView => ({
  ...a,
  admin: a.admin === true,
  editor: a.editor === true,
});

export async function listStaffQuery(ctx: ServiceContext): Promise<StaffView[]> {
  requireAdmin(ctx);
  return (await staffOf(ctx).listAccounts()).map(staffView);
}

/**
 * Invites someone by e-mail, or changes the role and spaces of an existing account (a removed
 * one comes back invited): their next sign-in with this e-mail at the identity provider
 * activates it. Every space named must exist.
 */
export async function inviteStaffCommand(ctx: ServiceContext, input: ValidBody<'inviteStaff'>): Promise<StaffView> {
  const caller = requireAdmin(ctx);
  const missing: number[] = [];
  for (const [i, ref] of input.spaceIds.entries()) if (!(await ctx.store.getSpace(ref))) missing.push(i);
  if (missing.length > 0) {
    const message = messagesIn(ctx.locale).errors.spaceNotFound();
    throw invalid(
      ctx,
      missing.map((i) => ({ path: `spaceIds.${i}`, message })),
    );
  }
  const identity = staffOf(ctx);
  const email = input.email.trim().toLowerCase();
  const existing = await identity.findAccount({ email });
  const at = instant(ctx);
  const base: StaffAccount = existing ?? {
    id: newId('acc'),
    email,
    displayName: null,
    role: input.role,
    spaceIds: [],
    memberId: '',
    status: 'invited',
    via: 'invitation',
    providerSubject: null,
    createdAt: at,
    activatedAt: null,
    removedAt: null,
  };
  const next: StaffAccount = {
    ...base,
    memberId: base.memberId || base.id,
    role: input.role,
    spaceIds: [...new Set(input.spaceIds)],
    admin: input.admin === true,
    editor: input.editor === true,
    via: 'invitation',
    ...(input.displayName !== undefined ? { displayName: input.displayName } : {}),
    ...(base.status === 'removed' ? { status: 'invited' as const, removedAt: null, providerSubject: null } : {}),
  };
  await identity.putAccount(next);
  await record(
    ctx,
    {
      action: existing ? 'staff.update' : 'staff.invite',
      target: { type: 'staff', id: next.id, version: null },
      before: existing ? staffView(existing) : null,
      after: staffView(next),
    },
    caller,
  );
  return staffView(next);
}

/** Removes a member of staff (or withdraws an invitation): sessions end, tokens are refused from the next call. */
export async function revokeStaffCommand(ctx: ServiceContext, id: unknown): Promise<StaffView> {
  const caller = requireAdmin(ctx);
  const identity = staffOf(ctx);
  const account = isId(id) ? await identity.findAccount({ id }) : null;
  if (!account) throw fail(ctx, 404, 'invitationNotFound');
  if (account.status === 'removed') return staffView(account);
  const at = instant(ctx);
  const next: StaffAccount = { ...account, status: 'removed', removedAt: at };
  await identity.putAccount(next);
  await identity.endSessions({ accountId: account.id }, at);
  await identity.revokeSubject(account.id, at);
  await record(
    ctx,
    {
      action: 'staff.revoke',
      target: { type: 'staff', id: account.id, version: null },
      before: staffView(account),
      after: staffView(next),
    },
    caller,
  );
  return staffView(next);
}

// ---- Council settings ----

export type CouncilSettingsView = CouncilSettings & { version: number };

export async function getCouncilSettingsQuery(ctx: ServiceContext): Promise<CouncilSettingsView> {
  requireAdmin(ctx);
  const found = await adminOf(ctx).getSettings(organisationOf(ctx));
  return found ? { ...found.settings, version: found.version } : { version: 0 };
}

export async function updateCouncilSettingsCommand(
  ctx: ServiceContext,
  input: ValidBody<'updateCouncilSettings'>,
  expectedVersion: number | undefined,
): Promise<CouncilSettingsView> {
  const caller = requireAdmin(ctx);
  const organisation = organisationOf(ctx);
  const current = await adminOf(ctx).getSettings(organisation);
  const version = current?.version ?? 0;
  const expected = expectedVersion ?? version;
  const conflict = (v: number) => fail(ctx, 409, 'settingsConflict', { current: v }, [], { ETag: `"${v}"` });
  if (expected !== version) throw conflict(version);
  const settings: CouncilSettings = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
  if (!(await adminOf(ctx).putSettings(organisation, settings, version))) {
    throw conflict((await adminOf(ctx).getSettings(organisation))?.version ?? version);
  }
  await record(
    ctx,
    {
      action: 'settings.update',
      target: { type: 'settings', id: organisation, version: version + 1 },
      before: current?.settings ?? null,
      after: settings,
    },
    caller,
  );
  return { ...settings, version: version + 1 };
}

// ---- Audit log ----

export async function listAuditQuery(
  ctx: ServiceContext,
  query: { before?: number | undefined; limit?: number | undefined },
): Promise<{ items: AuditEntry[]; next: number | null }> {
  requireAdmin(ctx);
  const limit = query.limit ?? AUDIT_PAGE;
  const rows = await adminOf(ctx).listAudit(organisationOf(ctx), {
    ...(query.before !== undefined ? { before: query.before } : {}),
    limit: limit + 1,
  });
  const items = rows.slice(0, limit);
  return { items, next: rows.length > limit ? (items.at(-1)?.seq ?? null) : null };
}
