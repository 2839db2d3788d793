import { describe, expect, it, vi } from "vitest";

vi.stubEnv("NEXTAUTH_URL", "https://awards.example.org");
const { isSameOriginRequest, listAppOrigins } = await import("@/lib/api/same-origin");

function request(headers: Record<string, string>, url = "http://10.0.0.5:3000/api/v1/annexes/x") {
  return new Request(url, { method: "POST", headers });
}

describe("isSameOriginRequest", () => {
  it("knows the public URL and the Host the request names, with the forwarded scheme", () => {
    const origins = listAppOrigins(request({ host: "10.0.0.5:3000", "x-forwarded-proto": "https" }));
    expect(origins).toEqual(["https://awards.example.org", "https://10.0.0.5:3000"]);
  });

  it.each([
    [{ origin: "https://awards.example.org", host: "10.0.0.5:3000" }, true],
    [{ origin: "http://10.0.0.5:3000", host: "10.0.0.5:3000" }, true],
    [{ origin: "HTTPS://AWARDS.EXAMPLE.ORG", host: "10.0.0.5:3000", "sec-fetch-site": "same-origin" }, true],
    [{ host: "10.0.0.5:3000" }, true],
    [{ origin: "https://awards.example.org.evil.example", host: "10.0.0.5:3000" }, false],
    [{ origin: "http://awards.example.org", host: "10.0.0.5:3000" }, false],
    [{ origin: "https://10.0.0.5:3000", host: "10.0.0.5:3000" }, false],
    [{ origin: "http://10.0.0.5:3001", host: "10.0.0.5:3000" }, false],
    [{ origin: "null", host: "10.0.0.5:3000" }, false],
    [{ host: "10.0.0.5:3000", "sec-fetch-site": "cross-site" }, false],
    [{ host: "10.0.0.5:3000", "sec-fetch-site": "same-site" }, false],
    [{ origin: "https://awards.example.org", host: "10.0.0.5:3000", "sec-fetch-site": "same-site" }, false],
  ])("%j → %s", (headers, expected) => {
    expect(isSameOriginRequest(request(headers))).toBe(expected);
  });
});
