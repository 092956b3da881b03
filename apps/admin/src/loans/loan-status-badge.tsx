import { StatusBadge, type StatusTone } from '@revolve/ui';
import { useTranslation } from 'react-i18next';
import { type LoanStatus } from './loan-documents';

const TONE: Record<LoanStatus, StatusTone> = {
  SUBMITTED: 'info',
  APPROVED: 'info',
  ACTIVE: 'success',
  REPAID: 'success',
  REJECTED: 'neutral',
  WITHDRAWN: 'neutral',
  WRITTEN_OFF: 'danger',
};

export function LoanStatusBadge({ status }: { status: LoanStatus }) {
  const { t } = useTranslation();
  return <StatusBadge tone={TONE[status]} label={t(`loan.status.${status}`)} />;
}
