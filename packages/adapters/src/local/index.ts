export {
  createLocalBackend,
  hashBody,
  LocalBackendError,
  newFollowUpCode,
  newId,
  newSecret,
  sha256,
} from './local.backend.js';
