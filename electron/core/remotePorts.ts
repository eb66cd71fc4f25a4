// The host ports inside the core worker: each dialog, the projector and the PDF printer are asked of the parent thread.
import type { FileFilter, HostPorts } from '../app/ports';
import type { CoreInit, PortCall } from './core';
import type { Peer } from './rpc';

export function remotePorts(peer: Peer, init: Pick<CoreInit, 'host' | 'printer'>): HostPorts {
  const ask = <T>(call: PortCall, ...args: unknown[]) => peer.request<T>('port', { call, args });
  return {
    host: init.host,
    chooseSavePath: (defaultName: string, filters: FileFilter[]) => ask<string | null>('chooseSavePath', defaultName, filters),
    chooseOpenPath: (filters: FileFilter[], name?: string) => ask<string | null>('chooseOpenPath', filters, name),
    chooseFolder: () => ask<string | null>('chooseFolder'),
    projector: (drillId: string, open: boolean) => ask<boolean>('projector', drillId, open),
    printer: init.printer ? { printPdf: (html: string) => ask<Uint8Array>('printPdf', html) } : undefined,
  };
}
