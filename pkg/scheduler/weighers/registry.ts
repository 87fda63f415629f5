// Every weigher, by the name configuration uses. No discovery: add a line.
import type { HostWeigher } from '../plugin.js';
import { RAMWeigher } from './ram.js';

export const WEIGHERS: ReadonlyMap<string, HostWeigher> = new Map([RAMWeigher].map((w) => [w.name, w]));

export const DEFAULT_WEIGHERS: Record<string, number> = { RAMWeigher: 1.0 };
