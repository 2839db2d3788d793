import type { FieldErrors, FieldValues, Path, UseFormSetError } from "react-hook-form";

/** Puts the server's field errors beside the matching fields; returns whether any field matched. */
export function applyServerFieldErrors<T extends FieldValues>(
  setError: UseFormSetError<T>,
  fieldErrors: Record<string, string[]> | undefined,
  names: readonly Path<T>[],
): boolean {
  let hasMatched = false;
  for (const name of names) {
    const messages = fieldErrors?.[name];
    if (messages?.length) {
      setError(name, { type: "server", message: messages.join(" ") });
      hasMatched = true;
    }
  }
  return hasMatched;
}

/** The first message of each field's error, as plain strings for the Field component. */
export function toErrorMessages<T extends FieldValues>(errors: FieldErrors<T>, names: readonly Path<T>[]): Partial<Record<Path<T>, string>> {
  const messages: Partial<Record<Path<T>, string>> = {};
  for (const name of names) {
    const message = (errors as Record<string, { message?: unknown } | undefined>)[name]?.message;
    if (typeof message === "string") messages[name] = message;
  }
  return messages;
}

/** Puts every field error the server (or the shared schema) answered beside its field, by full path ("links.2.url"). */
export function applyFieldErrors<T extends FieldValues>(setError: UseFormSetError<T>, fieldErrors: Record<string, string[]> | undefined): number {
  let count = 0;
  for (const [name, messages] of Object.entries(fieldErrors ?? {})) {
    if (name === "_form" || !messages.length) continue;
    setError(name as Path<T>, { type: "server", message: messages.join(" ") });
    count += 1;
  }
  return count;
}
