import { z } from "zod";

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const optionalText = (max: number, pattern?: RegExp) =>
  z.preprocess(
    (value) => {
      const text = first(value);
      return typeof text === "string" && text.trim() !== "" ? text.trim() : undefined;
    },
    (pattern ? z.string().max(max).regex(pattern) : z.string().max(max)).optional().catch(undefined),
  );
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The audit viewer's filters, read from the URL (so a filtered view is a link): edition year, person (an email or
 * "#id"), action, record (entity type and id), a date range in the viewer's time zone, and the keyset cursor.
 * Anything malformed is dropped rather than refused: a bad link shows the unfiltered trail.
 */
export const auditFilterSchema = z.object({
  year: optionalText(4, /^\d{4}$/).transform((v) => (v === undefined ? undefined : Number(v))),
  person: optionalText(320),
  action: optionalText(80, /^[a-z_]+(\.[a-z_]+)*$/),
  entityType: optionalText(40, /^[a-z_]+$/),
  entityId: optionalText(80),
  from: optionalText(10, isoDate),
  to: optionalText(10, isoDate),
  before: optionalText(18, /^[1-9]\d{0,17}$/).transform((v) => (v === undefined ? undefined : Number(v))),
});

export type AuditFilter = z.output<typeof auditFilterSchema>;

/** The filter as URL parameters (without the cursor unless asked), for links and the CSV download. */
export function toAuditSearchParams(filter: AuditFilter, { withCursor = false } = {}): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ["year", "person", "action", "entityType", "entityId", "from", "to"] as const) {
    const value = filter[key];
    if (value !== undefined) params.set(key, String(value));
  }
  if (withCursor && filter.before !== undefined) params.set("before", String(filter.before));
  return params;
}

/** Reads the filter from a page's searchParams or a request's URLSearchParams. */
export function parseAuditFilter(source: URLSearchParams | Record<string, string | string[] | undefined>): AuditFilter {
  const object = source instanceof URLSearchParams ? Object.fromEntries(source.entries()) : source;
  return auditFilterSchema.parse(object);
}
