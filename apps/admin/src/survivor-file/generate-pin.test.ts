import { generatePin, isGuessablePin } from './generate-pin';

const sequence = (...values: number[]) => {
  let i = 0;
  return (target: Uint32Array) => {
    target[0] = values[i++] ?? 0;
    return target;
  };
};

describe('generatePin', () => {
  it('gives six digits, keeping leading zeros', () => {
    expect(generatePin(sequence(42_017))).toBe('042017');
  });

  it('draws again instead of giving a guessable PIN or a biased value', () => {
    expect(generatePin(sequence(111_111, 4_294_000_001, 123_456, 918_273))).toBe('918273');
  });

  it('uses the platform generator by default', () => {
    const pins = new Set(Array.from({ length: 20 }, () => generatePin()));
    for (const pin of pins) expect(pin).toMatch(/^\d{6}$/);
    expect(pins.size).toBeGreaterThan(1);
  });
});

describe('isGuessablePin', () => {
  it('spots repeated and counting digits only', () => {
    expect(['000000', '123456', '987654'].map(isGuessablePin)).toEqual([true, true, true]);
    expect(['123457', '204917'].map(isGuessablePin)).toEqual([false, false]);
  });
});
