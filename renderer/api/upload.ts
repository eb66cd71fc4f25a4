// An evidence file streamed to the web transport (browser host or seat): PUT with the File as the body, so the browser reads it from disk as it sends; progress and cancel.
import type { Reply, StagedEvidence } from '../../shared/ipc/contract';

export interface UploadMeta {
  drillId: string;
  roleId: string;
  name: string;
  size: number;
}

/** Bytes sent so far of the total. */
export type OnProgress = (done: number, total: number) => void;

/** XMLHttpRequest, not fetch: it reports upload progress, and a File body is streamed from disk, never read whole. */
export function putEvidence(base: string, token: string, meta: UploadMeta, file: Blob, onProgress: OnProgress, signal?: AbortSignal): Promise<Reply<StagedEvidence>> {
  const q = new URLSearchParams({ drillId: meta.drillId, roleId: meta.roleId, name: meta.name, size: String(meta.size) });
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', `${base}/api/evidence/upload?${q}`);
    xhr.setRequestHeader('x-drillroom-token', token);
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : meta.size);
    xhr.onload = () => {
      try {
        resolve(JSON.parse(xhr.responseText) as Reply<StagedEvidence>);
      } catch {
        reject(new Error(`upload answered ${xhr.status}`));
      }
    };
    xhr.onerror = () => reject(new Error('upload failed: the connection was lost'));
    xhr.onabort = () => resolve({ ok: false, error: { code: 'bad_evidence', key: 'bad_evidence.cancelled', params: { name: meta.name } } });
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}
