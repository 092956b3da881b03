import { TextField } from '@revolve/ui';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../forms/text-area-field';
import { type NeedsValues } from './needs';

/** ID card number, disability and needs: personal data, all optional. */
export function NeedsFields({
  values,
  idFor,
  errorFor,
  onChange,
}: {
  values: NeedsValues;
  idFor: (path: string) => string;
  errorFor: (path: string) => string | null;
  onChange: (patch: Partial<NeedsValues>, path: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        id={idFor('nationalId')}
        label={t('register.fields.nationalId')}
        autoComplete="off"
        maxLength={40}
        value={values.nationalId}
        error={errorFor('nationalId')}
        onChange={(e) => onChange({ nationalId: e.target.value }, 'nationalId')}
      />
      <TextAreaField
        id={idFor('disabilityNotes')}
        label={t('register.fields.disabilityNotes')}
        hint={t('register.disabilityHint')}
        value={values.disabilityNotes}
        error={errorFor('disabilityNotes')}
        onChange={(e) => onChange({ disabilityNotes: e.target.value }, 'disabilityNotes')}
      />
      <TextAreaField
        id={idFor('needsAssessment')}
        label={t('register.fields.needsAssessment')}
        hint={t('register.needsHint')}
        value={values.needsAssessment}
        error={errorFor('needsAssessment')}
        onChange={(e) => onChange({ needsAssessment: e.target.value }, 'needsAssessment')}
      />
    </>
  );
}
