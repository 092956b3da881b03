import { type ReactNode, useEffect, useRef } from 'react';

export interface PageProps {
  /** The one h1 of the screen; also the start of document.title. */
  title: string;
  /** Appended to the document title, e.g. the app name. */
  titleSuffix?: string;
  /** Move focus to the heading on mount, so screen readers announce a route change. */
  focusOnMount?: boolean;
  children?: ReactNode;
}

export function Page({ title, titleSuffix, focusOnMount = true, children }: PageProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = titleSuffix ? `${title} – ${titleSuffix}` : title;
  }, [title, titleSuffix]);
  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, [focusOnMount]);
  return (
    <div className="rv-page">
      <h1 className="rv-page__title" ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </div>
  );
}
