// The seed writes history: a fake clock, handed to the service as its `now`, so every
// event gets a past timestamp while going through the real service and machines.
const DAY = 86_400_000;

export class FakeClock {
  #now: Date;

  constructor(readonly anchor: Date) {
    this.#now = anchor;
  }

  readonly now = (): Date => this.#now;

  /** Moves to `daysAgo` days before the anchor. A seed step in the future is a mistake in the data. */
  goTo(daysAgo: number): void {
    if (daysAgo < 0) throw new Error(`seed: a step lands ${-daysAgo} days after "now"`);
    this.#now = new Date(this.anchor.getTime() - daysAgo * DAY);
  }

  /** The calendar day `daysFromNow` days from the anchor (negative: in the past), `YYYY-MM-DD`. */
  day(daysFromNow: number): string {
    return new Date(this.anchor.getTime() + daysFromNow * DAY).toISOString().slice(0, 10);
  }
}
