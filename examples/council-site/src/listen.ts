import { type Handler, type Served, serve } from '@participe/adapters/server';

export interface Listening {
  served: Served;
  /** The port asked for was taken, so the system picked a free one. */
  fellBack: boolean;
}

/** Listens on `port`; when another program holds it, on any free port instead. */
export async function listen(handler: Handler, port: number, host: string): Promise<Listening> {
  try {
    return { served: await serve(handler, { port, host }), fellBack: false };
  } catch (error) {
    if (port === 0 || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    return { served: await serve(handler, { port: 0, host }), fellBack: true };
  }
}
