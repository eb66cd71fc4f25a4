// What the services need from the host (Electron or the browser host): save locations and windows.
export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface HostPorts {
  readonly host: 'electron' | 'browser';
  /** Ask where to save a file; null when the user cancels. */
  chooseSavePath(defaultName: string, filters: FileFilter[]): Promise<string | null>;
  /** Open or close the projector window for a drill; returns whether it is open. */
  projector(drillId: string, open: boolean): Promise<boolean>;
}
