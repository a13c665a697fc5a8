// The smallest use of the same libraries: an empty machine and a one-field schema.
import { setup } from 'xstate';
import { config, object, string } from 'zod/mini';

config({ jitless: true });
export const schema = object({ a: string() });
export const machine = setup({}).createMachine({ initial: 'a', states: { a: {} } });
