import { addTypenameToDocument } from '@apollo/client/utilities';
import { print } from 'graphql';
import { MY_LOANS_QUERY } from '../loans/my-loans-query';
import { SESSION_QUERY } from '../session';

/** What a signed-in screen needs before it can show anything: its loans, and its chunks. */
export interface EarlyScreen {
  /** The screen shows myLoans first (home, schedule). */
  loans: boolean;
  /** Built files (scripts, stylesheets) the screen loads beyond index.html's own. */
  files: string[];
}

/**
 * The loans query exactly as Apollo Client sends it (its cache adds __typename), so that the
 * early answer can stand in for it and be cached the same way.
 */
export function loansQueryText(): string {
  return print(addTypenameToDocument(MY_LOANS_QUERY));
}

/**
 * The inline script index.html runs before the app's scripts arrive, on the signed-in screens
 * in `screens` (by path). Without it a signed-in survivor on a slow line waits for the scripts,
 * then the session check, then the screen's chunks, then the loans, one after the other. With
 * it the session check and the loans are on their way at once; once the session says someone
 * is signed in, the screen's chunks (Apollo Client among them) are preloaded beside the entry's.
 * A signed-out visitor downloads no signed-in chunk, and no loans are kept for them.
 * The answers wait in window.__revolveEarly for early-answers.ts. Plain ES5, no dependencies.
 */
export function earlyScript(screens: Record<string, EarlyScreen>): string {
  const ask = (query: string) =>
    JSON.stringify(
      JSON.stringify({
        operationName: /query (\w+)/.exec(query)?.[1],
        // One line: GraphQL ignores the layout, and index.html stays small.
        query: query.replace(/\s+/g, ' '),
        variables: {},
      }),
    );
  return [
    '(function(w,d){',
    `var s=${JSON.stringify(screens)}[location.pathname.replace(/\\/+$/,"")||"/"];`,
    'if(!s||!w.fetch)return;',
    'function ask(b){var r=fetch("/graphql",{method:"POST",credentials:"same-origin",',
    'headers:{"content-type":"application/json","apollo-require-preflight":"true"},body:b});',
    'r.catch(function(){});return r}',
    `var e=w.__revolveEarly={session:ask(${ask(SESSION_QUERY)})};`,
    `if(s.loans)e.loans=ask(${ask(loansQueryText())});`,
    'e.session.then(function(r){return r.clone().json()}).then(function(j){',
    'if(!(j&&j.data&&j.data.me)){delete e.loans;return}',
    's.files.forEach(function(f){var l=d.createElement("link");',
    'if(/\\.css$/.test(f)){l.rel="preload";l.as="style"}else{l.rel="modulepreload";l.crossOrigin=""}',
    'l.href="/"+f;d.head.appendChild(l)})',
    '}).catch(function(){})',
    '})(window,document)',
  ].join('');
}
