export * from './actor';
export * from './audit/record';
export * from './auth/sessions';
export * from './bookings/events';
export * from './errors';
export * from './orgs/membership';
export * from './pagination';
export * from './transaction';
