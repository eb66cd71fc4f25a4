// SHA-256 over UTF-8 text, the hash the journal chain uses.
import { createHash } from 'node:crypto';

export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');
