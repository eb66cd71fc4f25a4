// Child of bench/evidence.ts: the browser host on loopback over a fresh data folder; prints its address, then its peak RSS when asked on stdin.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeServices } from '../electron/app/compose';
import { headlessPorts } from '../electron/app/headlessPorts';
import { SOURCE_RESOURCES } from '../electron/app/paths';
import { startBrowserHost } from '../electron/host/server';

const dir = process.argv[2]!;
mkdirSync(join(dir, 'renderer'), { recursive: true });
writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>bench</title>');
const services = composeServices({ dataDir: join(dir, 'data'), resourcesDir: SOURCE_RESOURCES, ports: headlessPorts(join(dir, 'exports')), live: false });
const drillId = services.drills.create({ pack: services.scenarios.get('staff-remark-video'), facts: { name: 'bench' }, language: 'zh-CN' });
services.drills.start(drillId);
const roleId = services.drills.state(drillId).scenario.roles[0]!.id;
const host = await startBrowserHost(services, { rendererDir: join(dir, 'renderer'), onRefusal: () => {} });
const mb = (n: number) => Math.round(n / 1024);
console.log(JSON.stringify({ port: host.port, token: host.token, drillId, roleId, idleRssMB: Math.round(process.memoryUsage().rss / 1048576), maxRssMB: mb(process.resourceUsage().maxRSS) }));
process.stdin.on('data', async () => {
  console.log(JSON.stringify({ rssMB: Math.round(process.memoryUsage().rss / 1048576), maxRssMB: mb(process.resourceUsage().maxRSS) }));
  await host.close();
  services.close();
  process.exit(0);
});
