/** Error statuses shared by route groups, for the documentation. */
export const READ_ERRORS = [400, 404] as const;
export const BODY_ERRORS = [400, 413, 415, 422] as const;
