/** Runs once when the server starts: checks the configuration and brings the embedded database up to date. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getEnv } = await import("./lib/env");
  try {
    getEnv();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  const { getConnection } = await import("./db/client");
  const connection = getConnection();
  // The embedded database migrates itself so a new user needs no set-up; a server is migrated by npm run db:migrate.
  if (connection.engine === "pglite") {
    const { runMigrations } = await import("./db/migrator");
    await runMigrations(connection);
  }
}
