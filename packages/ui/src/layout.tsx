import { type ReactNode } from 'react';

export interface LayoutProps {
  /** Text of the skip link, in the current language. */
  skipLinkLabel: string;
  /** Site name or logo, shown in the banner. */
  brand: ReactNode;
  /** Language switch, sign-out and the like, shown in the banner. */
  actions?: ReactNode;
  /** Main navigation; wrapped in a labelled <nav> when given. */
  navigation?: ReactNode;
  navigationLabel?: string;
  footer?: ReactNode;
  children: ReactNode;
}

export const MAIN_CONTENT_ID = 'main-content';

/** The page frame: skip link, banner, optional navigation, main and footer landmarks. */
export function Layout({
  skipLinkLabel,
  brand,
  actions,
  navigation,
  navigationLabel,
  footer,
  children,
}: LayoutProps) {
  return (
    <div className="rv-layout">
      <a className="rv-skip-link" href={`#${MAIN_CONTENT_ID}`}>
        {skipLinkLabel}
      </a>
      <header className="rv-layout__header">
        <div className="rv-layout__brand">{brand}</div>
        {actions && <div className="rv-layout__actions">{actions}</div>}
      </header>
      <div className="rv-layout__body">
        {navigation && (
          <nav className="rv-layout__nav" aria-label={navigationLabel}>
            {navigation}
          </nav>
        )}
        {/* tabIndex -1 lets the skip link and route changes move focus here. */}
        <main className="rv-layout__main" id={MAIN_CONTENT_ID} tabIndex={-1}>
          {children}
        </main>
      </div>
      {footer && <footer className="rv-layout__footer">{footer}</footer>}
    </div>
  );
}
