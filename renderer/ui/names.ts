// Display names in the current language: roles, phases, injects, channels, entry kinds and entry texts.
import { injectOf } from '../../shared/domain/adhoc';
import { formatDuration } from '../../shared/domain/clock';
import type { AnyEntry } from '../../shared/domain/entry';
import type { DrillState } from '../../shared/domain/fold';
import { KNOWN_CHANNELS, type Inject, type Phase, type Role } from '../../shared/domain/scenario';
import { clipText } from '../../shared/domain/text';
import type { MessageKey, T } from '../i18n/i18n';
import type { Lang } from '../state/prefs';

export const roleName = (r: Role | undefined, lang: Lang) => (r ? (lang === 'en' && r.nameEn) || r.name : '');
export const phaseName = (p: Phase | undefined, lang: Lang) => (p ? (lang === 'en' && p.nameEn) || p.name : '');

export function roleNameById(state: DrillState, roleId: string | null, lang: Lang): string {
  return roleName(state.scenario.roles.find((r) => r.id === roleId), lang);
}

export function injectTitle(inj: Inject | undefined): string {
  if (!inj) return '';
  return inj.title ?? clipText(inj.content.split('\n')[0]!, 40);
}

export function channelLabel(channel: string, t: T): string {
  return (KNOWN_CHANNELS as readonly string[]).includes(channel) ? t(`channel.${channel}` as MessageKey) : channel;
}

export const kindLabel = (kind: string, t: T) => t(`kind.${kind}` as MessageKey);

/** What an entry says, in words: system entries are described, people's entries show their own text. */
export function entryText(e: AnyEntry, state: DrillState, t: T, lang: Lang): string {
  const phase = (id: string | null) => phaseName(state.scenario.phases.find((p) => p.id === id), lang);
  const inject = (id: string) => injectTitle(injectOf(state, id));
  switch (e.kind) {
    case 'drill.setup':
      return t('text.setup', { name: e.text });
    case 'drill.facts':
      return t('text.facts');
    case 'clock.start':
      return t('text.start', { phase: phase(e.phaseId) });
    case 'clock.pause':
      return t('text.pause');
    case 'clock.resume':
      return t('text.resume');
    case 'phase.advance':
      return t('text.advance', { phase: phase(e.data.to) });
    case 'clock.finish':
      return t('text.finish');
    case 'recovery':
      return t('text.recovery', { duration: formatDuration(e.data.downMs, lang) });
    case 'clock.jump':
      return t('text.jump', { duration: formatDuration(Math.abs(e.data.jumpMs), lang), direction: t(e.data.jumpMs > 0 ? 'text.jumpAhead' : 'text.jumpBack') });
    case 'clock.gap':
      return e.data.counts === 'running' ? t('text.gapRunning', { duration: formatDuration(e.data.countedMs, lang) }) : t('text.gapPaused');
    case 'inject.released':
      return t('text.released', { title: inject(e.data.injectId) });
    case 'inject.acknowledged':
      return t('text.ack', { title: inject(e.data.injectId) });
    case 'task.done':
      return t('text.task', { text: e.text });
    case 'correction':
      return t(e.data.void ? 'text.void' : 'text.correction', { seq: e.data.corrects, text: e.text });
    case 'star':
      return t(e.data.starred ? 'text.starOn' : 'text.starOff', { seq: e.data.target });
    // The grade a decision gave and the form a regulator report took are shown with the words.
    case 'decision':
      return e.data.severity ? `〔${t(`grade.${e.data.severity}` as MessageKey)}〕${e.text}` : e.text;
    case 'communication':
      return e.data.reportForm ? `〔${t(`form.${e.data.reportForm}` as MessageKey)}〕${e.text}` : e.text;
    case 'spotlight':
      return e.data.injectId === null ? t('text.spotlightOff') : t('text.spotlightOn', { title: inject(e.data.injectId) });
    // A follow-up names its measure and its move; the note follows.
    case 'improvement.followup':
      return `〔${t(`imp.moved.${e.data.move}` as MessageKey)} #${e.data.improvement} · ${e.data.by}〕${e.text}`;
    default:
      return e.text;
  }
}
