// Files picked in the page read as base64 (MSEL sheets for the editor; evidence streams instead, see EvidenceForm), and byte counts as people read them.
export interface PickedFile {
  name: string;
  mime: string;
  size: number;
  base64: string;
}

export function readFilesBase64(list: FileList | null): Promise<PickedFile[]> {
  return Promise.all(
    [...(list ?? [])].map(
      (file) =>
        new Promise<PickedFile>((resolve, reject) => {
          const reader = new FileReader();
          reader.onerror = () => reject(reader.error ?? new Error(file.name));
          reader.onload = () => {
            const url = String(reader.result);
            resolve({ name: file.name, mime: file.type || 'application/octet-stream', size: file.size, base64: url.slice(url.indexOf(',') + 1) });
          };
          reader.readAsDataURL(file);
        }),
    ),
  );
}

/** 2.0 GB, 1.2 MB, 340 KB, 12 B (binary units, as the limit is set). */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024 * 1024) return `${(n / 1024 / 1024 / 1024).toFixed(1)} GB`;
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} B`;
}
