// The administration widgets' port (`AdministrationBackend` in core) over any `ParticipeApi`:
// the HTTP client with an administrator's token, or the service in-process for a caller.
import type { AdministrationBackend } from '@participe/core';
import type { ParticipeApi } from './api.js';
import { translated } from './backend.js';

export function toAdministrationBackend(api: ParticipeApi): AdministrationBackend {
  return {
    listSpaces: () => translated(() => api.listAdminSpaces()),
    createSpace: (fields) => translated(() => api.createSpace(fields)),
    updateSpace: (id, patch, expectedVersion) => translated(() => api.updateSpace(id, patch, { expectedVersion })),
    archiveSpace: (id, archived, expectedVersion) =>
      translated(() => api.archiveSpace(id, { archived }, { expectedVersion })),
    listStaff: () => translated(() => api.listStaff()),
    inviteStaff: (invitation) =>
      translated(() => api.inviteStaff({ ...invitation, spaceIds: [...invitation.spaceIds] })),
    revokeStaff: (id) => translated(() => api.revokeStaff(id, {})),
    getSettings: () => translated(() => api.getCouncilSettings()),
    updateSettings: (settings, expectedVersion) =>
      translated(() => api.updateCouncilSettings(settings, { expectedVersion })),
  };
}
