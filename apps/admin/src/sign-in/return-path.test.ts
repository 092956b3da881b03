import { goToSignIn, returnPath, signInPath } from './return-path';

describe('returnPath', () => {
  it('returns to paths inside the app', () => {
    expect(returnPath('/loans/l1')).toBe('/loans/l1');
    expect(returnPath('/beneficiaries?search=ali')).toBe('/beneficiaries?search=ali');
  });

  it('goes to the start for anything else', () => {
    for (const next of [
      null,
      '',
      'https://evil.example',
      '//evil.example',
      '/\\evil',
      '/sign-in',
      '/sign-in?next=%2F',
    ])
      expect(returnPath(next)).toBe('/');
  });
});

describe('signInPath and goToSignIn', () => {
  it('carries the path and its query, encoded', () => {
    expect(signInPath('/loans?status=ACTIVE')).toBe('/sign-in?next=%2Floans%3Fstatus%3DACTIVE');
    expect(signInPath('/')).toBe('/sign-in');
  });

  it('navigates from where the user is, and not again from sign-in', () => {
    const navigate = jest.fn();
    goToSignIn({ state: { location: { pathname: '/courses/s1', search: '' } }, navigate });
    expect(navigate).toHaveBeenCalledWith('/sign-in?next=%2Fcourses%2Fs1');
    navigate.mockClear();
    goToSignIn({ state: { location: { pathname: '/sign-in', search: '?next=x' } }, navigate });
    expect(navigate).not.toHaveBeenCalled();
    // A router with a basename reports locations with it and adds it to where it goes.
    const admin = (pathname: string, search = '') => ({
      basename: '/admin',
      state: { location: { pathname, search } },
      navigate,
    });
    goToSignIn(admin('/admin/loans', '?status=ACTIVE'));
    expect(navigate).toHaveBeenCalledWith('/sign-in?next=%2Floans%3Fstatus%3DACTIVE');
    navigate.mockClear();
    goToSignIn(admin('/admin/sign-in'));
    expect(navigate).not.toHaveBeenCalled();
  });
});
