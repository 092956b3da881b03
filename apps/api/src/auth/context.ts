import { type Request, type Response } from 'express';
import { type DataSource } from 'typeorm';
import { type Loaders, createLoaders } from '../graphql/loaders';
import { type CurrentUser } from './current-user';
import { resolveSession } from './sessions';
import { setSessionCookie } from './cookies';
import { tokenFromRequest } from './tokens';

export interface RequestContext {
  requestId: string;
  dataSource: DataSource;
  user: CurrentUser | null;
  sessionId: string | null;
  req: Request;
  res: Response;
  loaders: Loaders;
  now: () => Date;
}

export async function buildContext(
  dataSource: DataSource,
  req: Request,
  res: Response,
  now: () => Date,
): Promise<RequestContext> {
  const requestId = String(res.locals.requestId);
  const found = tokenFromRequest(req.headers);
  let user: CurrentUser | null = null;
  let sessionId: string | null = null;
  if (found) {
    const session = await resolveSession(dataSource, found.token, now());
    if (session) {
      user = session.user;
      sessionId = session.sessionId;
      // Keep the browser cookie alive as long as the server-side session.
      if (session.renewed && found.source === 'cookie')
        setSessionCookie(req, res, found.token, session.user.role);
    }
  }
  return {
    requestId,
    dataSource,
    user,
    sessionId,
    req,
    res,
    loaders: createLoaders(dataSource),
    now,
  };
}
