import { sql } from "drizzle-orm";
import { NextResponse } from "next/server";
import { discardConnectionAfter, getConnection } from "@/db/client";
import { handleRoute } from "@/lib/api/respond";
import { logUnexpectedError } from "@/lib/log";

const NO_STORE = { "Cache-Control": "no-store" };

/** Liveness for monitors and the demo: which engine the app runs on, and proof that it answers a query. */
export async function GET(): Promise<Response> {
  return handleRoute(async () => {
    const connection = getConnection();
    try {
      await connection.db.execute(sql`select 1`);
    } catch (error) {
      // The monitor needs only "down"; the detail goes to the server log, never into the response.
      logUnexpectedError("the health check's database query", error);
      discardConnectionAfter(error, connection);
      return NextResponse.json({ status: "error", database: connection.engine }, { status: 503, headers: NO_STORE });
    }
    return NextResponse.json({ status: "ok", database: connection.engine }, { headers: NO_STORE });
  });
}
