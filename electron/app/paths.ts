// Where built-in resources live when running from the source tree (CLI, browser host, tests).
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SOURCE_RESOURCES = resolve(REPO_ROOT, 'resources');
