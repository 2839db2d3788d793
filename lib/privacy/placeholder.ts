/** The name an erased person is shown by everywhere: their id only, nothing they could be recognised by. */
export function toErasedName(userId: number): string {
  return `Erased person #${userId}`;
}

/** A unique address that can never receive mail (.invalid is reserved, RFC 2606), kept unique by the id. */
export function toErasedEmail(userId: number): string {
  return `erased-${userId}@erased.invalid`;
}

/** What an erased email or name in an old audit entry reads as. */
export const REDACTED = "[erased]";
