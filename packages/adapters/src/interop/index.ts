// `@participe/adapters/interop`: what comes in and goes out — Decidim (archive import and
// export, live link over GraphQL), OpenAgenda (publish and import meetings), iCalendar, open
// data — and the settings and remote calls they share.
export * from './decidim/decidim.export.js';
export * from './decidim/decidim.format.js';
export * from './decidim/decidim.import.js';
export * from './decidim/decidim.live.js';
export * from './ical/meetings.ics.js';
export * from './openagenda/openagenda.client.js';
export * from './openagenda/openagenda.sync.js';
export * from './opendata/opendata.js';
export * from './remote.js';
export * from './settings.js';
