import { getConnection } from "../db/client";
import { runMigrations } from "../db/migrator";
import { getEnv } from "./env";
import { scheduleMailDelivery } from "./mail/schedule";

/** Checks the configuration (a wrong one stops the process, naming the variable) and readies the database. */
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
  // Mail queued while the server was down, or left to retry, goes out now in the background (only with SMTP_URL).
  scheduleMailDelivery();
}
