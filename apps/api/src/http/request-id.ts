import { randomUUID } from 'node:crypto';
import { type RequestHandler } from 'express';

/** Every response carries X-Request-Id (a sane incoming one is kept, e.g. from a load balancer). */
export const requestId: RequestHandler = (req, res, next) => {
  const incoming = req.get('x-request-id');
  const id = incoming && /^[A-Za-z0-9_.-]{8,64}$/.test(incoming) ? incoming : randomUUID();
  res.locals.requestId = id;
  res.setHeader('X-Request-Id', id);
  next();
};
