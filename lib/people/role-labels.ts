import type { RoleKind } from "../../db/schema";
import { formatCountryName } from "../format/country-name";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";

/** One membership as the directory, the invitation page and the mails describe it. */
export interface MembershipView {
  role: RoleKind;
  /** Null for the standing secretariat or a standing coordinator. */
  year: number | null;
  countryName: string | null;
  /** The country's code, for its name in another language; the name as stored is used without it. */
  countryCode?: string | null;
  isChair: boolean;
  isVoting: boolean;
}

/** The roles an invitation or the directory's filter names. */
export const INVITE_ROLES = ["admin", "coordinator", "juror", "chair", "expert"] as const;
export type InviteRole = (typeof INVITE_ROLES)[number];


/** The role of a membership in the words of the invitation's choices. */
export function toInviteRole(membership: Pick<MembershipView, "role" | "isChair" | "isVoting">): InviteRole {
  if (membership.role !== "juror") return membership.role;
  return membership.isChair ? "chair" : membership.isVoting ? "juror" : "expert";
}

/** "Coordinator for Belgium, every edition", "Jury chair 2026, for France", "Secretariat", in a mail's or a page's language. */
export function describeMembership(m: MembershipView, locale: Locale = DEFAULT_LOCALE): string {
  const country = m.countryName && m.countryCode ? formatCountryName(m.countryCode, m.countryName, locale) : m.countryName;
  if (locale === "fr") {
    switch (m.role) {
      case "admin":
        return "Secrétariat (administration)";
      case "coordinator":
        return `Coordinateur national pour ${country ?? "un pays"}, ${m.year === null ? "toutes les éditions (permanent)" : `édition ${m.year}`}`;
      case "juror": {
        const seat = m.isChair ? "Président(e) du jury" : m.isVoting ? "Membre du jury" : "Expert(e) du jury sans droit de vote";
        return `${seat} ${m.year ?? ""}${country ? `, pour ${country}` : ""}`;
      }
    }
  }
  switch (m.role) {
    case "admin":
      return "Secretariat (admin)";
    case "coordinator":
      return `Coordinator for ${country ?? "a country"}, ${m.year === null ? "every edition (standing)" : `the ${m.year} edition`}`;
    case "juror": {
      const seat = m.isChair ? "Jury chair" : m.isVoting ? "Juror" : "Non-voting jury expert";
      return `${seat} ${m.year ?? ""}${country ? `, for ${country}` : ""}`;
    }
  }
}
