import { TextField } from '@revolve/ui';
import { useTranslation } from 'react-i18next';
import { type SelectOption, SelectField } from '../forms/select-field';
import { INJURY_KINDS, SEXES } from './registration-form';

/** The survivor's own fields as typed, shared by registration and the profile edit. */
export interface ProfileFieldValues {
  fullName: string;
  sex: string;
  birthYear: string;
  districtId: string;
  village: string;
  phone: string;
  injuryKind: string;
  injuryYear: string;
}

interface FieldsProps<K extends keyof ProfileFieldValues> {
  values: Pick<ProfileFieldValues, K>;
  /** Element id of a field path, e.g. "injury.kind". */
  idFor: (path: string) => string;
  errorFor: (path: string) => string | null;
  /** A field changed: the new value and the path whose server error it clears. */
  onChange: (patch: Partial<Pick<ProfileFieldValues, K>>, path: string) => void;
}

type PersonKey = 'fullName' | 'sex' | 'birthYear' | 'districtId' | 'village' | 'phone';

export interface PersonFieldsProps extends FieldsProps<PersonKey> {
  districtOptions: SelectOption[];
  /** The empty choice shown first in the sex select, if any. */
  sexPlaceholder?: string;
  /** The empty choice shown first in the district select, if any. */
  districtPlaceholder?: string;
}

/** Name, sex, birth year, district, village and phone. */
export function PersonFields({
  values,
  idFor,
  errorFor,
  onChange,
  districtOptions,
  sexPlaceholder,
  districtPlaceholder,
}: PersonFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        id={idFor('fullName')}
        label={t('register.fields.fullName')}
        required
        autoComplete="off"
        value={values.fullName}
        error={errorFor('fullName')}
        onChange={(e) => onChange({ fullName: e.target.value }, 'fullName')}
      />
      <div className="admin-row">
        <SelectField
          id={idFor('sex')}
          label={t('register.fields.sex')}
          required
          placeholder={sexPlaceholder}
          options={SEXES.map((value) => ({ value, label: t(`survivors.sex.${value}`) }))}
          value={values.sex}
          error={errorFor('sex')}
          onChange={(e) => onChange({ sex: e.target.value }, 'sex')}
        />
        <TextField
          id={idFor('birthYear')}
          label={t('register.fields.birthYear')}
          required
          inputMode="numeric"
          maxLength={4}
          value={values.birthYear}
          error={errorFor('birthYear')}
          onChange={(e) => onChange({ birthYear: e.target.value }, 'birthYear')}
        />
      </div>
      <div className="admin-row">
        <SelectField
          id={idFor('districtId')}
          label={t('register.fields.districtId')}
          required
          placeholder={districtPlaceholder}
          options={districtOptions}
          value={values.districtId}
          error={errorFor('districtId')}
          onChange={(e) => onChange({ districtId: e.target.value }, 'districtId')}
        />
        <TextField
          id={idFor('village')}
          label={t('register.fields.village')}
          value={values.village}
          error={errorFor('village')}
          onChange={(e) => onChange({ village: e.target.value }, 'village')}
        />
      </div>
      <TextField
        id={idFor('phone')}
        label={t('register.fields.phone')}
        hint={t('register.phoneHint')}
        type="tel"
        autoComplete="off"
        value={values.phone}
        error={errorFor('phone')}
        onChange={(e) => onChange({ phone: e.target.value }, 'phone')}
      />
    </>
  );
}

export type InjuryFieldsProps = FieldsProps<'injuryKind' | 'injuryYear'>;

/** The kind of injury and the year it happened, both optional. */
export function InjuryFields({ values, idFor, errorFor, onChange }: InjuryFieldsProps) {
  const { t } = useTranslation();
  return (
    <div className="admin-row">
      <SelectField
        id={idFor('injury.kind')}
        label={t('register.injury.kind')}
        placeholder={t('register.notRecorded')}
        options={INJURY_KINDS.map((value) => ({
          value,
          label: t(`register.injuryKinds.${value}`),
        }))}
        value={values.injuryKind}
        error={errorFor('injury.kind')}
        onChange={(e) => onChange({ injuryKind: e.target.value }, 'injury.kind')}
      />
      <TextField
        id={idFor('injury.year')}
        label={t('register.injury.year')}
        inputMode="numeric"
        maxLength={4}
        value={values.injuryYear}
        error={errorFor('injury.year')}
        onChange={(e) => onChange({ injuryYear: e.target.value }, 'injury.year')}
      />
    </div>
  );
}
