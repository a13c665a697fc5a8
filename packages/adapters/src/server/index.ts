export type { AccessRule } from '../identity/access.js';
export {
  type CouncilSignInOptions,
  clientSecretEnvOf,
  createCouncilSignIn,
} from '../identity/council-sign-in.js';
export { migrateIdentity, sqlIdentityStore } from '../identity/identity.sql.js';
export { createMemoryIdentityStore, type IdentityStore } from '../identity/identity.store.js';
export { API_SCOPES, type ApiScope, type StaffAccount } from '../identity/identity.types.js';
export { createOidcClient, type OidcClient, type OidcProviderSettings } from '../identity/oidc.js';
export { createSignIn, SIGN_IN_PATHS, type SignInEvent, type SignInOptions } from '../identity/sign-in.js';
export { type AdminStore, createMemoryAdminStore } from '../service/admin.store.js';
export {
  type CouncilSettingsSources,
  councilSettingsOf,
  type EffectiveCouncilSettings,
} from '../service/council-settings.js';
export type { Authenticate } from './credentials.js';
export { type ConnectionInfo, createHandler, type Handler, type HandlerOptions } from './handler.js';
export { openApiDocument } from './openapi.js';
export type { RateLimitOptions } from './rate-limit.js';
export type { Route } from './router.js';
export { ROUTES } from './routes.js';
export { type Served, type ServeOptions, serve } from './serve.js';
export {
  createTokenService,
  type IssuedToken,
  MIN_SECRET_LENGTH,
  SESSION_MAX_SECONDS,
  type TokenCheck,
  type TokenService,
  type TokenServiceOptions,
  type TokenVerifier,
  type VerifiedToken,
} from './tokens.js';
