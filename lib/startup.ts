import { getConnection, getDb, onEveryConnection } from "../db/client";
import { runMigrations } from "../db/migrator";
import { getEnv } from "./env";
import { listenForCeremonyChanges } from "./ceremony/signal";
import { startJobRunner } from "./jobs/process-runner";

/** Checks the configuration (a wrong one stops the process, naming the variable), readies the database, listens for the ceremony's changes and starts the job runner. */
export async function startServer(): Promise<void> {
  try {
    getEnv();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  const connection = getConnection();
  // The embedded database migrates itself so a new user needs no set-up; a server is migrated by npm run db:migrate.
  if (connection.engine === "pglite") {
    await runMigrations(connection);
  }
  // On the server engine, one connection per process hears the ceremony changes other instances commit; after a
  // lost database the app opens a fresh pool, and it is listened on in turn.
  onEveryConnection((opened) => void listenForCeremonyChanges(opened));
  // Scheduled publications and mail delivery (queued while the server was down, or left to retry) run from here.
  await startJobRunner({ getDb });
}
