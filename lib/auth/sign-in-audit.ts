import type { Executor } from "../../db/client";
import { recordAudit } from "../kernel/audit";
import { digestEmail } from "../privacy/email-digest";

/** Why a sign-in failed, as the audit records it (the person is told only "wrong email or password"). */
export type SignInFailure = "unknown_account" | "no_password" | "disabled" | "wrong_password" | "malformed" | "throttled";

/** A successful sign-in: the person is the actor, with the client address the throttle counts by. */
export async function recordSignIn(db: Executor, { userId, clientAddress }: { userId: number; clientAddress: string }) {
  await recordAudit(db, { actorUserId: userId, editionId: null, action: "auth.sign_in", entityType: "user", entityId: userId, data: { clientAddress } });
}

/**
 * A failed sign-in. Nobody is its actor (whoever typed the password is not known to be the account's owner). For a
 * known account the record is the account; otherwise the record is the digest of the typed email, never the
 * email itself: a typed address is often a real person's misspelt one, and the digest still groups repeated attempts.
 * Neither the password nor anything derived from it is recorded.
 */
export async function recordSignInFailure(
  db: Executor,
  { userId, email, clientAddress, reason }: { userId?: number; email: string; clientAddress: string; reason: SignInFailure },
) {
  const emailDigest = digestEmail(email);
  await recordAudit(db, {
    actorUserId: null,
    editionId: null,
    action: "auth.sign_in_failed",
    entityType: userId === undefined ? "sign_in" : "user",
    entityId: userId ?? emailDigest,
    data: userId === undefined ? { reason, clientAddress, emailDigest } : { reason, clientAddress },
  });
}
