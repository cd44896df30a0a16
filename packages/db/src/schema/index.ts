export * from './audit';
export * from './bookings';
export { citext, type Period, parseTstzrange, tstzrange } from './columns';
export * from './organizations';
export * from './resources';
export * from './users';
