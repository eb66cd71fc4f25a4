// Renderer initial JS: the scripts index.html loads at once (module entry + modulepreloads), gzip -9.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureRendererBuilt } from '../tests/e2e/buildRenderer';
import { fmt, log, met, type Figure } from './common';

const GOAL_KB = 350;

export async function benchRendererSize(): Promise<Figure[]> {
  const dir = await ensureRendererBuilt();
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const srcs = [
    ...[...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!),
    ...[...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!),
  ].filter((s) => s.endsWith('.js'));
  let raw = 0;
  let gz = 0;
  for (const src of srcs) {
    const bytes = readFileSync(join(dir, src));
    raw += bytes.length;
    gz += gzipSync(bytes, { level: 9 }).length;
  }
  log(`renderer: ${srcs.join(', ')}: ${raw} bytes, ${gz} gzip -9`);
  return [
    {
      figure: `Renderer initial JS (${srcs.length} file(s) index.html loads at start, production build), gzip -9`,
      goal: `≤ ${GOAL_KB} KB`,
      measured: `${fmt(gz / 1024, 1)} KB (${fmt(raw / 1024, 1)} KB before gzip)`,
      met: met(gz / 1024 <= GOAL_KB),
    },
  ];
}
