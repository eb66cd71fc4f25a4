// The QR code on the minutes' sign-off page: drill id, entry count and final hash, so the signed paper anchors the file.
import QRCode from 'qrcode';

/** What the QR code says: one line a phone's scanner shows as text, and `verify --expect` can be given. */
export function anchorText(drillId: string, entryCount: number, finalHash: string): string {
  return `DRILLROOM/1 drill=${drillId} entries=${entryCount} sha256=${finalHash}`;
}

/** A PNG of the anchor's QR code (error correction M, 4 px modules), made offline. */
export async function anchorQrPng(text: string): Promise<Uint8Array> {
  return new Uint8Array(await QRCode.toBuffer(text, { type: 'png', errorCorrectionLevel: 'M', margin: 2, scale: 4 }));
}
