export { NOTIFICATION_COPY } from './notification.messages.js';
export { renderNotification } from './notification.render.js';
export * from './notification.types.js';
