// One entry point for every call from any transport: name checked, input validated, errors typed.
import { CALLS, type CallName, type Reply } from '../../shared/ipc/contract';
import { DrillRoomError, type ErrorPayload } from '../../shared/ipc/errors';
import { formatPath } from '../../shared/domain/scenario';
import { clipText } from '../../shared/domain/text';
import type { Handlers } from './handlers';

export type Dispatch = (name: string, input: unknown) => Promise<Reply<unknown>>;

const isCallName = (name: string): name is CallName => Object.prototype.hasOwnProperty.call(CALLS, name);

export function makeDispatch(handlers: Handlers, onInternalError: (err: unknown) => void = () => {}): Dispatch {
  return async (name, input) => {
    if (typeof name !== 'string' || !isCallName(name)) return fail(new DrillRoomError('unknown_call', { name: clipText(String(name), 80) }).payload);
    const parsed = CALLS[name].input.safeParse(input ?? {});
    if (!parsed.success) {
      const problems = parsed.error.issues.slice(0, 20).map((i) => ({ field: formatPath(i.path), reason: clipText(i.message, 200) }));
      return fail(new DrillRoomError('invalid_input.fields', {}, problems).payload);
    }
    try {
      const handler = handlers[name] as (i: unknown) => unknown;
      return { ok: true, value: await handler(parsed.data) };
    } catch (err) {
      if (err instanceof DrillRoomError) return fail(err.payload);
      onInternalError(err);
      return fail(new DrillRoomError('internal', { detail: clipText(String((err as Error)?.message ?? err), 200) }).payload);
    }
  };
}

const fail = (error: ErrorPayload): Reply<never> => ({ ok: false, error });
