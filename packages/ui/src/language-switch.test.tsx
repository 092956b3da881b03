import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LanguageSwitch } from './language-switch';

describe('LanguageSwitch', () => {
  it('offers each language by its own name, marked with its lang', () => {
    render(<LanguageSwitch current="az" onChange={() => {}} label="Dil" />);
    const group = screen.getByRole('group', { name: 'Dil' });
    expect(group).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Azərbaycanca' })).toHaveAttribute('lang', 'az');
    expect(screen.getByRole('button', { name: 'Русский' })).toHaveAttribute('lang', 'ru');
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('lang', 'en');
  });

  it('marks the current language as pressed', () => {
    render(<LanguageSwitch current="ru" onChange={() => {}} label="Язык" />);
    expect(screen.getByRole('button', { name: 'Русский', pressed: true })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'English', pressed: false })).toBeInTheDocument();
  });

  it('asks for another language, and not for the current one again', async () => {
    const onChange = jest.fn();
    render(<LanguageSwitch current="az" onChange={onChange} label="Dil" />);
    await userEvent.click(screen.getByRole('button', { name: 'Azərbaycanca' }));
    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith('en');
  });
});
