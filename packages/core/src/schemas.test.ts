import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { schemas } from './index.js';

describe('schemas', () => {
  it.each(Object.keys(schemas) as (keyof typeof schemas)[])('%s exports as JSON Schema', (name) => {
    const json = z.toJSONSchema(schemas[name], { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
    expect(json.$schema).toMatch(/json-schema/);
    expect(JSON.stringify(json)).not.toContain('undefined');
  });

  it('the contribution input schema has no field about social data', () => {
    const json = JSON.stringify(z.toJSONSchema(schemas.ContributionInput, { io: 'input' }));
    expect(json).not.toMatch(/rsa|allocation|revenu|income|benefit/i);
  });

  it('keeps title and body limits in the JSON Schema', () => {
    const json = z.toJSONSchema(schemas.ContributionContent, { io: 'input' }) as {
      properties: Record<string, { maxLength?: number }>;
    };
    expect(json.properties['title']?.maxLength).toBe(120);
    expect(json.properties['body']?.maxLength).toBe(4000);
  });
});
