import type { IncomingMessage, ServerResponse } from "node:http";

/** The types of request-limit.mjs (plain JavaScript, so the production server runs without a build step). */
export interface RequestLimit {
  run(request: IncomingMessage, response: ServerResponse, next: () => unknown): unknown;
  stats(): { active: number; waiting: number; refused: number; queued: number };
}

export declare function createRequestLimit(options: { concurrency: number; maxWaiting: number }): RequestLimit;
