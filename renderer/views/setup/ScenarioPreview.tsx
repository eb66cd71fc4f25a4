// A scenario's preview before it is chosen: title, facts, summary, objectives, timeline, roles stressed, the
// expected grade and its reporting clocks, in the UI language (Chinese first, the pack's English when lang is en).
import { formatDrillClock, formatDuration, MINUTE } from '../../../shared/domain/clock';
import { durationMinOf } from '../../../shared/domain/library';
import { injectsInOrder, type ScenarioPack } from '../../../shared/domain/scenario';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { channelLabel, injectTitle, roleName } from '../../ui/names';
import { TimelinePreview } from '../editor/TimelinePreview';
import '../../styles/editor.css';
import { joinList } from '../../../shared/domain/listJoin';

export function ScenarioPreview({ pack }: { pack: ScenarioPack | null }) {
  const { t, lang } = useI18n();
  if (!pack)
    return (
      <aside className="picker-preview empty-preview" aria-label={t('lib.preview')}>
        <p className="muted">{t('lib.pickHint')}</p>
      </aside>
    );
  const en = lang === 'en';
  const title = (en && pack.titleEn) || pack.title;
  const summary = (en && pack.summaryEn) || pack.summary;
  const timed = injectsInOrder(pack).filter((j) => !j.contingency);
  const reserve = pack.injects.length - timed.length;
  const stressed = (pack.stressedRoles ?? []).map((id) => roleName(pack.roles.find((r) => r.id === id), lang) || id);
  const milestone = (m: string) => (m === 'start' ? t('review.msStart') : t(`milestone.${m}` as MessageKey));
  return (
    <aside className="picker-preview" aria-label={t('lib.preview')} data-testid="lib-preview">
      <h3>{title}</h3>
      {!en && pack.titleEn ? <p className="muted lib-subtitle">{pack.titleEn}</p> : null}
      <LibraryFacts category={pack.category} difficulty={pack.difficulty} durationMin={durationMinOf(pack)} severity={pack.severity?.grade} />
      <p className="muted small-text">{t('setup.counts', { phases: pack.phases.length, roles: pack.roles.length, injects: pack.injects.length })}</p>
      <h4>{t('lib.summary')}</h4>
      <p className="lib-summary">{summary}</p>
      <h4>{t('lib.objectives')}</h4>
      {pack.objectives.length ? (
        <ol className="lib-objectives" data-testid="lib-objectives">
          {pack.objectives.map((o) => (
            <li key={o.id}>{(en && o.textEn) || o.text}</li>
          ))}
        </ol>
      ) : (
        <p className="muted">{t('lib.noneSet')}</p>
      )}
      <h4>{t('lib.timeline')}</h4>
      <TimelinePreview d={pack} />
      <ol className="lib-injects" data-testid="lib-timeline">
        {timed.map((j) => (
          <li key={j.id}>
            <span className="num tnum">{formatDrillClock(j.offsetMin * MINUTE)}</span>
            <span className="lib-channel">{channelLabel(j.channel, t)}</span>
            <span>{injectTitle(j)}</span>
          </li>
        ))}
      </ol>
      {reserve > 0 ? <p className="muted small-text">{t('lib.timelineMore', { n: reserve })}</p> : null}
      {stressed.length ? (
        <>
          <h4>{t('lib.stressed')}</h4>
          <p data-testid="lib-stressed">{joinList(stressed, en ? 'en' : 'zh-CN')}</p>
        </>
      ) : null}
      <h4>{t('lib.severity')}</h4>
      <p data-testid="lib-severity">{pack.severity ? t(`grade.${pack.severity.grade}` as MessageKey) : t('lib.noneSet')}</p>
      {pack.reportingClocks?.length ? (
        <ul className="lib-clocks">
          {pack.reportingClocks.map((c) => (
            <li key={c.id}>
              {t('lib.clock', { label: (en && c.labelEn) || c.label, form: t(`form.${c.form}` as MessageKey), from: milestone(c.from), n: c.withinMin })}
            </li>
          ))}
        </ul>
      ) : null}
    </aside>
  );
}

/** Type · difficulty · duration · grade, as words (never colour alone). */
export function LibraryFacts({ category, difficulty, durationMin, severity }: { category?: string | undefined; difficulty?: string | undefined; durationMin: number; severity?: string | undefined }) {
  const { t, lang } = useI18n();
  const facts = [
    category ? t(`lib.cat.${category}` as MessageKey) : null,
    difficulty ? t(`lib.diff.${difficulty}` as MessageKey) : null,
    formatDuration(durationMin * MINUTE, lang),
    severity ? t(`grade.${severity}` as MessageKey) : null,
  ].filter((f): f is string => f !== null);
  return (
    <span className="lib-facts">
      {facts.map((f) => (
        <span key={f} className="lib-chip">
          {f}
        </span>
      ))}
    </span>
  );
}
