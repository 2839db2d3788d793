import { OUTCOMES } from "../practices/outcome";
import { MAX_YEAR, MIN_YEAR } from "../domain/phases";
import { PRACTICE_PAGE_SIZE } from "../validation/practice-filters";

/**
 * The contract of the public JSON API (OpenAPI 3.1), served at /api/v1/openapi.json. A test calls every route
 * handler under app/api/v1 anonymously and fails when one that answers is not described here.
 */

const json = (schema: object, description: string) => ({ description, content: { "application/json": { schema } } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const error = (description: string) => json(ref("Error"), description);

const yearParameter = {
  name: "year",
  in: "path",
  required: true,
  description: "The edition's year, four digits.",
  schema: { type: "integer", minimum: MIN_YEAR, maximum: MAX_YEAR },
};

/** Every public GET endpoint is shared-cached and readable from any origin; this says so once. */
const PUBLIC_NOTE = "No session. Cache-Control: public, max-age=0, s-maxage=10 (the 404 too); Access-Control-Allow-Origin: *.";
const LIVE_NOTE = "No session. Cache-Control: no-store; Access-Control-Allow-Origin: *.";

const countryFields = {
  country: { type: "string", description: "ISO 3166-1 alpha-2 code.", examples: ["DK"] },
  countryName: { type: "string", examples: ["Denmark"] },
};

const schemas = {
  Error: {
    type: "object",
    required: ["error"],
    properties: { error: { type: "object", required: ["code", "message"], properties: { code: { type: "string" }, message: { type: "string" } } } },
  },
  Edition: {
    type: "object",
    required: ["year", "theme", "phase", "published"],
    properties: {
      year: { type: "integer" },
      theme: { type: "string" },
      phase: { type: "string", enum: ["nominations_open", "eligibility", "jury_scoring", "deliberation", "published"] },
      published: { type: "boolean" },
    },
  },
  Award: {
    type: "object",
    required: ["id", "rank", "country", "countryName", "title", "prize", "juryReason"],
    properties: {
      id: { type: "string", format: "uuid", description: "The entry in /api/v1/practices/{id}." },
      rank: { type: "integer", minimum: 1 },
      ...countryFields,
      title: { type: "string" },
      prize: { type: "string" },
      juryReason: { type: "string" },
    },
  },
  Entry: {
    type: "object",
    required: ["id", "country", "countryName", "title", "summary"],
    properties: { id: { type: "string", format: "uuid" }, ...countryFields, title: { type: "string" }, summary: { type: "string" } },
  },
  Results: {
    type: "object",
    required: ["year", "theme", "presidency", "ceremony", "juryStatement", "awards", "entries", "seal"],
    properties: {
      year: { type: "integer" },
      theme: { type: "string" },
      presidency: { type: "object", properties: { country: { type: "string" }, name: { type: "string" } } },
      ceremony: {
        type: "object",
        properties: { startsOn: { type: "string", format: "date" }, endsOn: { type: ["string", "null"], format: "date" }, place: { type: "string" } },
      },
      juryStatement: { type: "string", description: "The jury's statement on the edition; empty when none was written." },
      awards: { type: "array", items: ref("Award") },
      entries: { type: "array", items: ref("Entry") },
      seal: {
        type: ["object", "null"],
        properties: {
          publicFingerprint: { type: "string", description: "SHA-256 (hex) of the snapshot's canonical JSON." },
          privateFingerprint: { type: "string" },
          sealedAt: { type: "string", format: "date-time" },
          publishedAt: { type: ["string", "null"], format: "date-time" },
          snapshot: { type: "string", description: "Path of the public snapshot." },
          verify: { type: "string", description: "Path of the page that checks it." },
        },
      },
    },
  },
  PracticeSummary: {
    type: "object",
    required: ["id", "year", "theme", "outcome", "rank", "country", "countryName", "title", "organisation", "summary", "page"],
    properties: {
      id: { type: "string", format: "uuid" },
      year: { type: "integer" },
      theme: { type: "string" },
      outcome: { type: "string", enum: [...OUTCOMES] },
      rank: { type: ["integer", "null"], description: "The awarded place (1 is the winner), or null." },
      ...countryFields,
      title: { type: "string" },
      organisation: { type: "string" },
      summary: { type: "string", description: "The first words of the description." },
      page: { type: "string", description: "Path of the entry's public page." },
    },
  },
  PracticeDetail: {
    allOf: [
      ref("PracticeSummary"),
      {
        type: "object",
        required: ["description", "startDate", "endDate", "isOngoing", "links", "prize", "juryReason"],
        properties: {
          description: { type: "string" },
          startDate: { type: ["string", "null"], format: "date" },
          endDate: { type: ["string", "null"], format: "date", description: "Null while the project still runs." },
          isOngoing: { type: "boolean" },
          links: { type: "array", items: { type: "string", format: "uri" } },
          prize: { type: ["string", "null"] },
          juryReason: { type: ["string", "null"], description: "The jury's reason, for an awarded entry." },
        },
      },
    ],
  },
  PracticePage: {
    type: "object",
    required: ["items", "total", "page", "pageSize", "pageCount"],
    properties: {
      items: { type: "array", items: ref("PracticeSummary") },
      total: { type: "integer", description: "Entries matching the filters, on every page." },
      page: { type: "integer", minimum: 1 },
      pageSize: { type: "integer", const: PRACTICE_PAGE_SIZE },
      pageCount: { type: "integer", minimum: 1 },
    },
  },
};

const query = (name: string, description: string, schema: object) => ({ name, in: "query", required: false, description, schema });

const paths = {
  "/api/v1/openapi.json": {
    get: { summary: "This description of the public API", description: PUBLIC_NOTE, responses: { 200: json({ type: "object" }, "The OpenAPI 3.1 document.") } },
  },
  "/api/v1/editions": {
    get: {
      summary: "Editions with a public page, newest first (where each stands; never a result before publication)",
      description: PUBLIC_NOTE,
      responses: { 200: json({ type: "object", properties: { editions: { type: "array", items: ref("Edition") } } }, "The editions.") },
    },
  },
  "/api/v1/editions/{year}/results": {
    get: {
      summary: "The published results of one edition, with the jury's statement",
      description: PUBLIC_NOTE,
      parameters: [yearParameter],
      responses: { 200: json(ref("Results"), "The results."), 400: error("Not a year."), 404: error("Not published, or no such edition.") },
    },
  },
  "/api/v1/editions/{year}/results/snapshot.json": {
    get: {
      summary: "The public part of the sealed result, as the exact bytes its public fingerprint is the SHA-256 of",
      description: LIVE_NOTE,
      parameters: [yearParameter],
      responses: { 200: json({ type: "object" }, "The canonical JSON snapshot."), 400: error("Not a year."), 404: error("Not published or never sealed.") },
    },
  },
  "/api/v1/practices": {
    get: {
      summary: "The catalogue of good practices across published editions, paged",
      description: `${PUBLIC_NOTE} ${PRACTICE_PAGE_SIZE} entries a page. A malformed filter is ignored.`,
      parameters: [
        query("q", "Words to search in the title, organisation and description (web search syntax: \"phrase\", -word, or).", { type: "string", maxLength: 200 }),
        query("year", "The edition's year.", { type: "integer" }),
        query("country", "The country's ISO 3166-1 alpha-2 code.", { type: "string", pattern: "^[A-Za-z]{2}$" }),
        query("theme", "The edition's theme, exactly.", { type: "string" }),
        query("outcome", "What became of the entry.", { type: "string", enum: [...OUTCOMES] }),
        query("page", "The page, from 1.", { type: "integer", minimum: 1, default: 1 }),
      ],
      responses: { 200: json(ref("PracticePage"), "One page of entries with the total count.") },
    },
  },
  "/api/v1/practices/{id}": {
    get: {
      summary: "One entry of a published edition",
      description: PUBLIC_NOTE,
      parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
      responses: { 200: json(ref("PracticeDetail"), "The entry."), 404: error("No published entry with this id.") },
    },
  },
  "/api/v1/ceremony/{year}": {
    get: {
      summary: "The audience screen's current step of the live ceremony (never a later one)",
      description: `${LIVE_NOTE} With rehearsal=1: the secretariat's rehearsal, which needs its session.`,
      parameters: [yearParameter, query("rehearsal", "1 for the rehearsal (secretariat only).", { type: "string", enum: ["1"] })],
      responses: {
        200: json({ type: "object", properties: { version: { type: "integer" }, view: { type: "object" } } }, "The current step."),
        400: error("Not a year."),
        401: error("The rehearsal without a session."),
        404: error("No ceremony for this year."),
      },
    },
  },
  "/api/v1/ceremony/{year}/stream": {
    get: {
      summary: "The same steps as server-sent events, as the presenter moves",
      description: LIVE_NOTE,
      parameters: [yearParameter, query("rehearsal", "1 for the rehearsal (secretariat only).", { type: "string", enum: ["1"] })],
      responses: { 200: { description: "An event stream.", content: { "text/event-stream": { schema: { type: "string" } } } }, 404: error("No ceremony for this year.") },
    },
  },
  "/api/v1/session": {
    get: {
      summary: "The signed-in person's name and areas for the public pages' header, or null",
      description: "Reads the session cookie: Cache-Control: private, no-store, and same-origin only (no CORS).",
      responses: { 200: json({ type: "object", properties: { account: { type: ["object", "null"] } } }, "The account, or null when signed out.") },
    },
  },
};

/** The OpenAPI document of the public API. */
export const OPENAPI_DOCUMENT = {
  openapi: "3.1.0",
  info: {
    title: "Palmarès public API",
    version: "1",
    description:
      "The published results of the European Crime Prevention Award and its catalogue of good practices. Everything here is public: " +
      "no score, juror, contact or eligibility note is ever sent. Nothing of an edition appears before its results are published.",
  },
  paths,
  components: { schemas },
} as const;
