import { type DataSource } from 'typeorm';

/** What a use case needs from a request: the seed and tests can make one without HTTP. */
export interface WriteContext {
  dataSource: DataSource;
  now: () => Date;
  requestId: string;
}
