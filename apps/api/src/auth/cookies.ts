import { type Request, type Response } from 'express';
import { type Role } from '../users/user.entity';
import { idleLimitMs } from './sessions';
import { SESSION_COOKIE } from './tokens';

export function setSessionCookie(req: Request, res: Response, token: string, role: Role): void {
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: req.secure,
    path: '/',
    maxAge: idleLimitMs(role),
  });
}

export function clearSessionCookie(req: Request, res: Response): void {
  res.clearCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: 'lax',
    secure: req.secure,
    path: '/',
  });
}
