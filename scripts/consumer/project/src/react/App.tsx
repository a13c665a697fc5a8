// A React 19 page with the elements: their props and events are typed from the manifest
// (`@participe/widgets/react`). The `@ts-expect-error` lines prove the types are not `any`.

import type { ParticipeSubmittedDetail } from '@participe/widgets';
import type {} from '@participe/widgets/react';
import '@participe/widgets/participe-contribution-form.js';
import '@participe/widgets/participe-contribution-list.js';

export function ProposalForm({ onSent }: { onSent: (detail: ParticipeSubmittedDetail) => void }) {
  return (
    <participe-contribution-form
      endpoint="https://participe.example.fr/api"
      space="groupe-rsa-nord"
      follow-up-url="https://www.example.fr/suivi?code={code}"
      variant="falc"
      onparticipe-submitted={(e) => onSent(e.detail)}
    />
  );
}

export function Contributions() {
  return (
    <participe-contribution-list
      endpoint="https://participe.example.fr/api"
      space="groupe-rsa-nord"
      page-size={20}
      onparticipe-select={(e) => console.log(e.detail.contributionId)}
    />
  );
}

export function Mistakes() {
  return (
    <>
      {/* @ts-expect-error: `variant` is "standard" or "falc" */}
      <participe-contribution-form variant="large" />
      {/* @ts-expect-error: `page-size` is a number */}
      <participe-contribution-list page-size="twenty" />
      <participe-contribution-list
        // @ts-expect-error: the event says which contribution, never its words
        onparticipe-select={(e) => e.detail.text}
      />
      {/* @ts-expect-error: no such element */}
      <participe-contribution-forms />
    </>
  );
}
