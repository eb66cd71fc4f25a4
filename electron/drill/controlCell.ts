// 导演组 (the control cell): its two writes — an ad-hoc feed post or comment, and an inject released live to roles.
import { nextAdhocId } from '../../shared/domain/adhoc';
import type { Principal } from '../../shared/ipc/capabilities';
import type { Handlers } from '../app/handlers';
import type { Services } from '../app/compose';

type SeatOf = (p: Principal) => { seat?: string };

export function controlHandlers(s: Services, seatOf: SeatOf): Pick<Handlers, 'feed.post' | 'inject.adhoc'> {
  const { drills } = s;
  return {
    'feed.post': ({ drillId, channel, author, text, replyToSeq, replyToInjectId, heat }, p) => {
      const data = {
        channel,
        author: author.trim(),
        ...(replyToSeq !== undefined ? { replyToSeq } : {}),
        ...(replyToInjectId !== undefined ? { replyToInjectId } : {}),
        ...(heat !== undefined ? { heat } : {}),
        ...seatOf(p),
      };
      return { seq: drills.record(drillId, { kind: 'feed.post', roleId: null, text: text.trim(), data }).seq };
    },
    'inject.adhoc': ({ drillId, channel, sender, title, text, targetRoles, heat }, p) => {
      const injectId = nextAdhocId(drills.state(drillId));
      const data = {
        injectId,
        channel,
        sender: sender.trim(),
        ...(title?.trim() ? { title: title.trim() } : {}),
        targetRoles: [...new Set(targetRoles)],
        ...(heat !== undefined ? { heat } : {}),
        ...seatOf(p),
      };
      return { seq: drills.record(drillId, { kind: 'inject.adhoc', roleId: null, text: text.trim(), data }).seq, injectId };
    },
  };
}
