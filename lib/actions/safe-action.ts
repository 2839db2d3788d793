import type { z } from "zod";
import { discardConnectionAfter, getConnection, type Connection, type Database } from "../../db/client";
import { requireUser } from "../auth/session";
import type { SessionUser } from "../auth/session-user";
import { getRequestServerTextCatalogue } from "../i18n/server-text-catalogue";
import { toActionFailure, type ActionResult } from "./result";

export interface ActionContext {
  user: SessionUser;
  db: Database;
}

function toPlainObject(input: unknown): unknown {
  if (!(input instanceof FormData)) return input;
  const object: Record<string, unknown> = {};
  for (const [key, value] of input.entries()) {
    if (key.startsWith("$ACTION")) continue;
    object[key] = value;
  }
  return object;
}

/**
 * Wraps a server action so it cannot forget the basics: it authenticates the caller, parses the input with
 * its zod schema and turns every failure into an ActionResult. The handler itself checks the rights on
 * the resource it touches (with can()), because those depend on the resource.
 */
export function createAction<Schema extends z.ZodType, T>(
  schema: Schema,
  handler: (input: z.output<Schema>, context: ActionContext) => Promise<T>,
): (input: z.input<Schema> | FormData) => Promise<ActionResult<T>> {
  return async (input) => {
    let connection: Connection | undefined;
    try {
      connection = getConnection();
      const user = await requireUser();
      const parsed = schema.parse(toPlainObject(input));
      const data = await handler(parsed, { user, db: connection.db });
      return { ok: true, data };
    } catch (error) {
      // The database was lost under this request: the next one starts on a fresh connection.
      discardConnectionAfter(error, connection);
      return toActionFailure(error, await getRequestServerTextCatalogue());
    }
  };
}
