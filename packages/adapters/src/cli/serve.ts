// `participe serve`: the REST API, and optionally the widgets and the council's pages, with
// the notification dispatcher, JSON logs, metrics, readiness and a graceful stop.
import type { Logger } from 'pino';
import { createCouncilSignIn } from '../identity/council-sign-in.js';
import { requireJose } from '../identity/keys.js';
import { createOidcClient, requireOpenIdClient } from '../identity/oidc.js';
import { SIGN_IN_PATHS } from '../identity/sign-in.js';
import { type NotificationDispatcher, startNotificationDispatcher } from '../notifications/dispatch.js';
import { createFileMailer } from '../notifications/file.mailer.js';
import { createHttpFormSmsGateway } from '../notifications/sms.http.js';
import { createSmsInbound, SMS_INBOUND_PATH } from '../notifications/sms.inbound.js';
import { createNumberHasher, type SmsGateway } from '../notifications/sms.js';
import { createOvhSmsGateway } from '../notifications/sms.ovh.js';
import { createSmtpMailer } from '../notifications/smtp.mailer.js';
import { createServerMetrics, type PromClientModule } from '../operate/metrics.js';
import { createReadiness } from '../operate/readiness.js';
import { createRequestLog, safeError } from '../operate/request-log.js';
import { createSite } from '../operate/site.js';
import { openSqlOutbox } from '../postgres/outbox.sql.js';
import { organisationFigures } from '../postgres/status.js';
import { type ConnectionInfo, createHandler } from '../server/handler.js';
import type { Incoming } from '../server/incoming.js';
import { createClientAddress } from '../server/rate-limit.js';
import { serve } from '../server/serve.js';
import { createTokenService } from '../server/tokens.js';
import { loadOptional } from '../shared/optional.js';
import {
  configFlags,
  type Env,
  issuerOf,
  loadServerConfig,
  type MailConfig,
  type ServerConfig,
  type SmsConfig,
} from './config.js';
import { describeDatabase, openDatabase } from './database.js';
import type { CommandResult } from './token.js';
import { VERSION } from './version.js';

export const SERVE_USAGE = `Usage: participe serve [--config participe.json]

Serves the Participe REST API under /api (and /api/ready, /metrics), migrates the database
first, sends the e-mails the outbox holds, and stops gracefully on SIGTERM or SIGINT.
Settings come from the environment or a JSON file of the same names (the environment wins);
a wrong or missing one stops start-up with exit code 2. The main ones:

  DATABASE_URL             PostgreSQL server; unset: the embedded database in PARTICIPE_DATA_DIR
  PARTICIPE_DATA_DIR       folder of the embedded database (default ./participe-data)
  PARTICIPE_TOKEN_SECRET   seals the keys that sign access tokens (at least 32 characters), required
  PARTICIPE_SMTP_URL       mail relay, with PARTICIPE_MAIL_FROM; or PARTICIPE_MAIL_DIR (.eml files)
  PARTICIPE_SMS_URL        text messages to authors with a phone only: ovh://… or an https form gateway
  PARTICIPE_OIDC_ISSUER, PARTICIPE_OIDC_CLIENT_ID, PARTICIPE_OIDC_CLIENT_SECRET
                           staff sign-in with the council's identity provider, under /auth/
  PARTICIPE_HOST, PARTICIPE_PORT, PARTICIPE_PUBLIC_URL, PARTICIPE_CORS_ORIGINS,
  PARTICIPE_RATE_LIMIT(_WRITE), PARTICIPE_TRUST_PROXY, PARTICIPE_CLIENT_IP_HEADER, PARTICIPE_LOG_LEVEL, PARTICIPE_WIDGETS_PATH,
  PARTICIPE_STATIC_DIR, PARTICIPE_METRICS_TOKEN, PARTICIPE_SHUTDOWN_TIMEOUT, ...
  (every setting: README, "Run it for a council")

  --config   a JSON file, e.g. { "PARTICIPE_PORT": 8080, "PARTICIPE_CORS_ORIGINS": ["https://ville.example"] }

Example:
  PARTICIPE_TOKEN_SECRET=$(openssl rand -base64 48) PARTICIPE_MAIL_DIR=./mail participe serve`;

/** The optional peers a server needs beside its database driver. */
export interface ServerModules {
  pino: typeof import('pino').pino;
  prom: PromClientModule;
}

export async function loadServerModules(config?: Pick<ServerConfig, 'oidc'>): Promise<ServerModules> {
  const [pinoModule, promModule] = await Promise.all([
    loadOptional('pino', 'The server’s logs (participe serve)', () => import('pino')),
    loadOptional('prom-client', 'The server’s metrics (participe serve)', () => import('prom-client')),
    // Loaded when first needed; asked for here so that a missing one stops start-up, named.
    requireJose(),
    config?.oidc ? requireOpenIdClient() : null,
  ]);
  return { pino: pinoModule.pino, prom: (promModule as { default?: PromClientModule }).default ?? promModule };
}

export function createLogger(modules: ServerModules, level: ServerConfig['logLevel']): Logger {
  return modules.pino({
    level,
    base: { name: 'participe' },
    timestamp: modules.pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  });
}

export interface RunningServer {
  /** Where it listens, e.g. `http://127.0.0.1:8080`. */
  url: string;
  /** Stops accepting, lets requests in progress finish, stops the dispatcher, closes the store. */
  stop(reason?: string): Promise<void>;
}

export async function startServer(
  config: ServerConfig,
  logger: Logger,
  prom: PromClientModule,
): Promise<RunningServer> {
  const db = await openDatabase(config.database);
  logger.info({ database: describeDatabase(config.database), applied: db.applied }, 'database ready');
  const mailer = createMailer(config.mail);
  if ('verify' in mailer) {
    // A mail server that is down delays e-mails, not contributions: start anyway, say so.
    mailer.verify().then(
      () => logger.info('mail server reachable'),
      (error: unknown) =>
        logger.warn({ err: safeError(error) }, 'mail server not reachable; e-mails wait in the outbox'),
    );
  }
  const metrics = createServerMetrics(prom, { figures: (now) => organisationFigures(db.driver, now) });
  // Claimed row by row (FOR UPDATE SKIP LOCKED): several processes on one database each run a
  // dispatcher, and each notification leaves once.
  const outbox = await openSqlOutbox(db.driver).catch(async (error: unknown) => {
    await db.close();
    throw error;
  });
  const hashNumber = createNumberHasher(config.tokenSecret);
  const sms = config.sms
    ? {
        gateway: createSmsGateway(config.sms),
        optOuts: outbox,
        hashNumber,
        wording: config.sms.wording,
        quietHours: config.sms.quietHours === false ? (false as const) : { ...config.sms.quietHours },
      }
    : null;
  let dispatcher: NotificationDispatcher | null = startNotificationDispatcher({
    store: db.store,
    // The back office's council settings (mail sender) win over the organisation's.
    ...(db.admin ? { admin: db.admin } : {}),
    mailer,
    outbox,
    retry: { maxAttempts: config.notifyMaxAttempts },
    ...(sms ? { sms } : {}),
    intervalMs: config.notifyIntervalMs,
    ...(config.followUpUrl ? { followUpUrl: config.followUpUrl } : {}),
    onRun: ({ sent, skipped, failed, deferred }) => {
      metrics.dispatched({ sent: sent.length, skipped: skipped.length, failed: failed.length });
      if (sent.length + skipped.length + failed.length + deferred.length === 0) return;
      const dead = failed.filter((f) => f.dead).length;
      const fields = {
        sent: sent.length,
        skipped: skipped.length,
        failed: failed.length,
        ...(deferred.length ? { deferred: deferred.length } : {}),
        ...(dead ? { dead } : {}),
        // The mail server's words can quote the address: only the error's kind and code.
        ...(failed.length ? { errors: failed.slice(0, 5).map((f) => safeError(f.error)) } : {}),
      };
      if (failed.length)
        logger.warn(fields, dead ? 'notifications (some set aside: participe outbox dead)' : 'notifications');
      else logger.info(fields, 'notifications');
    },
    onError: (error) => logger.warn({ err: safeError(error) }, 'notification pass failed'),
  });
  const smsInbound = config.sms?.inboundToken
    ? createSmsInbound({ token: config.sms.inboundToken, optOuts: outbox, hashNumber })
    : null;
  let stopping = false;
  const behindProxy = typeof config.trustProxy === 'number' ? config.trustProxy > 0 : config.trustProxy.length > 0;
  const log = createRequestLog(logger, { trustRequestId: behindProxy });
  const tokens = createTokenService({ store: db.identity, secret: config.tokenSecret, issuer: issuerOf(config) });
  const apiOnly = createHandler({
    store: db.store,
    admin: db.admin,
    deadLetters: outbox,
    tokens,
    corsOrigins: config.corsOrigins,
    rateLimit: config.rateLimit,
    trustProxy: config.trustProxy,
    clientAddressHeader: config.clientAddressHeader,
    onError: (error, request) => log.error(error, request),
  });
  // Replies to text messages (STOP) come in beside the API, with a token of their own.
  const api: typeof apiOnly = smsInbound
    ? Object.assign(
        async (request: Request, info?: ConnectionInfo) => (await smsInbound(request)) ?? apiOnly(request, info),
        {
          // The replies' path goes the fetch way (`null`), every other the API's direct way.
          node: async (incoming: Incoming, info?: ConnectionInfo) =>
            incoming.url().pathname === SMS_INBOUND_PATH ? null : (apiOnly.node?.(incoming, info) ?? null),
        },
      )
    : apiOnly;
  const oidc = config.oidc;
  const provider = oidc && createOidcClient(oidc);
  // A provider that does not answer at start delays sign-in, not the API: start anyway, say so.
  provider?.authorizationOrigin().then(
    (origin) => logger.info({ origin }, 'identity provider reachable'),
    (error: unknown) =>
      logger.warn({ err: safeError(error) }, 'identity provider not reachable; staff sign-in will retry'),
  );
  // Every council's staff sign-in: the server's at /auth/, another's at /o/{slug}/auth/ with
  // the provider of its settings (participe org settings).
  const auth = {
    paths: SIGN_IN_PATHS,
    handler: createCouncilSignIn({
      identity: db.identity,
      tokens,
      server: oidc && provider ? { oidc: provider, access: oidc.access } : null,
      organisation: (slug) => db.store.getOrganisation(slug),
      env: process.env,
      publicUrl: issuerOf(config),
      sessionSeconds: oidc?.sessionSeconds ?? 3600,
      staffHome: oidc?.staffHome ?? '/auth/',
      clientAddress: createClientAddress({ trustProxy: config.trustProxy, header: config.clientAddressHeader }),
      onEvent: (e) => logger.info(e, 'staff sign-in'),
    }),
  };
  const site = createSite({
    auth,
    api,
    log,
    metrics,
    metricsToken: config.metricsToken,
    ready: createReadiness({ db: db.driver, dispatcherRunning: () => dispatcher !== null, stopping: () => stopping }),
    widgets: config.widgets,
    staticDir: config.staticDir,
  });
  let served: Awaited<ReturnType<typeof serve>>;
  try {
    served = await serve(site, { host: config.host, port: config.port, closeTimeoutMs: config.shutdownTimeoutMs });
  } catch (error) {
    await dispatcher.stop();
    await db.close();
    throw error;
  }
  logger.info({ url: served.url, publicUrl: config.publicUrl ?? served.url }, 'listening');

  let stopped: Promise<void> | null = null;
  return {
    url: served.url,
    stop(reason = 'stop') {
      stopped ??= (async () => {
        stopping = true;
        logger.info({ reason, timeoutMs: config.shutdownTimeoutMs }, 'stopping');
        await served.close();
        logger.info('no request in progress');
        await dispatcher?.stop();
        dispatcher = null;
        if ('close' in mailer) mailer.close();
        await db.close();
        logger.info('stopped');
      })();
      return stopped;
    },
  };
}

function createMailer(mail: MailConfig) {
  if (mail.kind === 'files') return createFileMailer({ dir: mail.dir, ...(mail.from ? { from: mail.from } : {}) });
  const url = new URL(mail.url);
  const secure = url.protocol === 'smtps:';
  return createSmtpMailer({
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    // Sent in clear only to a relay on this machine; anywhere else STARTTLS is required.
    requireTLS: !secure && !['localhost', '127.0.0.1', '[::1]'].includes(url.hostname),
    ...(url.username
      ? { auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } }
      : {}),
    from: mail.from,
  });
}

/** `ovh://AK:AS@SERVICE?consumerKey=CK[&sender=VILLE][&endpoint=…]`, or an https form endpoint. */
function createSmsGateway(sms: SmsConfig): SmsGateway {
  const url = new URL(sms.url);
  if (url.protocol !== 'ovh:') return createHttpFormSmsGateway({ url: sms.url });
  const q = url.searchParams;
  return createOvhSmsGateway({
    applicationKey: decodeURIComponent(url.username),
    applicationSecret: decodeURIComponent(url.password),
    consumerKey: q.get('consumerKey') ?? '',
    serviceName: decodeURIComponent(url.hostname),
    ...(q.get('sender') ? { sender: q.get('sender')! } : {}),
    ...(q.get('endpoint') ? { endpoint: q.get('endpoint')! } : {}),
  });
}

/** Runs until SIGTERM or SIGINT; exit code 2 for a wrong setting, 1 when start-up fails. */
export async function serveCommand(argv: readonly string[], env: Env): Promise<CommandResult> {
  const flags = configFlags(argv, SERVE_USAGE);
  if ('answer' in flags) return flags.answer;
  const loaded = loadServerConfig({ env, ...flags });
  if (!loaded.ok) return { code: 2, stdout: '', stderr: `${loaded.problems.join('\n')}\n` };
  let modules: ServerModules;
  try {
    modules = await loadServerModules(loaded.config);
  } catch (error) {
    return { code: 2, stdout: '', stderr: `${(error as Error).message}\n` };
  }
  const logger = createLogger(modules, loaded.config.logLevel);
  for (const warning of loaded.warnings) logger.warn(warning);
  logger.info({ version: VERSION, database: describeDatabase(loaded.config.database) }, 'starting');

  // Signals are caught from the start: a stop asked for during start-up (PGlite creating its
  // files, migrations) waits for it to finish, then stops cleanly.
  let asked: string | null = null;
  let stop = (reason: string) => {
    asked ??= reason;
  };
  const onSignal = (signal: NodeJS.Signals) => stop(signal);
  const onRejection = (error: unknown) => {
    logger.fatal({ err: safeError(error) }, 'unhandled rejection');
    code = 1;
    stop('unhandledRejection');
  };
  let code = 0;
  for (const signal of SIGNALS) process.on(signal, onSignal);
  process.once('unhandledRejection', onRejection);
  const release = () => {
    for (const signal of SIGNALS) process.off(signal, onSignal);
    process.off('unhandledRejection', onRejection);
  };

  let running: RunningServer;
  try {
    running = await startServer(loaded.config, logger, modules.prom);
  } catch (error) {
    release();
    // Start-up errors are about the configuration (a refused connection, a busy port or
    // folder): their message helps and carries no request data.
    logger.fatal({ err: { ...safeError(error), message: (error as Error).message } }, 'start-up failed');
    logger.flush();
    return { code: 1, stdout: '', stderr: '' };
  }

  return new Promise<CommandResult>((done) => {
    stop = (reason) => {
      release();
      // A second signal while stopping ends the process at once.
      for (const signal of SIGNALS) process.once(signal, () => process.exit(130));
      running.stop(reason).then(
        () => done({ code, stdout: '', stderr: '' }),
        (error: unknown) => {
          logger.error({ err: safeError(error) }, 'stop failed');
          done({ code: 1, stdout: '', stderr: '' });
        },
      );
    };
    if (asked) stop(asked);
  });
}

const SIGNALS = ['SIGTERM', 'SIGINT'] as const;
