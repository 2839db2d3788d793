/** The page each role works from, in the order a person holding several is offered them. */
export const ROLE_PAGES = [
  { role: "admin", path: "/admin", label: "Secretariat", description: "Run the editions, the people and the jury." },
  { role: "coordinator", path: "/coordinator", label: "My nominations", description: "Prepare and submit your country's dossiers." },
  { role: "juror", path: "/jury", label: "Jury", description: "Read and score the dossiers assigned to you." },
] as const;

export type RolePage = (typeof ROLE_PAGES)[number];

/** The roles that matter for landing: whatever the edition, a role held is a page to go to. */
export interface LandingRoles {
  isAdmin: boolean;
  memberships: readonly { role: "admin" | "coordinator" | "juror" }[];
}

export type Landing = { kind: "page"; path: string } | { kind: "choose"; pages: RolePage[] };

/**
 * Where a person goes after signing in when no page asked for them: their role's page; the secretariat's for an
 * admin (it reaches everything); a choice between the pages when they coordinate and sit on a jury; the public
 * home page for someone who holds no role.
 */
export function chooseLanding(user: LandingRoles): Landing {
  if (user.isAdmin || user.memberships.some((m) => m.role === "admin")) return { kind: "page", path: "/admin" };
  const pages = ROLE_PAGES.filter((page) => page.role !== "admin" && user.memberships.some((m) => m.role === page.role));
  if (pages.length === 0) return { kind: "page", path: "/" };
  if (pages.length === 1) return { kind: "page", path: pages[0]!.path };
  return { kind: "choose", pages };
}

/** The page reached after signing in: an explicit (already made safe) target wins, else the landing page. */
export const LANDING_PATH = "/welcome";
