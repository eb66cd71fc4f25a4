// The editor's autosaved draft: one per PC in the renderer's localStorage (the drillroom:// origin's own storage),
// offered back when the editor opens. Not in the journal database: a draft is not a record, and main stays unchanged.
const KEY = 'drillroom.editor.draft/1';

export interface StoredDraft {
  /** The pack text as the editor serialises it. */
  text: string;
  title: string;
  /** Wall time of the last autosave (ms). */
  savedAt: number;
}

/** localStorage may be missing or refuse (a full quota, a locked-down profile): then drafts are simply not kept. */
function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function keepDraft(text: string, title: string, now = Date.now()): void {
  try {
    storage()?.setItem(KEY, JSON.stringify({ text, title, savedAt: now } satisfies StoredDraft));
  } catch {
    // Quota exceeded: the last draft that fitted stays.
  }
}

export function storedDraft(): StoredDraft | null {
  try {
    const v = JSON.parse(storage()?.getItem(KEY) ?? 'null') as Partial<StoredDraft> | null;
    return v && typeof v.text === 'string' && typeof v.savedAt === 'number' ? { text: v.text, title: String(v.title ?? ''), savedAt: v.savedAt } : null;
  } catch {
    return null;
  }
}

export function dropDraft(): void {
  try {
    storage()?.removeItem(KEY);
  } catch {
    // Nothing to drop.
  }
}
