// What the services need from the host (Electron or the browser host): save and open locations, and windows.
export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface HostPorts {
  readonly host: 'electron' | 'browser';
  /** Ask where to save a file, suggesting a base name (never a path); null when the user cancels. */
  chooseSavePath(defaultName: string, filters: FileFilter[]): Promise<string | null>;
  /**
   * Ask which file to open; main then reads it itself (no file content crosses IPC). The browser host has no
   * dialog: it opens the base name the page names from its imports folder. Null when the user cancels.
   */
  chooseOpenPath(filters: FileFilter[], name?: string): Promise<string | null>;
  /** Ask for a folder (the head office roll-up imports every archive in it); null when cancelled or when the host has no folder dialog. */
  chooseFolder(): Promise<string | null>;
  /**
   * Hosts without a save dialog that serve a browser (the browser host): offer a saved file for download, answering
   * its one-time link; `takeDownload` hands the file to the route that serves it (once). The app and the CLI have none.
   */
  offerDownload?(path: string, name: string): string;
  takeDownload?(ticket: string): { path: string; name: string } | null;
  /** Open or close the projector window for a drill; returns whether it is open. */
  projector(drillId: string, open: boolean): Promise<boolean>;
  /** Prints the minutes' PDF: the Electron shell's own Chromium; absent (CLI, browser host): a system Chromium if found. */
  readonly printer?: PdfPrinter;
}

/** Prints one self-contained HTML page (no script, no external resource) to PDF bytes; page size and margins from its CSS. */
export interface PdfPrinter {
  printPdf(html: string): Promise<Uint8Array>;
}
