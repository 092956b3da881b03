import { createI18n, type LanguageCode } from '@revolve/ui';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import en from '../locales/en.json';
import { InjuryFields, PersonFields, type ProfileFieldValues } from './profile-fields';

const values: ProfileFieldValues = {
  fullName: 'Leyla Aliyeva',
  sex: 'FEMALE',
  birthYear: '1980',
  districtId: 'd1',
  village: 'Boyat',
  phone: '',
  injuryKind: '',
  injuryYear: '',
};

async function renderFields(sexPlaceholder?: string) {
  const i18n = await createI18n<LanguageCode>({
    defaultLanguage: 'en',
    supported: ['en'],
    load: async () => en,
    storage: null,
  });
  const onChange = jest.fn();
  render(
    <I18nextProvider i18n={i18n}>
      <PersonFields
        values={values}
        idFor={(path) => `t-${path.replace(/\./g, '-')}`}
        errorFor={(path) => (path === 'birthYear' ? 'Year of birth: too early' : null)}
        onChange={onChange}
        districtOptions={[
          { value: 'd1', label: 'Aghjabedi' },
          { value: 'd2', label: 'Barda' },
        ]}
        sexPlaceholder={sexPlaceholder}
      />
      <InjuryFields
        values={values}
        idFor={(path) => `t-${path.replace(/\./g, '-')}`}
        errorFor={() => null}
        onChange={onChange}
      />
    </I18nextProvider>,
  );
  return onChange;
}

describe('profile fields', () => {
  it('labels each field, ids it by path and shows its error', async () => {
    await renderFields();
    expect(screen.getByRole('textbox', { name: en.register.fields.fullName })).toHaveValue(
      'Leyla Aliyeva',
    );
    expect(screen.getByRole('combobox', { name: en.register.fields.districtId })).toHaveValue('d1');
    expect(screen.getByRole('combobox', { name: en.register.injury.kind })).toHaveAttribute(
      'id',
      't-injury-kind',
    );
    expect(screen.getByText('Year of birth: too early')).toBeInTheDocument();
  });

  it('offers an empty sex choice only when asked', async () => {
    await renderFields(en.register.choose);
    const sex = screen.getByRole('combobox', { name: en.register.fields.sex });
    expect(sex.querySelector('option[value=""]')).toHaveTextContent(en.register.choose);
  });

  it('reports a change with the path whose server error it clears', async () => {
    const onChange = await renderFields();
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: en.register.fields.districtId }),
      'd2',
    );
    expect(onChange).toHaveBeenCalledWith({ districtId: 'd2' }, 'districtId');
    await userEvent.type(screen.getByRole('textbox', { name: en.register.injury.year }), '7');
    expect(onChange).toHaveBeenLastCalledWith({ injuryYear: '7' }, 'injury.year');
  });
});
