// A QR code drawn as SVG from the qrcode package's module matrix: no canvas, no data URL, nothing fetched.
import QRCode from 'qrcode';
import { useMemo } from 'react';

export function QrCode({ text, className, label }: { text: string; className?: string; label: string }) {
  const { size, path } = useMemo(() => {
    const m = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules;
    let d = '';
    for (let r = 0; r < m.size; r++) for (let c = 0; c < m.size; c++) if (m.get(r, c)) d += `M${c + 2} ${r + 2}h1v1h-1z`;
    return { size: m.size + 4, path: d };
  }, [text]);
  return (
    <svg className={className} viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shapeRendering="crispEdges">
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
