/**
 * The server's drivers (`pg`, `@electric-sql/pglite`, `nodemailer`) are optional peer
 * dependencies: a page that installs the widgets never gets them, and a server installs the
 * ones it uses. This loads one when it is first needed, or says which package to install.
 */
export class MissingDependencyError extends Error {
  override readonly name = 'MissingDependencyError';
  constructor(
    readonly packageName: string,
    purpose: string,
  ) {
    super(`${purpose} needs the package "${packageName}", which is not installed: npm install ${packageName}`);
  }
}

/** True when `error` says that `name` itself could not be found (not one of its own imports). */
function isMissing(error: unknown, name: string): boolean {
  const e = error as { code?: unknown; message?: unknown } | null;
  return (
    (e?.code === 'ERR_MODULE_NOT_FOUND' || e?.code === 'MODULE_NOT_FOUND') &&
    typeof e.message === 'string' &&
    (e.message.includes(`'${name}'`) || e.message.includes(`"${name}"`))
  );
}

/** `load` is `() => import('the-package')`, written out so bundlers and the compiler see it. */
export async function loadOptional<T>(name: string, purpose: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (isMissing(error, name)) throw new MissingDependencyError(name, purpose);
    throw error;
  }
}
