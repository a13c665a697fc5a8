export type { Authenticate } from './credentials.js';
export { type ConnectionInfo, createHandler, type Handler, type HandlerOptions } from './handler.js';
export { openApiDocument } from './openapi.js';
export type { RateLimitOptions } from './rate-limit.js';
export type { Route } from './router.js';
export { ROUTES } from './routes.js';
export { type Served, type ServeOptions, serve } from './serve.js';
export { MIN_SECRET_LENGTH, signToken, type TokenCheck, verifyToken } from './tokens.js';
