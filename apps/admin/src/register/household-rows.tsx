import { Button, TextField } from '@revolve/ui';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../forms/select-field';
import { emptyMember, type MemberValues, OCCUPATIONS, RELATIONS, SEXES } from './registration-form';

export interface HouseholdRowsProps {
  members: MemberValues[];
  onChange: (members: MemberValues[]) => void;
  /** The message for a path such as "household.0.sex", or null. */
  errorFor: (path: string) => string | null;
  /** Element id of a path, so a form can focus its first error. */
  idFor: (path: string) => string;
}

/** Household members as rows that can be added and removed, each field tied to its errors. */
export function HouseholdRows({ members, onChange, errorFor, idFor }: HouseholdRowsProps) {
  const { t } = useTranslation();
  const nextKey = useRef(Math.max(0, ...members.map((m) => m.key)) + 1);
  const choose = (prefix: string, list: readonly string[]) =>
    list.map((value) => ({ value, label: t(`${prefix}.${value}`) }));
  const setMember = (index: number, patch: Partial<MemberValues>) =>
    onChange(members.map((m, i) => (i === index ? { ...m, ...patch } : m)));
  const field = (i: number, name: keyof MemberValues) => `household.${i}.${name}`;

  return (
    <>
      <p className="admin-muted">{t('register.householdHint', { count: members.length })}</p>
      {members.map((m, i) => (
        <div
          key={m.key}
          className="admin-row"
          role="group"
          aria-label={t('register.memberLabel', { n: i + 1 })}
        >
          <SelectField
            id={idFor(field(i, 'relation'))}
            label={t('register.member.relation')}
            placeholder={t('register.choose')}
            options={choose('register.relations', RELATIONS)}
            value={m.relation}
            error={errorFor(field(i, 'relation'))}
            onChange={(e) => setMember(i, { relation: e.target.value })}
          />
          <SelectField
            id={idFor(field(i, 'sex'))}
            label={t('register.member.sex')}
            placeholder={t('register.choose')}
            options={choose('survivors.sex', SEXES)}
            value={m.sex}
            error={errorFor(field(i, 'sex'))}
            onChange={(e) => setMember(i, { sex: e.target.value })}
          />
          <TextField
            id={idFor(field(i, 'birthYear'))}
            label={t('register.member.birthYear')}
            inputMode="numeric"
            maxLength={4}
            value={m.birthYear}
            error={errorFor(field(i, 'birthYear'))}
            onChange={(e) => setMember(i, { birthYear: e.target.value })}
          />
          <SelectField
            id={idFor(field(i, 'occupation'))}
            label={t('register.member.occupation')}
            placeholder={t('register.choose')}
            options={choose('register.occupations', OCCUPATIONS)}
            value={m.occupation}
            error={errorFor(field(i, 'occupation'))}
            onChange={(e) => setMember(i, { occupation: e.target.value })}
          />
          <Button variant="secondary" onClick={() => onChange(members.filter((_, j) => j !== i))}>
            {t('register.removeMember', { n: i + 1 })}
          </Button>
        </div>
      ))}
      <Button
        variant="secondary"
        onClick={() => onChange([...members, emptyMember(nextKey.current++)])}
      >
        {t('register.addMember')}
      </Button>
    </>
  );
}
