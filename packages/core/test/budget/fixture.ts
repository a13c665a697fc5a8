// What a widget imports from core to drive a contribution form.
export { ContributionInputSchema, contributionMachine } from '@participe/core';
