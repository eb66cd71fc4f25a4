// Admission for what the feed shows beyond the pack: official statements (a public communication on a channel), the
// control cell's (导演组) ad-hoc posts and comments, and its live injects. Called by admission.ts refusal().
import { DrillRoomError } from '../ipc/errors';
import type { ErrorKey } from '../i18n/errors';
import type { EntryDraft } from './entry';
import type { DrillState } from './fold';
import type { AdmissionContext } from './admission';
import { injectOf } from './adhoc';
import { isKnownChannel, PUBLIC_CHANNELS } from '../scenario/channels';

const no = (key: ErrorKey, params: Record<string, string | number> = {}) => new DrillRoomError(key, params);

export function feedRefusal(s: DrillState, d: EntryDraft, data: Record<string, unknown>, ctx: AdmissionContext): DrillRoomError | null {
  switch (d.kind) {
    case 'communication': {
      if (data['channel'] === undefined) return null;
      const channel = String(data['channel']);
      if (data['audience'] !== 'public') return no('invalid_input.statement_audience');
      return PUBLIC_CHANNELS.includes(channel) ? null : no('invalid_input.not_public_channel', { channel, allowed: PUBLIC_CHANNELS.join(', ') });
    }
    case 'feed.post': {
      if (s.status !== 'running' && s.status !== 'paused') return no('bad_state.not_started');
      if (d.roleId !== null) return no('invalid_input.control_no_role');
      if (d.text.trim() === '') return no('invalid_input.empty_text');
      const channel = String(data['channel']);
      if (!PUBLIC_CHANNELS.includes(channel)) return no('invalid_input.not_public_channel', { channel, allowed: PUBLIC_CHANNELS.join(', ') });
      if (data['replyToSeq'] !== undefined && data['replyToInjectId'] !== undefined) return no('invalid_input.reply_one');
      if (typeof data['replyToSeq'] === 'number') return replyRefusal(s, data['replyToSeq'], ctx);
      if (typeof data['replyToInjectId'] === 'string') {
        const injectId = data['replyToInjectId'];
        const inj = injectOf(s, injectId);
        if (!inj) return no('invalid_input.unknown_inject', { injectId });
        if (!s.released.some((r) => r.injectId === injectId) || !PUBLIC_CHANNELS.includes(inj.channel)) return no('invalid_input.reply_target', { target: injectId });
      }
      return null;
    }
    case 'inject.adhoc': {
      if (s.status !== 'running' && s.status !== 'paused') return no('bad_state.not_started');
      if (d.roleId !== null) return no('invalid_input.control_no_role');
      if (d.text.trim() === '') return no('invalid_input.empty_text');
      const injectId = String(data['injectId']);
      if (injectOf(s, injectId)) return no('invalid_input.duplicate_inject', { injectId });
      const channel = String(data['channel']);
      if (!isKnownChannel(channel)) return no('invalid_input.unknown_channel', { channel });
      for (const roleId of data['targetRoles'] as string[])
        if (!s.scenario.roles.some((r) => r.id === roleId)) return no('invalid_input.unknown_role', { roleId });
      return null;
    }
    default:
      return null;
  }
}

/** A comment answers a post in the feed: a live feed.post that is not itself a comment, or an official statement. */
function replyRefusal(s: DrillState, seq: number, ctx: AdmissionContext): DrillRoomError | null {
  const target = ctx.entry(seq);
  const isPost = target?.kind === 'feed.post' && target.data.replyToSeq === undefined && target.data.replyToInjectId === undefined;
  const isStatement = target?.kind === 'communication' && target.data.channel !== undefined;
  if (!target || !(isPost || isStatement) || s.voided.includes(seq)) return no('invalid_input.reply_target', { target: seq });
  return null;
}
