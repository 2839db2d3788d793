/** Runs once when the server starts; the work itself lives in a Node-only module. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startServer } = await import("./lib/startup");
    await startServer();
  }
}

/** Errors no handler caught (a page's render): after a lost database, the next request starts on a fresh connection. */
export async function onRequestError(error: unknown) {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { discardConnectionAfter } = await import("./db/client");
    discardConnectionAfter(error);
  }
}
