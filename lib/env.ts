import { z } from "zod";

const DEV_SECRET = "palmares-development-secret-not-for-production";

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\/.+/, "must be a postgres:// or postgresql:// URL")
      .optional(),
    DATA_DIR: z.string().min(1).default(".data"),
    NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters long").optional(),
    NEXTAUTH_URL: z.url("must be a full URL such as https://awards.example.org").optional(),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\/.+/, "must be an smtp:// or smtps:// URL")
      .optional(),
    MAIL_FROM: z.string().min(3).default("Palmarès <no-reply@palmares.invalid>"),
    UPLOAD_DIR: z.string().min(1).optional(),
    // pino's level; tests run silent unless asked (LOG_LEVEL=info npx vitest …).
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
    // Set by the end-to-end server only: every queued message is also appended there, live links included.
    E2E_MAIL_CAPTURE_FILE: z.string().min(1).optional(),
    // next build runs with NODE_ENV=production but serves nothing, so it needs no real secret.
    NEXT_PHASE: z.string().optional(),
  })
  .transform((env, ctx) => {
    const isServing = env.NODE_ENV === "production" && env.NEXT_PHASE !== "phase-production-build";
    if (!env.NEXTAUTH_SECRET && isServing) {
      ctx.addIssue({ code: "custom", path: ["NEXTAUTH_SECRET"], message: "must be set in production" });
      return z.NEVER;
    }
    return { ...env, NEXTAUTH_SECRET: env.NEXTAUTH_SECRET ?? DEV_SECRET };
  });

export type Env = z.infer<typeof envSchema>;

/** Parses the environment; throws an error naming every wrong variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const blank = Object.fromEntries(Object.entries(source).map(([k, v]) => [k, v === "" ? undefined : v]));
  const result = envSchema.safeParse(blank);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return result.data;
}

let cached: Env | undefined;

/** The validated configuration, read once per process. */
export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
