import { courseLanguage } from './courses-query';

describe('courseLanguage', () => {
  it('asks the API for course texts in the reader language, Azerbaijani by default', () => {
    expect(courseLanguage('az')).toBe('AZ');
    expect(courseLanguage('ru')).toBe('RU');
    expect(courseLanguage('en')).toBe('EN');
    expect(courseLanguage('de')).toBe('AZ');
  });
});
