export { MemoryStore, median } from './memory.store.js';
