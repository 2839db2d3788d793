import type { RoleKind } from "../../db/schema";

/** The signed-in person as the server sees them on this request. Never carries a password hash. */
export interface SessionUser {
  id: number;
  email: string;
  name: string;
  isActive: boolean;
  /** The interface language they chose (lib/i18n/locales.ts), or null. */
  locale: string | null;
  isAdmin: boolean;
  memberships: {
    role: RoleKind;
    editionId: number | null;
    countryCode: string | null;
    isChair: boolean;
    isVoting: boolean;
  }[];
}
