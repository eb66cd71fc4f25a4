// The attendance calls: a check-in (late decided here from the drill's state, by the shared rule) and a role handover.
import { isLateArrival, type AttendanceCapacity } from '../../shared/domain/attendance';
import type { Entry } from '../../shared/domain/entry';
import type { DrillService } from './drills';

export interface CheckInInput {
  drillId: string;
  name: string;
  department?: string | undefined;
  roleId: string | null;
  capacity?: AttendanceCapacity | undefined;
}

export function checkIn(drills: DrillService, input: CheckInInput, seat?: string): Entry<'attendance'> {
  const state = drills.state(input.drillId);
  const name = input.name.trim();
  const department = input.department?.trim() ?? '';
  return drills.record(input.drillId, {
    kind: 'attendance',
    roleId: input.roleId,
    text: name,
    data: {
      name,
      ...(department ? { department } : {}),
      late: isLateArrival(state.status),
      ...(input.roleId === null && input.capacity ? { capacity: input.capacity } : {}),
      ...(seat !== undefined ? { seat } : {}),
    },
  });
}

export function handOver(drills: DrillService, input: { drillId: string; roleId: string; from: string; to: string }): Entry<'role.handover'> {
  const from = input.from.trim();
  const to = input.to.trim();
  return drills.record(input.drillId, { kind: 'role.handover', roleId: input.roleId, text: `${from} → ${to}`, data: { from, to } });
}
