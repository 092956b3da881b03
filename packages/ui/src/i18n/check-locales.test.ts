import { checkLocales, messageArguments } from './check-locales';

describe('messageArguments', () => {
  it('finds arguments inside plural and select branches, not the branch words', () => {
    expect(
      messageArguments(
        '{role, select, ADMIN {Admin {name}} other {{role}}} has {count, plural, one {# loan} other {# loans}}',
        'en',
      ),
    ).toEqual(['count', 'name', 'role']);
  });

  it('throws on broken ICU syntax', () => {
    expect(() => messageArguments('Hello {name', 'en')).toThrow();
  });
});

describe('checkLocales', () => {
  it('passes matching locales', () => {
    expect(checkLocales({ en: { hi: 'Hello, {name}!' }, az: { hi: 'Salam, {name}!' } })).toEqual({
      missing: {},
      messages: [],
    });
  });

  it('reports missing keys, empty text, bad syntax and dropped arguments', () => {
    const result = checkLocales({
      en: { hi: 'Hello, {name}!', bye: 'Bye', count: '{n, plural, one {# item} other {# items}}' },
      az: { hi: 'Salam!', bye: ' ', count: '{n, plural, other {# element}' },
      ru: { hi: 'Привет, {name}!' },
    });
    expect(result.missing).toEqual({ ru: ['bye', 'count'] });
    expect(result.messages).toEqual([
      'az bye: empty message',
      expect.stringMatching(/^az count: invalid ICU message/),
      'az hi: uses {} but en uses {name}',
    ]);
  });
});
