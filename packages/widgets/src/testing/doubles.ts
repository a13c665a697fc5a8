// Back-end doubles for browser tests and stories (never shipped): any back end (citizen's or
// professional's) whose chosen methods wait, or fail, until the test says so.

/** A back end whose chosen methods wait for `open()`: never opened, they stay pending (loading states). */
export function gated<B extends object>(backend: B, methods: Array<keyof B>) {
  let open!: () => void;
  const gate = new Promise<void>((r) => {
    open = r;
  });
  return { backend: wrapped(backend, methods, () => gate), open };
}

/** A back end whose chosen methods fail with `error` until `heal()`. */
export function failing<B extends object>(backend: B, methods: Array<keyof B>, error: unknown) {
  let broken = true;
  const check = async () => {
    if (broken) throw error;
  };
  return {
    backend: wrapped(backend, methods, check),
    heal: () => {
      broken = false;
    },
  };
}

/**
 * A back end that refuses the chosen methods without a token, as the API does: each call reads
 * `token()` as it goes out (`tokens` lists what each went out with); one without a token waits
 * for `answer()`, then is refused (401). For a host page that signs in while a request is on its way.
 */
export function signedInLate<B extends object>(backend: B, methods: Array<keyof B>, token: () => string | null) {
  const tokens: Array<string | null> = [];
  const held: Array<() => void> = [];
  const check = async () => {
    const sent = token();
    tokens.push(sent);
    if (sent) return;
    await new Promise<void>((r) => held.push(r));
    throw { kind: 'unauthorized', status: 401, message: 'Sign in first.' };
  };
  return {
    backend: wrapped(backend, methods, check),
    tokens,
    answer: () => {
      for (const r of held.splice(0)) r();
    },
  };
}

/** `backend` with `before()` awaited ahead of each chosen method. */
function wrapped<B extends object>(backend: B, methods: Array<keyof B>, before: () => Promise<void>): B {
  const copy = { ...backend };
  for (const m of methods) {
    const original = backend[m] as (...args: unknown[]) => Promise<unknown>;
    (copy as Record<keyof B, unknown>)[m] = async (...args: unknown[]) => {
      await before();
      return original(...args);
    };
  }
  return copy;
}
