import { describe, expect, it } from 'vitest';
import { PracticeSheetSchema } from './content.schema.js';

describe('content schemas', () => {
  it('refuse a practice sheet without themes, with a path', () => {
    const r = PracticeSheetSchema.safeParse({ id: 'x', themes: [] });
    expect(r.success).toBe(false);
    expect(r.error?.issues.some((i) => i.path[0] === 'themes')).toBe(true);
  });
});
