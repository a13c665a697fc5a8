/** How a person gave (or withdrew) consent. */
export const CONSENT_METHODS = ['oral', 'written', 'online'] as const;
export const CONSENT_PURPOSES = ['contact', 'photo', 'attestation', 'publicName'] as const;
