import type { RoleKind } from "../../db/schema";

/** One membership as the directory, the invitation page and the mails describe it. */
export interface MembershipView {
  role: RoleKind;
  /** Null for the standing secretariat or a standing coordinator. */
  year: number | null;
  countryName: string | null;
  isChair: boolean;
  isVoting: boolean;
}

/** The roles an invitation or the directory's filter names. */
export const INVITE_ROLES = ["admin", "coordinator", "juror", "chair", "expert"] as const;
export type InviteRole = (typeof INVITE_ROLES)[number];

export const INVITE_ROLE_LABELS: Record<InviteRole, string> = {
  admin: "Secretariat (admin)",
  coordinator: "National coordinator",
  juror: "Juror (voting)",
  chair: "Jury chair",
  expert: "Non-voting jury expert",
};

/** The role of a membership in the words of the invitation's choices. */
export function toInviteRole(membership: Pick<MembershipView, "role" | "isChair" | "isVoting">): InviteRole {
  if (membership.role !== "juror") return membership.role;
  return membership.isChair ? "chair" : membership.isVoting ? "juror" : "expert";
}

/** "Coordinator for Belgium, every edition", "Jury chair 2026, for France", "Secretariat". */
export function describeMembership(m: MembershipView): string {
  switch (m.role) {
    case "admin":
      return "Secretariat (admin)";
    case "coordinator":
      return `Coordinator for ${m.countryName ?? "a country"}, ${m.year === null ? "every edition (standing)" : `the ${m.year} edition`}`;
    case "juror": {
      const seat = m.isChair ? "Jury chair" : m.isVoting ? "Juror" : "Non-voting jury expert";
      return `${seat} ${m.year ?? ""}${m.countryName ? `, for ${m.countryName}` : ""}`;
    }
  }
}
