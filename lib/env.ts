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
    STORAGE_DRIVER: z.enum(["local", "s3"], 'must be "local" (the default: files in UPLOAD_DIR) or "s3"').default("local"),
    S3_BUCKET: z
      .string()
      .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, "must be a bucket name: 3 to 63 lower-case letters, digits, dots or hyphens")
      .optional(),
    S3_REGION: z.string().regex(/^[a-z0-9-]+$/, "must be a region name such as eu-west-1").optional(),
    S3_ENDPOINT: z.url({ protocol: /^https?$/, error: "must be a full http:// or https:// URL such as https://s3.example.org" }).optional(),
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    S3_FORCE_PATH_STYLE: z
      .enum(["true", "false", "1", "0"], 'must be "true" or "false"')
      .optional()
      .transform((value) => value === "true" || value === "1"),
    // How often an open ceremony stream reads the show besides the push (NOTIFY on the server engine, in-process on PGlite).
    CEREMONY_POLL_MS: z.coerce.number().int().min(100).max(60_000, "must be at most 60000 (one minute)").default(1000),
    // pino's level; tests run silent unless asked (LOG_LEVEL=info npx vitest …).
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
    // Set by the end-to-end server only: every queued message is also appended there, live links included.
    E2E_MAIL_CAPTURE_FILE: z.string().min(1).optional(),
    // next build runs with NODE_ENV=production but serves nothing, so it needs no real secret.
    NEXT_PHASE: z.string().optional(),
  })
  .transform((env, ctx) => {
    const isServing = env.NODE_ENV === "production" && env.NEXT_PHASE !== "phase-production-build";
    const missing = (name: string, message: string) => ctx.addIssue({ code: "custom", path: [name], message });
    if (!env.NEXTAUTH_SECRET && isServing) missing("NEXTAUTH_SECRET", "must be set in production");
    if (env.STORAGE_DRIVER === "s3") {
      if (!env.S3_BUCKET) missing("S3_BUCKET", "must be set when STORAGE_DRIVER=s3");
      if (!env.S3_REGION) missing("S3_REGION", "must be set when STORAGE_DRIVER=s3 (most S3-compatible stores accept us-east-1)");
    }
    // One key without the other is a typo, not a choice; neither means the SDK's own chain (an instance role).
    if (env.S3_ACCESS_KEY_ID && !env.S3_SECRET_ACCESS_KEY) missing("S3_SECRET_ACCESS_KEY", "must be set with S3_ACCESS_KEY_ID");
    if (env.S3_SECRET_ACCESS_KEY && !env.S3_ACCESS_KEY_ID) missing("S3_ACCESS_KEY_ID", "must be set with S3_SECRET_ACCESS_KEY");
    if (ctx.issues.length > 0) return z.NEVER;
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
