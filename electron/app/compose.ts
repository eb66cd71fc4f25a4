// The composition root: builds every service from a data folder, without importing 'electron'.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AppInfo, SavedFile } from '../../shared/ipc/contract';
import { systemClock, type Clock } from '../clock/clock';
import { InjectScheduler } from '../clock/scheduler';
import { DrillService, HEARTBEAT_MS } from '../drill/drills';
import { Journal } from '../journal/journal';
import { ScenarioLibrary } from '../scenarios/library';
import { UserPacks } from '../scenarios/userPacks';
import { exportArchiveFile, importArchiveFile } from '../archive/service';
import { exportMinutesFile } from '../minutes/service';
import { EvidenceStore } from '../evidence/store';
import { makeDispatch, type Dispatch } from './dispatch';
import { makeHandlers } from './handlers';
import type { HostPorts } from './ports';
import { SeatDesk } from '../seats/desk';
import { EvidenceDesk } from '../evidence/desk';
import { sweepIncoming } from '../evidence/ingest';

export interface ComposeOptions {
  dataDir: string;
  /** The journal file; defaults to drillroom.db in the data folder. */
  dbPath?: string;
  resourcesDir: string;
  ports: HostPorts;
  clock?: Clock;
  version?: string;
  /** Arm the scheduler and heartbeat (the app and host do; one-shot CLI commands need not). */
  live?: boolean;
  onError?: (err: unknown) => void;
  /** The built renderer, served to role seats on the LAN when the facilitator opens them (none: seats cannot open). */
  rendererDir?: string;
}

export interface Services {
  readonly dataDir: string;
  readonly journal: Journal;
  readonly drills: DrillService;
  readonly scheduler: InjectScheduler;
  readonly scenarios: ScenarioLibrary;
  /** 我的剧本: the user's own packs in the journal database. */
  readonly userPacks: UserPacks;
  /** Evidence attachments stored by SHA-256 under <dataDir>/evidence. */
  readonly evidence: EvidenceStore;
  readonly ports: HostPorts;
  readonly clock: Clock;
  readonly dispatch: Dispatch;
  /** 分席位: role seats on a LAN interface, through the same web transport as the browser host. */
  readonly seats: SeatDesk;
  /** Evidence streamed in before its entry (uploads, picked files) and viewer links (electron/evidence/desk.ts). */
  readonly evidenceDesk: EvidenceDesk;
  info(): AppInfo;
  exportMinutes(drillId: string): Promise<SavedFile>;
  exportArchive(drillId: string): Promise<SavedFile>;
  /** Main opens the archive the user picks (the browser host: `name` from its imports folder) and imports it. */
  importArchive(name?: string): Promise<{ drillId: string | null }>;
  close(): void;
}

export const DB_FILE = 'drillroom.db';

export function composeServices(opts: ComposeOptions): Services {
  const clock = opts.clock ?? systemClock;
  const onError = opts.onError ?? ((err: unknown) => console.error(err));
  mkdirSync(opts.dataDir, { recursive: true });
  const dbPath = opts.dbPath ?? join(opts.dataDir, DB_FILE);
  const journal = Journal.open(dbPath);
  const scenarios = new ScenarioLibrary(join(opts.resourcesDir, 'scenarios'));
  const userPacks = new UserPacks(journal.sqlite, (id) => scenarios.isBuiltin(id), () => clock.now());
  scenarios.withUserPacks(userPacks);
  const drills = new DrillService(journal, clock, onError);
  const scheduler = new InjectScheduler(drills, clock, onError);
  let stopHeartbeat = () => {};
  if (opts.live) {
    drills.recoverAll();
    scheduler.armAll(drills.list().filter((d) => d.status === 'running' && !d.readOnly && d.damaged === null).map((d) => d.drillId));
    const beat = () => {
      try {
        drills.heartbeat();
      } catch (err) {
        onError(err);
      }
      stopHeartbeat = clock.setTimer(HEARTBEAT_MS, beat);
    };
    beat();
  }
  const evidence = new EvidenceStore(opts.dataDir);
  // Files a killed process was still receiving are swept (the writer lock makes this process the only one receiving).
  sweepIncoming(evidence);
  const services: Services = {
    dataDir: opts.dataDir,
    journal,
    drills,
    scheduler,
    scenarios,
    evidence,
    evidenceDesk: new EvidenceDesk(drills, evidence, opts.ports),
    userPacks,
    ports: opts.ports,
    clock,
    dispatch: null as unknown as Dispatch,
    seats: null as unknown as SeatDesk,
    info: () => ({
      version: opts.version ?? '0.0.0',
      dataDir: opts.dataDir,
      dbPath,
      host: opts.ports.host,
      platform: process.platform,
      lastWrite: drills.lastWriteStatus(),
    }),
    exportMinutes: (drillId) => exportMinutesFile(services, drillId),
    exportArchive: (drillId) => exportArchiveFile(services, drillId),
    importArchive: (name) => importArchiveFile(services, name),
    close: () => {
      void services.seats.shutdown();
      stopHeartbeat();
      scheduler.stop();
      journal.close();
    },
  };
  (services as { seats: SeatDesk }).seats = new SeatDesk(() => services, { rendererDir: opts.rendererDir, dataDir: opts.dataDir, now: () => clock.now() });
  (services as { dispatch: Dispatch }).dispatch = makeDispatch(makeHandlers(services), onError);
  if (opts.live && opts.rendererDir) void services.seats.restore();
  return services;
}
