// A real, playable WebM of any size for the evidence tests and screenshots: recorded by Chromium from a canvas, padded with an EBML Void element.
import { closeSync, openSync, writeSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** A real WebM, recorded by Chromium itself from a moving canvas (no codec tools needed on the machine). */
export async function recordWebm(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 320;
    canvas.height = 240;
    const g = canvas.getContext('2d')!;
    let frame = 0;
    const draw = setInterval(() => {
      g.fillStyle = `hsl(${(frame * 12) % 360} 70% 50%)`;
      g.fillRect(0, 0, 320, 240);
      g.fillStyle = '#fff';
      g.font = '32px sans-serif';
      g.fillText(`frame ${frame++}`, 40, 130);
    }, 40);
    const rec = new MediaRecorder(canvas.captureStream(25), { mimeType: 'video/webm;codecs=vp8' });
    const parts: Blob[] = [];
    rec.ondataavailable = (e) => parts.push(e.data);
    const done = new Promise<void>((r) => (rec.onstop = () => r()));
    rec.start(500);
    await new Promise((r) => setTimeout(r, 3000));
    rec.stop();
    await done;
    clearInterval(draw);
    const bytes = new Uint8Array(await new Blob(parts, { type: 'video/webm' }).arrayBuffer());
    let s = '';
    for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(s);
  });
  return Buffer.from(base64, 'base64');
}

/**
 * The recording padded to `size` with one EBML Void element (ID 0xEC), which every Matroska reader skips: still a
 * valid, playable WebM, now as big as a phone's video of a whole incident. Written sparse, so it is quick to make.
 */
export function paddedWebm(webm: Buffer, size: number, path: string): void {
  const header = 9; // 0xEC and an 8-byte size
  const voidSize = size - webm.length - header;
  const h = Buffer.alloc(header);
  h[0] = 0xec;
  h[1] = 0x01;
  h.writeUIntBE(Math.floor(voidSize / 2 ** 32), 2, 3);
  h.writeUInt32BE(voidSize % 2 ** 32, 5);
  const fd = openSync(path, 'w');
  writeSync(fd, webm, 0, webm.length, 0);
  writeSync(fd, h, 0, header, webm.length);
  writeSync(fd, Buffer.from([0]), 0, 1, size - 1);
  closeSync(fd);
}

