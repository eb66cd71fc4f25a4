// The desktop app's own protocol serves evidence to the viewer: drillroom://app/media/<ticket> from main's store, with its type, byte ranges and the CSP.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { serveAppRequest } from '../../electron/shell/protocol';
import { mediaFileOf } from '../../electron/evidence/mediaResponse';
import type { EvidenceView } from '../../shared/ipc/contract';
import { makeWorld, type World } from '../helpers/world';

vi.mock('electron', async () => (await import('./fakeElectron')).electronModule);

let world: World;
let drillId: string;
const bytes = Buffer.from(Array.from({ length: 3000 }, (_, i) => i % 256));

beforeEach(() => {
  world = makeWorld({ live: false });
  drillId = world.services.drills.create({ pack: world.services.scenarios.get('staff-remark-video'), facts: { name: '视频' }, language: 'zh-CN' });
  world.services.drills.start(drillId);
});
afterEach(() => world.dispose());

async function viewed(): Promise<EvidenceView> {
  const roleId = world.services.drills.state(drillId).scenario.roles[0]!.id;
  const a = await world.services.dispatch('evidence.attach', { drillId, roleId, text: '录像', files: [{ name: '录像.mp4', mime: 'video/mp4', base64: bytes.toString('base64') }] });
  if (!a.ok) throw new Error(JSON.stringify(a.error));
  const sha256 = (a.value as { attachments: { sha256: string }[] }).attachments[0]!.sha256;
  const v = await world.services.dispatch('evidence.view', { drillId, sha256 });
  if (!v.ok) throw new Error(JSON.stringify(v.error));
  return v.value as EvidenceView;
}

const media = () => (ticket: string) => mediaFileOf(world.services, ticket);

describe('drillroom://app/media/', () => {
  it('serves a stored video whole and by range, with its registered type and the CSP', async () => {
    const view = await viewed();
    expect(view.url).toMatch(/^\/media\/[A-Za-z0-9_-]+$/);
    const whole = await serveAppRequest(new Request(`drillroom://app${view.url}`), '/nonexistent', media());
    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-type')).toBe('video/mp4');
    expect(whole.headers.get('content-security-policy')).toMatch(/media-src 'self'/);
    expect(Buffer.from(await whole.arrayBuffer()).equals(bytes)).toBe(true);
    const part = await serveAppRequest(new Request(`drillroom://app${view.url}`, { headers: { range: 'bytes=1000-1099' } }), '/nonexistent', media());
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe('bytes 1000-1099/3000');
    expect(Buffer.from(await part.arrayBuffer()).equals(bytes.subarray(1000, 1100))).toBe(true);
  });

  it('answers 404 for an unknown ticket, or without a store', async () => {
    const view = await viewed();
    expect((await serveAppRequest(new Request('drillroom://app/media/made-up'), '/nonexistent', media())).status).toBe(404);
    expect((await serveAppRequest(new Request(`drillroom://app${view.url}`), '/nonexistent')).status).toBe(404);
  });
});
