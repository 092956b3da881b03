import { ErrorState, LoadingState, Page } from '@revolve/ui';
import { useTranslation } from 'react-i18next';
import { FirstTimeForm } from './first-time-form';
import { useFirstTimeMessages } from './first-time-messages';

/** First sign-in: phone and the case manager's one-time code, then a PIN of one's own. */
export function FirstTimePage() {
  const { t } = useTranslation();
  const messages = useFirstTimeMessages();
  if (messages.state === 'ready') return <FirstTimeForm t={messages.t} />;
  return (
    <Page title={t('signIn.firstTime')} titleSuffix={t('app.name')}>
      {messages.state === 'failed' ? (
        <ErrorState
          title={t('home.errorTitle')}
          message={t('home.errorBody')}
          retryLabel={t('home.retry')}
          onRetry={messages.retry}
        />
      ) : (
        <LoadingState label={t('app.loading')} />
      )}
    </Page>
  );
}
