// For screenshot scripts: one browser room, every UI language at 1920×1080 and 1024×768, the file-name tag of each ("zh-1920x1080").
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { REPO_ROOT } from '../../electron/app/paths';
import { openRoom, type Room } from './harness';

export const SCREENSHOTS = resolve(REPO_ROOT, 'docs/screenshots');
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1024, height: 768 },
] as const;

export type Size = (typeof SIZES)[number];

export async function eachLanguageAndSize(shoot: (room: Room, lang: 'zh-CN' | 'en', size: Size, tag: string) => Promise<void>): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const room = await openRoom();
  try {
    for (const lang of ['zh-CN', 'en'] as const)
      for (const size of SIZES) await shoot(room, lang, size, `${lang === 'en' ? 'en' : 'zh'}-${size.width}x${size.height}`);
  } finally {
    await room.close();
  }
}
