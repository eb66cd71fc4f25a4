// `npm run host -- --data <folder> [--port N]`: the same services on plain Node, served to a browser.
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DrillRoomError } from '../../shared/ipc/errors';
import { composeServices } from '../app/compose';
import { headlessPorts } from '../app/headlessPorts';
import { REPO_ROOT, SOURCE_RESOURCES } from '../app/paths';
import { startBrowserHost } from './server';

const { values } = parseArgs({ options: { data: { type: 'string' }, port: { type: 'string' }, renderer: { type: 'string' }, open: { type: 'boolean' } } });
if (!values.data) {
  console.error('用法 Usage: npm run host -- --data <数据目录> [--port N]');
  process.exit(2);
}
const dataDir = resolve(values.data);
const services = (() => {
  try {
    return composeServices({
      dataDir,
      resourcesDir: SOURCE_RESOURCES,
      ports: headlessPorts(join(dataDir, 'exports'), undefined, { downloads: true }),
      version: process.env['npm_package_version'],
      live: true,
      rendererDir: values.renderer ?? join(REPO_ROOT, 'out/renderer'),
    });
  } catch (err) {
    // A refused start (a second writer on this folder, a newer or damaged database) is said in both languages.
    if (!(err instanceof DrillRoomError)) throw err;
    console.error(err.messageIn('zh-CN'));
    console.error(err.messageIn('en'));
    process.exit(1);
  }
})();
const host = await startBrowserHost(services, {
  rendererDir: values.renderer ?? join(REPO_ROOT, 'out/renderer'),
  port: values.port ? Number(values.port) : 0,
});
console.log(`舆情应急演练台 · 浏览器模式 DrillRoom in the browser (loopback only). Data: ${dataDir}`);
console.log(`Open: ${host.url}`);
console.log(`Imports: the browser cannot hand a file to main; copy archives into ${join(dataDir, 'imports')}, then pick them`);
console.log(`Projector: ${host.url}#/projector?drill=<drill id> (the console's 投屏 button opens it)`);
if (values.open) openInBrowser(host.url);

/** Opens the console in the user's default browser where there is a desktop to open it on; prints the URL either way. */
function openInBrowser(url: string): void {
  const command =
    process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : process.platform === 'darwin' ? ['open', [url]] : ['xdg-open', [url]];
  if (process.platform === 'linux' && !process.env['DISPLAY'] && !process.env['WAYLAND_DISPLAY']) return;
  try {
    const child = spawn(command[0] as string, command[1] as string[], { stdio: 'ignore', detached: true });
    child.on('error', () => console.log('(没有可打开的浏览器,请手动打开上面的地址 · no browser to open: open the address above by hand)'));
    child.unref();
  } catch {
    // no opener on this machine: the URL is printed above
  }
}

const stop = async () => {
  await host.close();
  services.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
