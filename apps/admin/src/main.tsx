import '@revolve/ui/theme.css';
import './admin.css';
import { showStartupError } from '@revolve/ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { createApolloClient } from './apollo-client';
import { App } from './app';
import { createAdminI18n } from './i18n';
import { routes } from './routes';
import { goToSignIn } from './sign-in/return-path';

const container = document.getElementById('root');
if (!container) throw new Error('index.html must have an element with id "root"');

// Render once the active locale is in, so no one sees untranslated keys.
createAdminI18n()
  .then((i18n) => {
    const router = createBrowserRouter(routes, { basename: '/admin' });
    createRoot(container).render(
      <StrictMode>
        <App
          client={createApolloClient({ onUnauthenticated: () => goToSignIn(router) })}
          i18n={i18n}
          router={router}
        />
      </StrictMode>,
    );
  })
  .catch(() => {
    showStartupError(
      container,
      'Could not load. Check your connection. / Yükləmək alınmadı. / Не удалось загрузить.',
      'Try again / Yenidən cəhd et / Повторить',
    );
  });
