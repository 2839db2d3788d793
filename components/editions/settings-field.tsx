import type { UseFormRegisterReturn } from "react-hook-form";
import { Field, INPUT_CLASS } from "@/components/ui/field";

export interface SettingsFieldProps {
  id: string;
  label: string;
  hint?: string;
  /** Why the phase keeps this setting as it is; the field then shows its value without taking changes. */
  lock?: string;
  error?: string;
  type?: "text" | "number" | "date" | "datetime-local";
  /** The field's value when it is locked (and so not registered with the form). */
  value?: string;
  register: UseFormRegisterReturn;
}

/** One labelled input of the settings form: registered while it may change, shown disabled with its reason once locked. */
export function SettingsField({ id, label, hint, lock, error, type = "text", value, register }: SettingsFieldProps) {
  const hintText = [hint, lock].filter(Boolean).join(" ");
  const describedBy = [hintText ? `${id}-hint` : undefined, error ? `${id}-error` : undefined].filter(Boolean).join(" ") || undefined;
  return (
    <Field id={id} label={label} hint={hintText || undefined} errors={error ? [error] : undefined}>
      {lock ? (
        <input id={id} type={type} className={INPUT_CLASS} disabled defaultValue={value} aria-describedby={describedBy} />
      ) : (
        <input id={id} type={type} className={INPUT_CLASS} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...register} />
      )}
    </Field>
  );
}
