// The editor's draft (pure): retiming keeps an inject's phase truthful.
import { describe, expect, it } from 'vitest';
import { blankPack, newInject, retime } from '../../renderer/views/editor/draft';

describe('retiming an inject in the editor', () => {
  it('moves its phase with it when the old phase no longer holds the time', () => {
    const d = blankPack();
    d.injects.push({ ...newInject(d), offsetMin: 80, phaseId: 'execution', sender: 'a', content: 'b' });
    expect(retime(structuredClone(d), 0, 5).injects[0]!.phaseId).toBe('discovery');
    expect(retime(structuredClone(d), 0, 85).injects[0]!.phaseId).toBe('execution');
    const none = structuredClone(d);
    delete none.injects[0]!.phaseId;
    expect(retime(none, 0, 5).injects[0]!.phaseId).toBeUndefined();
  });
});
