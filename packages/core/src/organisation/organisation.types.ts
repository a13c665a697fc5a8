import type * as z from '../zod.js';
import type { ORGANISATION_KINDS, OrganisationSchema, OrganisationSettingsSchema } from './organisation.schema.js';

export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
export type OrganisationSettings = z.infer<typeof OrganisationSettingsSchema>;
export type Organisation = z.infer<typeof OrganisationSchema>;
