import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  type Actor,
  type AnyActorLogic,
  createActor,
  type EventFromLogic,
  type InputFrom,
  type Snapshot,
  type SnapshotFrom,
} from 'xstate';

/**
 * Binds an XState actor to a Lit element: the element renders `snapshot` and calls
 * `send`; nothing else holds state. The actor starts when the element is connected and
 * stops when it leaves the page. `restart()` swaps in a new actor (new input). `resumeFrom`
 * starts it from a saved state instead of its initial one (a restored draft). `restartOn`:
 * values (the element's properties) whose change, seen before a render, means a new actor.
 */
export class ActorController<TLogic extends AnyActorLogic> implements ReactiveController {
  #actor: Actor<TLogic> | undefined;
  #unsubscribe: (() => void) | undefined;
  /** `restartOn()` as it was when the actor started. */
  #startedWith: readonly unknown[] = [];

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly logic: () => TLogic,
    private readonly input: () => InputFrom<TLogic>,
    private readonly resumeFrom: () => Snapshot<unknown> | undefined = () => undefined,
    private readonly restartOn: () => readonly unknown[] = () => [],
  ) {
    host.addController(this);
  }

  get actor(): Actor<TLogic> {
    if (!this.#actor) this.#start();
    return this.#actor!;
  }

  get snapshot(): SnapshotFrom<TLogic> {
    return this.actor.getSnapshot();
  }

  send(event: EventFromLogic<TLogic>): void {
    this.actor.send(event);
  }

  restart(): void {
    this.#stop();
    this.#start();
    this.host.requestUpdate();
  }

  hostConnected(): void {
    if (!this.#actor) this.#start();
  }

  hostDisconnected(): void {
    this.#stop();
  }

  hostUpdate(): void {
    if (this.#actor && this.restartOn().some((v, i) => v !== this.#startedWith[i])) this.restart();
  }

  #start() {
    this.#startedWith = this.restartOn();
    const snapshot = this.resumeFrom();
    const actor = createActor(this.logic(), { input: this.input(), ...(snapshot ? { snapshot } : {}) } as never);
    const sub = actor.subscribe({
      next: () => this.host.requestUpdate(),
      error: () => this.host.requestUpdate(),
    });
    this.#unsubscribe = () => sub.unsubscribe();
    this.#actor = actor as Actor<TLogic>;
    actor.start();
  }

  #stop() {
    this.#unsubscribe?.();
    this.#actor?.stop();
    this.#actor = undefined;
  }
}
