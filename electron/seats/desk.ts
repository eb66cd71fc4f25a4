// 分席位: opens and closes the web transport on a LAN interface for one drill, and is the seat door it answers through.
import type { Principal } from '../../shared/ipc/capabilities';
import { SEAT_WRITES } from '../../shared/ipc/capabilities';
import type { CallName, Reply, SeatInterface, SeatsStatus } from '../../shared/ipc/contract';
import { DrillRoomError } from '../../shared/ipc/errors';
import type { Services } from '../app/compose';
import type { SeatDoor } from '../host/door';
import { startBrowserHost, type BrowserHost } from '../host/server';
import { IDEMPOTENCY_KEY, IdempotencyMemory } from './idempotency';
import { isSeatAddress, seatInterfaces } from './interfaces';
import { RateLimit } from './rateLimit';
import { SeatRegistry } from './registry';
import { loadSeatFile, saveSeatFile } from './seatFile';

/** The port seats use unless told otherwise: a fixed one, so IT can open it once in the firewall. */
export const DEFAULT_SEAT_PORT = 47100;
/** Join attempts per peer address per minute; writes per seat per 10 s (a person logs far fewer). */
const JOINS_PER_MINUTE = 20;
const WRITES_PER_10S = 30;

export class SeatDesk {
  private host: BrowserHost | null = null;
  private registry: SeatRegistry | null = null;
  private joins: RateLimit;
  private writes: RateLimit;
  private memory = new IdempotencyMemory();
  private unwatch: () => void = () => {};

  constructor(
    private readonly services: () => Services,
    private readonly opts: { rendererDir: string | undefined; dataDir: string; now: () => number },
  ) {
    // Rates are about real time, not the drill's (or a test's simulated) clock.
    this.joins = new RateLimit(JOINS_PER_MINUTE, 60_000, Date.now);
    this.writes = new RateLimit(WRITES_PER_10S, 10_000, Date.now);
  }

  interfaces(): SeatInterface[] {
    return seatInterfaces();
  }

  async open(req: { drillId: string; address: string; port?: number | undefined }): Promise<SeatsStatus> {
    const { drills } = this.services();
    const state = drills.state(req.drillId);
    if (state.status === 'finished') throw new DrillRoomError('bad_state.finished');
    if (!isSeatAddress(req.address)) throw new DrillRoomError('seats.bad_address', { address: req.address });
    await this.close();
    const restored = loadSeatFile(this.opts.dataDir);
    const keep = restored && restored.drillId === req.drillId ? restored.seats : [];
    this.registry = new SeatRegistry(req.drillId, state.scenario.roles.map((r) => r.id), this.opts.now, keep);
    const port = req.port ?? DEFAULT_SEAT_PORT;
    try {
      this.host = await startBrowserHost(this.services(), { rendererDir: this.rendererDir(), address: req.address, port, door: this.door() });
    } catch (err) {
      this.registry = null;
      throw new DrillRoomError('seats.listen_failed', { address: req.address, port, detail: String((err as NodeJS.ErrnoException).code ?? err) });
    }
    // Seats close with the drill: the finish entry shuts the LAN door.
    this.unwatch = drills.onChange((drillId, entries) => {
      if (drillId === req.drillId && entries.some((e) => e.kind === 'clock.finish')) void this.close();
    });
    this.save();
    return this.status();
  }

  /** Reopens the seats a previous run left open (same drill, interface, port and seat tokens), if the drill still runs. */
  async restore(): Promise<void> {
    const file = loadSeatFile(this.opts.dataDir);
    if (!file?.open) return;
    try {
      const status = this.services().drills.state(file.drillId).status;
      if (status === 'finished') return;
      await this.open({ drillId: file.drillId, address: file.address, port: file.port });
    } catch (err) {
      console.warn(`DrillRoom seats not reopened: ${String((err as Error)?.message ?? err)}`);
    }
  }

  async close(): Promise<SeatsStatus> {
    this.unwatch();
    this.unwatch = () => {};
    const host = this.host;
    this.host = null;
    if (host) {
      await host.close();
      this.registry = null;
      saveSeatFile(this.opts.dataDir, null);
    }
    return this.status();
  }

  /** Closes the listener without forgetting the seats (the app quits; the next start reopens them). */
  async shutdown(): Promise<void> {
    this.unwatch();
    const host = this.host;
    this.host = null;
    await host?.close();
  }

  status(): SeatsStatus {
    const r = this.registry;
    const h = this.host;
    const now = this.opts.now();
    if (!r || !h) return { open: false, drillId: null, address: null, port: null, url: null, codes: [], seats: [], now };
    return {
      open: true,
      drillId: r.drillId,
      address: h.address,
      port: h.port,
      url: `http://${h.address}:${h.port}/#/seat`,
      codes: r.codeList(),
      control: r.controlCode(),
      seats: r.list().map(({ digest: _digest, ...info }) => info),
      now,
    };
  }

  revoke(seatId: string): SeatsStatus {
    if (this.registry?.revoke(seatId)) {
      this.memory.forget(seatId);
      this.host?.drop((p) => p.kind !== 'facilitator' && p.seatId === seatId);
      this.save();
    }
    return this.status();
  }

  private door(): SeatDoor {
    return {
      principal: (token, remote) => this.registry?.principal(token, remote) ?? null,
      join: (body, remote): Reply<unknown> => {
        if (!this.joins.take(remote)) return { ok: false, error: new DrillRoomError('seats.join_rate').payload };
        const code = body && typeof body === 'object' ? (body as { code?: unknown }).code : undefined;
        const joined = typeof code === 'string' && code.length <= 16 ? this.registry?.join(code, remote) : null;
        if (!joined) return { ok: false, error: new DrillRoomError('seats.bad_code').payload };
        this.save();
        const { seat } = joined;
        return { ok: true, value: { token: joined.token, seatId: seat.seatId, roleId: seat.roleId, drillId: this.registry!.drillId, ...(seat.control ? { control: true } : {}) } };
      },
      admit: (p, name) =>
        p.kind !== 'facilitator' && SEAT_WRITES.has(name as CallName) && !this.writes.take(p.seatId) ? new DrillRoomError('forbidden_seat.rate').payload : null,
      once: (p: Principal, key, run) => (p.kind !== 'facilitator' && key !== undefined && IDEMPOTENCY_KEY.test(key) ? this.memory.once(p.seatId, key, run) : run()),
      alive: (p) => p.kind === 'facilitator' || (this.registry?.has(p.seatId) ?? false),
    };
  }

  private rendererDir(): string {
    if (!this.opts.rendererDir) throw new DrillRoomError('seats.listen_failed', { address: '', port: 0, detail: 'no renderer to serve' });
    return this.opts.rendererDir;
  }

  private save() {
    const r = this.registry;
    const h = this.host;
    saveSeatFile(this.opts.dataDir, r && h ? { open: true, drillId: r.drillId, address: h.address, port: h.port, seats: r.list() } : null);
  }
}
