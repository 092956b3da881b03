import { gql, type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { Button, DateText, ErrorState } from '@revolve/ui';
import { useState } from 'react';
import { bakuDate } from './baku-date';

interface IssueCodeData {
  issuePortalAccessCode: {
    code: string | null;
    expiresAt: string | null;
    userErrors: { field: string[] | null; message: string; code: string }[];
  };
}

export const ISSUE_PORTAL_ACCESS_CODE: TypedDocumentNode<
  IssueCodeData,
  { input: { beneficiaryId: string } }
> = gql`
  mutation AdminIssuePortalAccessCode($input: IssuePortalAccessCodeInput!) {
    issuePortalAccessCode(input: $input) {
      code
      expiresAt
      userErrors {
        field
        message
        code
      }
    }
  }
`;

/** Texts from the admin locale files (the admin app owns them). */
export interface PortalAccessCodeLabels {
  issue: string;
  issuing: string;
  /** Above the code, e.g. "One-time code: read it to the survivor". */
  codeTitle: string;
  /** Before the expiry date, e.g. "Works once, until". */
  validUntil: string;
  hide: string;
  failedTitle: string;
  networkError: string;
}

/**
 * Issues a one-time code for the survivor's first portal sign-in (they choose their own PIN
 * with it). Shown once: only a hash is stored; issuing again voids the earlier code.
 */
export function PortalAccessCode({
  beneficiaryId,
  labels,
  locale,
}: {
  beneficiaryId: string;
  labels: PortalAccessCodeLabels;
  locale: string;
}) {
  const [issue, { loading }] = useMutation(ISSUE_PORTAL_ACCESS_CODE);
  const [shown, setShown] = useState<{ code: string; expiresAt: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const send = async () => {
    setProblem(null);
    setShown(null);
    try {
      const result = await issue({ variables: { input: { beneficiaryId } } });
      const payload = result.data?.issuePortalAccessCode;
      if (payload?.code && payload.expiresAt)
        setShown({ code: payload.code, expiresAt: payload.expiresAt });
      else setProblem(payload?.userErrors.map((e) => e.message).join(' ') || labels.networkError);
    } catch {
      setProblem(labels.networkError);
    }
  };

  return (
    <div>
      {problem && <ErrorState title={labels.failedTitle} message={problem} />}
      {shown ? (
        <div className="rv-state" role="status">
          <p className="rv-state__title">{labels.codeTitle}</p>
          {/* Grouped in fours, the way it is read out. */}
          <p style={{ fontSize: '2rem', fontWeight: 700, letterSpacing: '0.1em' }}>
            {shown.code.slice(0, 4)} {shown.code.slice(4)}
          </p>
          <p>
            {labels.validUntil} <DateText value={bakuDate(shown.expiresAt)} locale={locale} />
          </p>
          <Button variant="secondary" onClick={() => setShown(null)}>
            {labels.hide}
          </Button>
        </div>
      ) : (
        <Button
          variant="secondary"
          busy={loading}
          busyLabel={labels.issuing}
          onClick={() => void send()}
        >
          {labels.issue}
        </Button>
      )}
    </div>
  );
}
