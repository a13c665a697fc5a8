export {
  type DispatchOptions,
  type DispatchResult,
  dispatchNotifications,
  type FollowUpTarget,
  type NotificationDispatcher,
  type NotificationDispatcherOptions,
  type NotificationStore,
  type SkipReason,
  startNotificationDispatcher,
} from './dispatch.js';
export { createFileMailer, type FileMailer, type FileMailerOptions } from './file.mailer.js';
export type { Sender } from './message.js';
export { createSmtpMailer, type SmtpMailer, type SmtpMailerOptions } from './smtp.mailer.js';
