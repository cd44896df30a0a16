export * from './client';
export { isMigrated } from './migrate';
export { migrationsFolder } from './migrations-folder';
export { selectRows } from './rows';
export * from './schema';
