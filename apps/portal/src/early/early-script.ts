import { addTypenameToDocument } from '@apollo/client/utilities';
import { print } from 'graphql';
import { MY_LOANS_QUERY } from '../loans/my-loans-query';
import { SESSION_QUERY } from '../session';

/** What a signed-in screen needs before it can show anything: its loans, and its chunks. */
export interface EarlyScreen {
  /** The screen shows myLoans first (home, schedule). */
  loans: boolean;
  /** Built scripts the screen loads beyond index.html's own (stylesheets are all inline). */
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
 * is signed in and the loading text has been painted, the screen's chunks (Apollo Client among
 * them) are preloaded beside the entry's.
 * A signed-out visitor downloads no signed-in chunk, and no loans are kept for them.
 * The answers wait in window.__revolveEarly for early-answers.ts. Plain ES5, no dependencies.
 */
export function earlyScript(screens: Record<string, EarlyScreen>): string {
  // Kept small, it is in every page: files all screens share once, then [loans?, own files].
  const lists = Object.values(screens).map((screen) => screen.files);
  const shared = (lists[0] ?? []).filter((file) => lists.every((list) => list.includes(file)));
  const table = Object.fromEntries(
    Object.entries(screens).map(([path, { loans, files }]) => [
      path,
      [loans ? 1 : 0, ...files.filter((file) => !shared.includes(file))],
    ]),
  );
  // One line, no spaces around braces: GraphQL ignores the layout. Apollo Server needs neither
  // operationName nor variables; same-origin credentials are fetch's default.
  const body = (query: string) =>
    JSON.stringify(
      JSON.stringify({ query: query.replace(/\s+/g, ' ').replace(/ ?([{}]) ?/g, '$1') }),
    );
  return [
    '(function(w,d){',
    `var t=${JSON.stringify(table)}[location.pathname.replace(/\\/+$/,"")||"/"];`,
    'if(!t)return;',
    'function ask(b){var r=fetch("/graphql",{method:"POST",',
    'headers:{"content-type":"application/json","apollo-require-preflight":"true"},body:b});',
    'r.catch(function(){});return r}',
    `var e=w.__revolveEarly={session:ask(${body(SESSION_QUERY)})};`,
    `if(t[0])e.loans=ask(${body(loansQueryText())});`,
    'e.session.then(function(r){return r.clone().json()}).then(function(j){',
    'if(!(j&&j.data&&j.data.me)){delete e.loans;return}',
    // After the first paint (a frame, then a task): the loading text must not wait for them.
    'requestAnimationFrame(function(){setTimeout(function(){',
    `${JSON.stringify(shared)}.concat(t.slice(1)).forEach(function(f){`,
    'var l=d.createElement("link");l.rel="modulepreload";l.href="/"+f;d.head.appendChild(l)})',
    '})})',
    '}).catch(function(){})',
    '})(window,document)',
  ].join('');
}

/**
 * Starts the app (its entry module, already preloaded) once the loading text has been painted,
 * or at once in a hidden tab (which paints nothing): a module script that arrives fast would
 * otherwise run before the first paint and hold it back.
 */
export function entryLoader(entry: string): string {
  return (
    `(function(){function go(){import(${JSON.stringify(`/${entry}`)})}` +
    'if(document.hidden)go();else requestAnimationFrame(function(){setTimeout(go)})})();'
  );
}
