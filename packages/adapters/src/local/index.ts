export {
  createLocalBackend,
  createLocalBackoffice,
  type LocalBackendOptions,
  type LocalBackofficeOptions,
} from './local.backend.js';
