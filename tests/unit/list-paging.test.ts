import { describe, expect, it } from "vitest";
import { parsePageNumber } from "@/lib/jury/progress";
import { decodeCursor, encodeCursor, type NominationCursor } from "@/lib/nominations/list-cursor";
import { getNominationListHref, nominationListQuerySchema } from "@/lib/validation/admin-nominations";

describe("list paging from the URL", () => {
  it("reads a page number, and anything else as the first page", () => {
    expect(parsePageNumber("3")).toBe(3);
    expect(parsePageNumber(["2", "5"])).toBe(2);
    for (const bad of [undefined, "", "0", "-1", "1.5", "abc", "9999999"]) expect(parsePageNumber(bad)).toBe(1);
  });

  it("round-trips a cursor, and reads a malformed one as none", () => {
    const cursor: NominationCursor = [null, "Belgium", "competing", "o'brien & co", "0b7c2a0e-3f5d-4c1e-9a6b-2d8e4f1a7c90"];
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    expect(decodeCursor(undefined)).toBeUndefined();
    expect(decodeCursor("not-a-cursor")).toBeUndefined();
    expect(decodeCursor(Buffer.from(JSON.stringify([1, "a", "b", "c", "d"])).toString("base64url"))).toBeUndefined();
    expect(decodeCursor(Buffer.from(JSON.stringify(["x", "a", "b", "c", "'; drop table x"])).toString("base64url"))).toBeUndefined();
  });

  it("keeps the cursor in the link with the filters and the sort", () => {
    const query = nominationListQuerySchema.parse({ state: "submitted", sort: "title", dir: "desc", after: "abc" });
    expect(getNominationListHref("/list", query)).toBe("/list?state=submitted&sort=title&dir=desc&after=abc");
  });
});
