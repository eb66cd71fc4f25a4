// One entry point for every call from any transport: name checked, seat capability enforced, input validated, errors typed.
import { seatRefusal, type Principal } from '../../shared/ipc/capabilities';
import { CALLS, type CallName, type Reply } from '../../shared/ipc/contract';
import { DrillRoomError, type ErrorPayload } from '../../shared/ipc/errors';
import { formatPath } from '../../shared/domain/scenario';
import { clipText } from '../../shared/domain/text';
import type { Handlers } from './handlers';

/** `principal` defaults to the facilitator (the app's own windows and the loopback host); a LAN seat passes its own. */
export type Dispatch = (name: string, input: unknown, principal?: Principal) => Promise<Reply<unknown>>;

const FACILITATOR: Principal = { kind: 'facilitator' };

const isCallName = (name: string): name is CallName => Object.prototype.hasOwnProperty.call(CALLS, name);

export function makeDispatch(handlers: Handlers, onInternalError: (err: unknown) => void = () => {}): Dispatch {
  return async (name, input, principal = FACILITATOR) => {
    // Before anything else: a seat's refused call is not even validated, and writes nothing.
    const refused = seatRefusal(principal, name, input);
    if (refused) return fail(new DrillRoomError(refused.key, refused.params).payload);
    if (typeof name !== 'string' || !isCallName(name)) return fail(new DrillRoomError('unknown_call', { name: clipText(String(name), 80) }).payload);
    const parsed = CALLS[name].input.safeParse(input ?? {});
    if (!parsed.success) {
      const problems = parsed.error.issues.slice(0, 20).map((i) => ({ field: formatPath(i.path), reason: clipText(i.message, 200) }));
      return fail(new DrillRoomError('invalid_input.fields', {}, problems).payload);
    }
    try {
      const handler = handlers[name] as (i: unknown, p: Principal) => unknown;
      return { ok: true, value: await handler(parsed.data, principal) };
    } catch (err) {
      if (err instanceof DrillRoomError) return fail(err.payload);
      onInternalError(err);
      return fail(new DrillRoomError('internal', { detail: clipText(String((err as Error)?.message ?? err), 200) }).payload);
    }
  };
}

const fail = (error: ErrorPayload): Reply<never> => ({ ok: false, error });
