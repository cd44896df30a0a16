/**
 * What must never reach the browser: the server's packages and the libraries only they use
 * (database drivers, ORM, HTTP host, password hashing, logging), and strings that would only be
 * there if server code or configuration had been bundled.
 */
const serverModules: readonly RegExp[] = [
  /\/packages\/(db|core|api)\/src\//,
  /\/apps\/server\//,
  /\/node_modules\/(drizzle-orm|drizzle-kit|drizzle-zod|postgres|pg|fastify|@fastify\/[^/]+|fastify-plugin|@node-rs\/argon2[^/]*|argon2|@electric-sql\/pglite|pino|pino-pretty|close-with-grace)\//,
];

const serverMarkers: readonly RegExp[] = [
  /drizzle/i,
  /fastify/i,
  /pglite/i,
  /argon2/i,
  /postgres(ql)?:\/\//i,
  /password_?hash/i,
  /\b(DATABASE_URL|REDIS_URL|PGLITE_DATA_DIR)\b/,
  /BEGIN [A-Z ]*PRIVATE KEY/,
];

/** The source modules (absolute paths, from source maps) that belong to the server. */
export function serverModulesIn(sources: readonly string[]): string[] {
  return sources.filter((source) => serverModules.some((pattern) => pattern.test(source)));
}

/** `file: marker` for every server marker found in the bundled code. */
export function serverMarkersIn(files: readonly { name: string; code: string }[]): string[] {
  return files.flatMap(({ name, code }) =>
    serverMarkers.flatMap((marker) => {
      const found = marker.exec(code);
      return found ? [`${name}: ${found[0]}`] : [];
    }),
  );
}
