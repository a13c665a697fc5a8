import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { PublicSpace } from '../store/backend.port.js';
import { connectContributionForm, newIdempotencyKey } from './contribution-form.connect.js';
import { contributionFormMachine } from './contribution-form.machine.js';
import type { ContributionFormEvent, ContributionFormInput } from './contribution-form.types.js';

const SPACE = { id: 's_1', answerWithinDays: 60, themes: [{ id: 'mobilite', label: 'Mobilité' }] } as PublicSpace;

/** A live form and its api, read again after each intent. */
function form(input: Partial<ContributionFormInput> = {}) {
  const actor = createActor(contributionFormMachine, { input: { spaceId: 's_1', idempotencyKey: 'k1', ...input } });
  const sent: ContributionFormEvent[] = [];
  actor.start();
  const api = () =>
    connectContributionForm(actor.getSnapshot(), (e) => {
      sent.push(e);
      actor.send(e);
    });
  return { actor, api, sent };
}

describe('connectContributionForm', () => {
  it('shows step 1 of the steps this form has from the start, before the group or a draft arrives', () => {
    const { api } = form({ kinds: ['question'] });
    expect(api()).toMatchObject({ view: 'form', step: 'content', steps: ['content', 'place', 'followUp', 'review'] });
    expect([api().position, api().canGoBack]).toEqual([1, false]);
  });

  it('gives each control its ids, value, error and description', () => {
    const { api } = form();
    expect(api().getFieldProps('kind', true)).toEqual({
      id: 'f-kind',
      name: 'kind',
      hintId: 'h-kind',
      errorId: 'e-kind',
      value: '',
      error: undefined,
      invalid: 'false',
      describedBy: 'h-kind',
    });
    api().submit();
    expect(api().fieldsInError).toEqual(['kind']);
    expect(api().getFieldProps('kind')).toMatchObject({
      invalid: 'true',
      describedBy: 'e-kind',
      error: { code: 'required' },
    });
    expect(api().getFieldProps('kind', true).describedBy).toBe('h-kind e-kind');
  });

  it('turns each intent into its event: Continue, or Send on the review; a fresh key for a new contribution', () => {
    const { api, sent } = form({ draft: { values: { kind: 'proposal' }, step: 'review' } });
    api().submit();
    api().edit('content');
    api().change('title', 'Un bus');
    api().back();
    api().startOver();
    expect(sent.map((e) => e.type)).toEqual(['form.submit', 'form.edit', 'form.change', 'form.back', 'form.startOver']);
    api().submit();
    expect(sent.at(-1)).toEqual({ type: 'form.next' });
    const key = (sent[4] as { idempotencyKey: string }).idempotencyKey;
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(newIdempotencyKey()).not.toBe(key);
  });

  it('shows the themes once the group arrives, and the service as unavailable when it cannot', () => {
    const { actor, api } = form();
    expect(api().themes).toBeNull();
    actor.send({ type: 'form.space', space: SPACE });
    expect(api().themes).toEqual(SPACE.themes);
    actor.send({ type: 'form.space', space: null });
    expect(api().view).toBe('unavailable');
  });

  it('announces an outcome only when it arrived while focus was elsewhere', () => {
    const away = form({ pending: true, draft: { values: {}, step: 'review' } });
    expect(away.api()).toMatchObject({ view: 'queued', announce: 'queued' });
    const inside = form({ draft: { values: {}, step: 'review' } });
    inside.api().setFocusWithin(true);
    inside.actor.send({
      type: 'form.restore',
      saved: { draft: { values: {}, step: 'review', idempotencyKey: 'k1' }, pending: true },
    });
    expect(inside.api()).toMatchObject({ view: 'queued', announce: undefined });
  });

  it('says what a refusal says, and nothing for an error worth retrying', () => {
    const { actor, api } = form({ pending: true, draft: { values: {}, step: 'review' } });
    actor.send({ type: 'form.rejected', failure: { kind: 'rejected', message: 'Hors du sujet du groupe' } });
    expect(api()).toMatchObject({ view: 'failed', refusal: 'Hors du sujet du groupe', announce: 'failed' });
    const other = form({ pending: true, draft: { values: {}, step: 'review' } });
    other.actor.send({ type: 'form.rejected', failure: { kind: 'error', message: '500' } });
    expect(other.api().refusal).toBeUndefined();
  });
});
