import { beneficiarySearchText, foldForSearch, likePattern } from './search-text';

describe('foldForSearch', () => {
  it('folds İ/i and I/ı the Azerbaijani way', () => {
    expect(foldForSearch('İLHAM')).toBe(foldForSearch('ilham'));
    expect(foldForSearch('ISMAYILOV')).toBe(foldForSearch('ısmayılov'));
    expect(foldForSearch('Şəkər ÇAĞLAR')).toBe('şəkər çağlar');
  });

  it('lets plain i find dotless ı', () => {
    expect(foldForSearch('Aydın')).toBe(foldForSearch('aydin'));
  });
});

describe('beneficiarySearchText', () => {
  it('covers name, phone (also digits only) and code', () => {
    const t = beneficiarySearchText({
      fullName: 'İlham Əliyev',
      phone: '+994500000001',
      code: 'AGJ-001',
    });
    expect(t).toContain('ilham əliyev');
    expect(t).toContain('994500000001');
    expect(t).toContain('agj-001');
  });
});

describe('likePattern', () => {
  it('escapes wildcards', () => {
    expect(likePattern(' 50%_ ')).toBe('%50\\%\\_%');
  });
});
