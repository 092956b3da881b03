export * from './allocate-proportionally';
export * from './attribute-to-donors';
export * from './forecast-fund';
export * from './monthly-series';
export * from './months';
export * from './ratio-to-decimal';
