// The page shown in the desktop window when its preload bridge is missing: a plain statement, in both languages, that nothing can be done here.
import { translate } from '../i18n/i18n';

export function BridgeMissing() {
  return (
    <div className="page bridge-missing" role="alert" data-testid="bridge-missing">
      <main className="page-body narrow">
        <h1>{translate('zh-CN', 'app.bridgeMissing.title')}</h1>
        <p>{translate('zh-CN', 'app.bridgeMissing.body')}</p>
        <h2 lang="en">{translate('en', 'app.bridgeMissing.title')}</h2>
        <p lang="en">{translate('en', 'app.bridgeMissing.body')}</p>
      </main>
    </div>
  );
}
