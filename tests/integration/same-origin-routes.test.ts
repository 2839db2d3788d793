import { beforeEach, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";

// The session is read only after the origin check: a refused request never reaches it.
const requireUser = vi.hoisted(() => vi.fn());
vi.mock("@/lib/auth/session", () => ({ requireUser }));

const annexes = await import("@/app/api/v1/nominations/[id]/annexes/route");
const annex = await import("@/app/api/v1/annexes/[annexId]/route");
const auth = await import("@/app/api/auth/[...nextauth]/route");

const APP = "http://127.0.0.1:3201";
const NOMINATION_ID = "00000000-0000-4000-8000-000000000001";

function forge(method: string, path: string, headers: Record<string, string>): Request {
  const body = method === "POST" ? new FormData() : undefined;
  return new Request(`${APP}${path}`, { method, body, headers: { host: "127.0.0.1:3201", ...headers } });
}

const HOSTILE: [string, Record<string, string>][] = [
  ["a foreign Origin", { origin: "https://evil.example" }],
  ["another port of the same host", { origin: "http://127.0.0.1:4000", "sec-fetch-site": "same-site" }],
  ["another scheme", { origin: "https://127.0.0.1:3201" }],
  ["a null Origin (sandboxed frame, data: page)", { origin: "null" }],
  ["no Origin but Sec-Fetch-Site cross-site", { "sec-fetch-site": "cross-site" }],
  ["a same Origin with Sec-Fetch-Site cross-site", { origin: APP, "sec-fetch-site": "cross-site" }],
];

const HANDLERS = [
  {
    name: "POST /api/v1/nominations/[id]/annexes",
    call: (headers: Record<string, string>) =>
      annexes.POST(forge("POST", `/api/v1/nominations/${NOMINATION_ID}/annexes`, headers), {
        params: Promise.resolve({ id: NOMINATION_ID }),
      }),
  },
  {
    name: "DELETE /api/v1/annexes/[annexId]",
    call: (headers: Record<string, string>) =>
      annex.DELETE(forge("DELETE", `/api/v1/annexes/${NOMINATION_ID}`, headers), {
        params: Promise.resolve({ annexId: NOMINATION_ID }),
      }),
  },
];

beforeEach(() => {
  requireUser.mockReset();
  requireUser.mockRejectedValue(new AppError("UNAUTHORIZED", "Please sign in again: your session has ended."));
});

describe.each(HANDLERS)("$name", ({ call }) => {
  it.each(HOSTILE)("refuses %s with 403 JSON before reading the session", async (_label, headers) => {
    const response = await call(headers);
    expect(response.status).toBe(403);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(await response.json()).toEqual({ error: { code: "FORBIDDEN", message: expect.stringContaining("another site") } });
    expect(requireUser).not.toHaveBeenCalled();
  });

  it.each([
    ["the app's own Origin", { origin: APP, "sec-fetch-site": "same-origin" }],
    ["no Origin and no Sec-Fetch-Site (not a browser page)", {}],
  ])("lets %s through to the session check", async (_label, headers) => {
    const response = await call(headers);
    expect(response.status).toBe(401);
    expect(requireUser).toHaveBeenCalledOnce();
  });
});

describe("POST /api/auth/[...nextauth]", () => {
  it.each(HOSTILE)("refuses %s with 403 JSON", async (_label, headers) => {
    const response = await auth.POST(forge("POST", "/api/auth/callback/credentials", headers), {
      params: Promise.resolve({ nextauth: ["callback", "credentials"] }),
    });
    expect(response.status).toBe(403);
    expect((await response.json()).error.code).toBe("FORBIDDEN");
  });
});
