// `npm run host -- --data <folder> [--port N]`: the same services on plain Node, served to a browser.
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { composeServices } from '../app/compose';
import { headlessPorts } from '../app/headlessPorts';
import { REPO_ROOT, SOURCE_RESOURCES } from '../app/paths';
import { startBrowserHost } from './server';

const { values } = parseArgs({ options: { data: { type: 'string' }, port: { type: 'string' }, renderer: { type: 'string' } } });
if (!values.data) {
  console.error('用法 Usage: npm run host -- --data <数据目录> [--port N]');
  process.exit(2);
}
const dataDir = resolve(values.data);
const services = composeServices({
  dataDir,
  resourcesDir: SOURCE_RESOURCES,
  ports: headlessPorts(join(dataDir, 'exports')),
  version: process.env['npm_package_version'],
  live: true,
});
const host = await startBrowserHost(services, {
  rendererDir: values.renderer ?? join(REPO_ROOT, 'out/renderer'),
  port: values.port ? Number(values.port) : 0,
});
console.log(`DrillRoom browser host (development and tests only). Data: ${dataDir}`);
console.log(`Open: ${host.url}`);
console.log(`Imports: the browser cannot hand a file to main; copy archives into ${join(dataDir, 'imports')}, then pick them`);
console.log(`Projector: ${host.url}#/projector?drill=<drill id> (the console's 投屏 button opens it)`);
const stop = async () => {
  await host.close();
  services.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
