export * from './ratio';
export * from './loan-record';
export * from './portfolio-at-risk';
export * from './repayment-rate';
export * from './write-off-ratio';
export * from './revolutions';
