/** Keeps only same-site paths, so a crafted link cannot send a person elsewhere after sign-in. */
export function toSafeCallbackPath(value: string | undefined | null): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  return value;
}
