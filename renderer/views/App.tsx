// The app shell: preferences (language, theme), notices, and the view the hash route names.
import { lazy, Suspense, useEffect } from 'react';
import { I18nProvider } from '../i18n/i18n';
import { useLangPref, useThemePref } from '../state/prefs';
import { useRoute } from '../state/route';
import { bridgeMissing } from '../api/transport';
import { NoticeProvider } from '../ui/notice';
import { BridgeMissing } from './BridgeMissing';
import { Console } from './console/Console';
import { Projector } from './projector/Projector';
import { SeatPage } from './seat/SeatPage';
import { DrillList } from './setup/DrillList';
import { NewDrill } from './setup/NewDrill';

// The review, replay and editor load on first use, so the console starts with less JavaScript.
const Review = lazy(() => import('./review/Review'));
const Replay = lazy(() => import('./replay/Replay'));
const Editor = lazy(() => import('./editor/Editor'));
const ImprovementLedger = lazy(() => import('./ledger/ImprovementLedger'));
const DrillLedgerView = lazy(() => import('./ledger/DrillLedgerView'));

export function App() {
  const route = useRoute();
  const [lang, setLang] = useLangPref();
  const [theme, setTheme] = useThemePref();
  useEffect(() => {
    document.documentElement.dataset['theme'] = theme;
    document.documentElement.lang = lang;
    document.documentElement.dataset['view'] = route.name;
  }, [theme, lang, route.name]);
  const prefs = { lang, setLang, theme, setTheme };
  if (bridgeMissing()) return <BridgeMissing />;
  return (
    <I18nProvider lang={lang}>
      <NoticeProvider>
        <Suspense fallback={<div className="page muted">…</div>}>
        {route.name === 'seat' ? (
          <SeatPage code={route.code} prefs={prefs} />
        ) : route.name === 'projector' ? (
          <Projector drillId={route.drillId} />
        ) : route.name === 'console' ? (
          <Console drillId={route.drillId} prefs={prefs} />
        ) : route.name === 'review' ? (
          <Review drillId={route.drillId} prefs={prefs} />
        ) : route.name === 'replay' ? (
          <Replay drillId={route.drillId} />
        ) : route.name === 'editor' ? (
          <Editor scenarioId={route.scenarioId} prefs={prefs} />
        ) : route.name === 'improvementLedger' ? (
          <ImprovementLedger prefs={prefs} />
        ) : route.name === 'ledgerDrills' ? (
          <DrillLedgerView prefs={prefs} />
        ) : route.name === 'new' ? (
          <NewDrill prefs={prefs} />
        ) : (
          <DrillList prefs={prefs} />
        )}
        </Suspense>
      </NoticeProvider>
    </I18nProvider>
  );
}
