// Types of french-typography.mjs, for the widgets' typography test.
export interface TypographyRule {
  name: string;
  find: RegExp;
  put: string;
}
export const RULES: TypographyRule[];
export function problemsIn(text: string): Array<{ rule: string; near: string }>;
export function fixText(text: string): string;
export function frenchFiles(root?: string): string[];
export function fixSource(path: string, source: string): string;
export function stringRanges(source: string): Array<[number, number]>;
