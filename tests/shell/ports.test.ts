// The Electron host ports against a fake 'electron': main opens the file the user picks; save dialogs get base names only.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { electronPorts } from '../../electron/shell/electronPorts';
import type { Windows } from '../../electron/shell/windows';
import { fake, resetFake } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).electronModule);

const windows = { consoleWindow: () => null } as unknown as Windows;
const filters = [{ name: '演练档案', extensions: ['drill'] }];

afterEach(() => resetFake());

describe('the Electron ports', () => {
  it('open a file through the native open dialog, one file, with the filters, and answer its path', async () => {
    fake().openDialogResult = { canceled: false, filePaths: ['/home/u/下载/演练.drill'] };
    expect(await electronPorts(windows).chooseOpenPath(filters)).toBe('/home/u/下载/演练.drill');
    const [options] = fake().openDialogs.at(-1) as [{ properties: string[]; filters: unknown }];
    expect(options.properties).toEqual(['openFile']);
    expect(options.filters).toEqual(filters);
  });

  it('answer null when the open dialog is cancelled', async () => {
    fake().openDialogResult = { canceled: true, filePaths: [] };
    expect(await electronPorts(windows).chooseOpenPath(filters)).toBeNull();
  });

  it('offer a save under the documents folder with a base name only, whatever name they are given', async () => {
    await electronPorts(windows).chooseSavePath('../../outside/x.drill', filters);
    const [options] = fake().saveDialogs.at(-1) as [{ defaultPath: string }];
    expect(options.defaultPath).toBe(`${fake().userData}/documents/x.drill`);
  });

  it('pick a folder for the head office roll-up through the native dialog (folders only), null when cancelled', async () => {
    fake().openDialogResult = { canceled: false, filePaths: ['/home/u/各支行档案'] };
    expect(await electronPorts(windows).chooseFolder()).toBe('/home/u/各支行档案');
    const [options] = fake().openDialogs.at(-1) as [{ properties: string[] }];
    expect(options.properties).toEqual(['openDirectory']);
    fake().openDialogResult = { canceled: true, filePaths: [] };
    expect(await electronPorts(windows).chooseFolder()).toBeNull();
  });

  it('offer a numbered default name when the file exists, and have the OS ask before replacing one', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const docs = mkdtempSync(`${tmpdir()}/drillroom-docs-`);
    fake().paths.set('documents', docs);
    writeFileSync(`${docs}/演练纪要.docx`, 'first');
    await electronPorts(windows).chooseSavePath('演练纪要.docx', filters);
    const [options] = fake().saveDialogs.at(-1) as [{ defaultPath: string; properties: string[] }];
    expect(options.defaultPath).toBe(`${docs}/演练纪要-2.docx`);
    expect(options.properties).toContain('showOverwriteConfirmation');
  });
});
