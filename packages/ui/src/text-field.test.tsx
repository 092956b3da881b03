import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TextField } from './text-field';

describe('TextField', () => {
  it('labels the input and passes inputMode and autocomplete through', () => {
    render(<TextField label="PIN" name="pin" inputMode="numeric" autoComplete="one-time-code" />);
    const input = screen.getByLabelText('PIN');
    expect(input).toHaveAttribute('inputmode', 'numeric');
    expect(input).toHaveAttribute('autocomplete', 'one-time-code');
    expect(input).toHaveAttribute('name', 'pin');
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it('ties the hint to the input', () => {
    render(<TextField label="Phone" hint="Starts with +994" />);
    expect(screen.getByLabelText('Phone')).toHaveAccessibleDescription('Starts with +994');
  });

  it('marks the input invalid and reads the error together with the hint', () => {
    render(<TextField label="PIN" hint="6 digits" error="PIN must be 6 digits" />);
    const input = screen.getByLabelText('PIN');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toBeInvalid();
    expect(input).toHaveAccessibleDescription('6 digits PIN must be 6 digits');
  });

  it('keeps ids unique when the same field appears twice', () => {
    render(
      <>
        <TextField label="A" error="bad a" />
        <TextField label="B" error="bad b" />
      </>,
    );
    expect(screen.getByLabelText('A')).toHaveAccessibleDescription('bad a');
    expect(screen.getByLabelText('B')).toHaveAccessibleDescription('bad b');
  });

  it('accepts typed and pasted text', async () => {
    render(<TextField label="Name" />);
    const input = screen.getByLabelText('Name');
    await userEvent.type(input, 'Ay');
    await userEvent.paste('gün');
    expect(input).toHaveValue('Aygün');
  });
});
