export {
  createLocalAdministration,
  createLocalBackend,
  createLocalBackoffice,
  type LocalAdministrationOptions,
  type LocalBackendOptions,
  type LocalBackofficeOptions,
} from './local.backend.js';
