export * from './case-notes';
export * from './follow-ups';
export * from './referrals';
