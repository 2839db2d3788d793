import { spawn } from "node:child_process";

/** Runs one of PostgreSQL's client programs on a database; rejects with the program's own error output when it fails. */
export function runPgTool(program: "pg_dump" | "pg_restore", databaseUrl: string, args: string[]): Promise<void> {
  // The password goes through the environment, not the command line, where any local user could read it.
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = "";
  const env = password ? { ...process.env, PGPASSWORD: password } : process.env;
  return new Promise((resolve, reject) => {
    const child = spawn(program, [...args, `--dbname=${url.toString()}`], { stdio: ["ignore", "ignore", "pipe"], env });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", (error) => reject(new Error(`${program} could not be started (${error.message}): install the PostgreSQL client programs.`)));
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`${program} failed (exit ${code}):\n${stderr.trim()}`))));
  });
}
