import { defineConfig } from "drizzle-kit";

// Migrations are generated from the schema only; they are applied by db/migrate.ts on either engine.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  strict: true,
});
