// The console's reminder of what the projector shows full-size, with the button that takes it down.
import { injectOf } from '../../../shared/domain/adhoc';
import { useI18n } from '../../i18n/i18n';
import type { DrillView } from '../../state/useDrill';
import { Icon } from '../../ui/icons';
import { injectTitle } from '../../ui/names';
import { useControls } from './controls';

export function SpotlightBar({ view, locked }: { view: DrillView; locked: boolean }) {
  const { t } = useI18n();
  const controls = useControls();
  const spot = view.state.spotlight;
  if (!spot) return null;
  const title = injectTitle(injectOf(view.state, spot.injectId));
  return (
    <div className="spotlight-bar" role="status" data-testid="spotlight-bar">
      <Icon name="screen" />
      <span className="spotlight-bar-text">{t('spot.showing', { title })}</span>
      {locked ? null : (
        <button type="button" className="small" onClick={() => controls.spotlight(null)} data-testid="spotlight-off">
          {t('spot.off')}
        </button>
      )}
    </div>
  );
}
