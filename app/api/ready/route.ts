import { NextResponse } from "next/server";
import { getConnection } from "@/db/client";
import { countPendingMigrations } from "@/db/migrator";
import { handleRoute } from "@/lib/api/respond";
import { logUnexpectedError } from "@/lib/log";

const NO_STORE = { "Cache-Control": "no-store" };

/**
 * Readiness for a load balancer: this instance may take traffic once its database answers and has every migration
 * of this release applied (they run once per release, before the new instances start). Liveness is /api/health.
 */
export async function GET(): Promise<Response> {
  return handleRoute(async () => {
    const connection = getConnection();
    let pendingMigrations: number;
    try {
      pendingMigrations = await countPendingMigrations(connection);
    } catch (error) {
      // The balancer needs only "not ready"; the detail goes to the server log, never into the response.
      logUnexpectedError("the readiness check's database query", error);
      return NextResponse.json({ status: "unavailable", database: "unreachable" }, { status: 503, headers: NO_STORE });
    }
    if (pendingMigrations > 0) {
      return NextResponse.json({ status: "unavailable", database: "ok", pendingMigrations }, { status: 503, headers: NO_STORE });
    }
    return NextResponse.json({ status: "ready", database: "ok", pendingMigrations: 0 }, { headers: NO_STORE });
  });
}
