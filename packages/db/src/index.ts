export * from './client';
export { isMigrated } from './migrate';
export { migrationsFolder } from './migrations-folder';
export { one, selectRows } from './rows';
export * from './schema';
