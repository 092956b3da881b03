import '@revolve/ui/theme.css';
// Inlined into index.html with the theme (1 KB gzip): the signed-in screens then wait for no
// stylesheet request before they show.
import './signed-in/portal.css';
import { showStartupError } from '@revolve/ui';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { App } from './app';
import { createPortalI18n } from './i18n';
import { routes } from './routes';

const container = document.getElementById('root');
if (!container) throw new Error('index.html must have an element with id "root"');

// Render once the active locale is in, so no one sees untranslated keys.
createPortalI18n()
  .then((i18n) => {
    const root = createRoot(container);
    // As a transition React renders in slices of a few milliseconds, so a slow phone stays
    // responsive to taps while the first screen is built (the loading text stays meanwhile).
    startTransition(() => {
      root.render(
        <StrictMode>
          <App i18n={i18n} router={createBrowserRouter(routes)} />
        </StrictMode>,
      );
    });
  })
  .catch(() => {
    showStartupError(
      container,
      'Yükləmək alınmadı. İnternet bağlantınızı yoxlayın. / Не удалось загрузить. / Could not load.',
      'Yenidən cəhd et / Повторить / Try again',
    );
  });
