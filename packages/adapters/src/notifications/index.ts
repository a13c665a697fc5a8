export {
  type DispatchOptions,
  type DispatchResult,
  dispatchNotifications,
  type FollowUpTarget,
  type NotificationDispatcher,
  type NotificationDispatcherOptions,
  type NotificationStore,
  type PendingNotifications,
  type SkipReason,
  type SmsChannel,
  startNotificationDispatcher,
} from './dispatch.js';
export { createFileMailer, type FileMailer, type FileMailerOptions } from './file.mailer.js';
export { withRequestsInFlight } from './limit.js';
export type { Sender } from './message.js';
export {
  type ClaimedNotification,
  createMemoryOutbox,
  type DeadLetters,
  type DeadNotification,
  type NotificationKey,
  nextAttempt,
  type OutboxQueue,
  type RetryPolicy,
  storeOutbox,
} from './outbox.js';
export { createHttpFormSmsGateway, type HttpFormSmsGatewayOptions } from './sms.http.js';
export { createSmsInbound, SMS_INBOUND_PATH, type SmsInboundOptions } from './sms.inbound.js';
export {
  createMemoryOptOuts,
  createNumberHasher,
  isStopReply,
  type OutgoingSms,
  type QuietHours,
  quietUntil,
  type SmsGateway,
  SmsGatewayError,
  type SmsOptOuts,
  SmsRejectedError,
  toE164,
} from './sms.js';
export { createOvhSmsGateway, type OvhSmsGatewayOptions } from './sms.ovh.js';
export { gsm7Length, renderSms, SMS_LINK_MAX, SMS_MAX, SMS_WORDINGS, type SmsWording } from './sms.text.js';
export { createSmtpMailer, type SmtpMailer, type SmtpMailerOptions } from './smtp.mailer.js';
