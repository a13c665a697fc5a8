export { ActorController } from './controllers/actor-controller.js';
export {
  type Catalog,
  defineCatalog,
  format,
  LOCALES,
  type Locale,
  localeOf,
  translator,
  type Variant,
} from './i18n/i18n.js';
