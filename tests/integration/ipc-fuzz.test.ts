// IPC fuzz: for every call, thousands of hostile inputs through main's own validation — no crash, no write, a typed error —
// and near-misses of a valid call on a live drill (tests/helpers/validCalls.ts), which get past validation into the handlers.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALL_NAMES } from '../../shared/ipc/contract';
import { ERROR_CODES } from '../../shared/ipc/errors';
import { makeWorld, type World } from '../helpers/world';
import { VALID_INPUT, type CallContext } from '../helpers/validCalls';

const RUNS = Number(process.env['DRILLROOM_FUZZ_RUNS'] ?? 10_000);
let world: World;
let drillId: string;

beforeAll(async () => {
  world = makeWorld();
  drillId = world.services.drills.create({ pack: world.services.scenarios.get('anonymous-email'), facts: { name: '模糊测试' }, language: 'zh-CN' });
  world.services.drills.start(drillId);
});
afterAll(() => world.dispose());

const controlChars = fc.string({ unit: fc.integer({ min: 0, max: 31 }).map((n) => String.fromCharCode(n)), maxLength: 40 });
const hostileString = fc.oneof(
  controlChars,
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.constantFrom('<script>alert(1)</script>', '\u202e\u200b\u200d', "'; DROP TABLE entries; --", '../../etc/passwd', 'x'.repeat(1_100_000)),
);
const deep = fc.integer({ min: 50, max: 3000 }).map((n) => {
  let v: unknown = 'bottom';
  for (let i = 0; i < n; i++) v = i % 2 ? [v] : { a: v };
  return v;
});
const pollution = fc.constantFrom(
  JSON.parse('{"__proto__": {"polluted": true}, "drillId": "x"}'),
  JSON.parse('{"constructor": {"prototype": {"polluted": true}}}'),
  JSON.parse('{"drillId": {"__proto__": {"polluted": true}}}'),
);
/** A plausible input for the call with one field made wrong: the likeliest bug surface. */
const nearMiss = fc.record({
  drillId: fc.oneof(fc.constant('D-nope'), hostileString, fc.integer(), fc.constant(null)),
  seq: fc.oneof(fc.integer({ min: -5, max: 0 }), fc.double(), fc.constant(1e300), fc.string()),
  kind: fc.oneof(fc.constantFrom('clock.start', 'drill.setup', 'recovery'), hostileString),
  roleId: fc.oneof(fc.constantFrom('monitoring', 'janitor'), hostileString),
  text: fc.oneof(fc.constant(''), fc.constant('   '), hostileString, fc.integer()),
  injectId: hostileString,
  facts: fc.oneof(fc.anything(), fc.record({ name: fc.oneof(fc.constant(''), hostileString) })),
  content: fc.oneof(hostileString, fc.anything()),
}, { requiredKeys: [] });
const hostile = fc.oneof(fc.anything({ maxDepth: 4 }), deep, pollution, nearMiss, hostileString, fc.constantFrom(undefined, null, NaN, Infinity, [] as unknown[]));

describe('every call refuses hostile input with a typed error and writes nothing', () => {
  for (const name of CALL_NAMES) {
    it(`${name}: ${RUNS} generated bad inputs`, async () => {
      const before = world.services.journal.verify();
      const drillsBefore = world.services.drills.list().length;
      await fc.assert(
        fc.asyncProperty(hostile, async (input) => {
          // A near-miss for the live drill id could be valid; aim the fuzz at everything but that.
          const reply = await world.services.dispatch(name, input);
          // archive.import without a file name is a cancelled pick in the headless host: it answers null, writes nothing.
          // The seats' status calls take no input; closing seats that are not open is a no-op.
          if (reply.ok) return ['app.info', 'scenario.list', 'drill.list', 'scenario.check', 'archive.import', 'seats.interfaces', 'seats.status', 'seats.close'].includes(name);
          return ERROR_CODES.includes(reply.error.code) && reply.error.code !== 'internal';
        }),
        { numRuns: RUNS },
      );
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      expect(world.services.journal.verify()).toEqual(before);
      expect(world.services.drills.list()).toHaveLength(drillsBefore);
    }, 300_000);
  }
});

describe('a role seat calling anything with hostile input gets a typed refusal and writes nothing', () => {
  it(`every call as the live drill's monitoring seat: ${Math.ceil(RUNS / 10)} inputs each`, async () => {
    // The fuzz never produces the live drill id, so no seat write may pass; only app.info answers.
    const seat = { kind: 'role' as const, seatId: 'seat-fuzz', drillId, roleId: 'monitoring' };
    const before = world.services.journal.verify();
    for (const name of CALL_NAMES)
      await fc.assert(
        fc.asyncProperty(hostile, async (input) => {
          const reply = await world.services.dispatch(name, input, seat);
          if (reply.ok) return name === 'app.info';
          return ERROR_CODES.includes(reply.error.code) && reply.error.code !== 'internal';
        }),
        { numRuns: Math.ceil(RUNS / 10) },
      );
    expect(world.services.journal.verify()).toEqual(before);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  }, 300_000);
});

/** One field of a valid input bent: a hostile value, a wrong type, or the field left out. */
const bentValue = fc.oneof(
  hostileString,
  fc.constantFrom(undefined, null, 0, -1, 1.5, 1e300, NaN, true, [] as unknown[], {} as unknown, 'D-nope', '__proto__', 'toString'),
  fc.anything({ maxDepth: 2 }),
);

describe('near-misses of a valid input reach the handlers: a typed answer, and a refusal writes nothing', () => {
  for (const name of CALL_NAMES) {
    it(`${name}: ${Math.ceil(RUNS / 100)} one-field near-misses of a valid call on a live drill`, async () => {
      // Each call gets its own running drill, so a call that succeeds (finish, pause) does not starve the others.
      const pack = world.services.scenarios.get('anonymous-email');
      const live = world.services.drills.create({ pack, facts: { name: `近似输入 ${name}` }, language: 'zh-CN' });
      world.services.drills.start(live);
      world.services.drills.record(live, { kind: 'observation', roleId: pack.roles[0]!.id, text: '第一条', data: {} });
      const role = pack.roles.find((r) => r.tasks.length > 0)!;
      const inject = pack.injects.find((j) => j.targetRoles.includes(role.id)) ?? pack.injects[0]!;
      const ctx: CallContext = { drillId: live, roleId: inject.targetRoles[0]!, injectId: inject.id, taskId: role.tasks[0]!.id, objectiveId: pack.objectives[0]?.id ?? 'o1' };
      const valid = VALID_INPUT[name](ctx);
      const fields = Object.keys(valid);
      let reachedHandler = 0;
      const entriesOf = (id: string) => world.services.journal.entries(id).length;
      await fc.assert(
        fc.asyncProperty(fields.length ? fc.constantFrom(...fields) : fc.constant(''), bentValue, fc.boolean(), async (field, value, bend) => {
          const input: Record<string, unknown> = { ...valid };
          if (bend && field) {
            if (value === undefined) delete input[field];
            else input[field] = value;
          }
          const drills = world.services.drills.list().length;
          const entries = entriesOf(live);
          const reply = await world.services.dispatch(name, input);
          if (reply.ok || reply.error.key !== 'invalid_input.fields') reachedHandler++;
          if (reply.ok) return true;
          if (!ERROR_CODES.includes(reply.error.code) || reply.error.code === 'internal') return false;
          // A refused call changed nothing: no entry in the live drill, no new drill.
          return entriesOf(live) === entries && world.services.drills.list().length === drills;
        }),
        { numRuns: Math.ceil(RUNS / 100) },
      );
      await world.services.dispatch('seats.close', {});
      expect(reachedHandler, 'near-misses that got past validation to the handler').toBeGreaterThan(0);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      const verdict = world.services.journal.verify();
      expect(verdict.ok ? 'intact' : JSON.stringify(verdict)).toBe('intact');
      expect((await world.services.dispatch('drill.open', { drillId: live })).ok, 'the live drill still opens and folds').toBe(true);
    }, 300_000);
  }
});
