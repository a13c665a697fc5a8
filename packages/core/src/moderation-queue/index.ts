export * from './moderation-queue.connect.js';
export * from './moderation-queue.machine.js';
export * from './moderation-queue.types.js';
export * from './report.machine.js';
