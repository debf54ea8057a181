import type { SourceContent } from '../../src/pack/types.js';

export const LANGS: string[];
export const scriptOf: Record<string, string>;
export function makeSource(options?: { entries?: number; languages?: string[]; pages?: number; events?: number }): SourceContent;
