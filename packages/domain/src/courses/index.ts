export * from './completion';
export * from './waitlist';
