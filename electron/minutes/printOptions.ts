// What the Electron shell's printToPDF is asked for the minutes: A4, backgrounds, the page's own @page size and margins.
import { PAGE } from './layout';

const inches = (twips: number) => twips / 1440;

export const PRINT_OPTIONS = {
  pageSize: 'A4' as const,
  // Table head shading.
  printBackground: true,
  preferCSSPageSize: true,
  // Page numbers come from the page's @page margin boxes (Chromium 131+), not from Electron's header/footer templates.
  displayHeaderFooter: false,
  margins: { top: inches(PAGE.margin.top), bottom: inches(PAGE.margin.bottom), left: inches(PAGE.margin.left), right: inches(PAGE.margin.right) },
};
