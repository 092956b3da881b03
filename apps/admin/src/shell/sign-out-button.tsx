import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button } from '@revolve/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { LOGOUT_MUTATION } from '../auth/logout-mutation';

export function SignOutButton() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logout, { loading }] = useMutation(LOGOUT_MUTATION);
  const [failed, setFailed] = useState(false);

  const signOut = async () => {
    setFailed(false);
    try {
      await logout();
    } catch {
      // The session cookie may still be valid: say so rather than pretend to be signed out.
      setFailed(true);
      return;
    }
    await navigate('/sign-in', { replace: true });
    // Nothing of the last user may stay in memory for the next one at this desk.
    await client.clearStore();
  };

  return (
    <>
      <Button
        variant="secondary"
        busy={loading}
        busyLabel={t('signOut.busy')}
        onClick={() => void signOut()}
      >
        {t('signOut.label')}
      </Button>
      {failed && (
        <p role="alert" className="admin-inline-error">
          {t('signOut.failed')}
        </p>
      )}
    </>
  );
}
