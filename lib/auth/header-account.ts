import type { SessionUser } from "./session-user";

/** What the site header shows of the signed-in person: their name and which areas they may enter. Nothing else. */
export interface HeaderAccount {
  name: string;
  isAdmin: boolean;
  isCoordinator: boolean;
  isJuror: boolean;
}

export function toHeaderAccount(user: SessionUser | null): HeaderAccount | null {
  if (!user) return null;
  return {
    name: user.name,
    isAdmin: user.isAdmin,
    isCoordinator: user.memberships.some((m) => m.role === "coordinator"),
    isJuror: user.memberships.some((m) => m.role === "juror"),
  };
}
