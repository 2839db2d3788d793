/** The dossier form's pure rules for problems: what a save sends past a wrong field, what a conflict offers back, what a refused submission lists. */
import type { NominationContentValues } from "@/lib/validation/nomination";
import { FIELD_LABELS } from "./field-labels";

type Field = keyof NominationContentValues;
const FIELD_ORDER = Object.keys(FIELD_LABELS) as Field[];

function isField(name: string): name is Field {
  return (FIELD_ORDER as string[]).includes(name);
}

/**
 * What can be saved now: the typed values with each refused field put back to its saved value, so one wrong
 * field never holds back the others (its text stays in the form and in this browser).
 */
export function withRefusedFieldsSaved(values: NominationContentValues, saved: NominationContentValues, refused: string[]): NominationContentValues {
  const fields = refused.map((name) => name.split(".")[0]!).filter(isField);
  return { ...values, ...Object.fromEntries(fields.map((name) => [name, saved[name]])) };
}

/**
 * The values a draft save can send, and the errors of fields kept back beyond `refused`. The form's own check
 * may not report every field (a cross-field rule such as the end date), so the values are checked again until
 * they pass, a few rounds at most; `check` answers the field errors of some values, empty when they pass.
 */
export function findSavableValues(
  values: NominationContentValues,
  saved: NominationContentValues,
  refused: string[],
  check: (values: NominationContentValues) => Record<string, string[]>,
): { values: NominationContentValues; errors: Record<string, string[]> } {
  let names = refused;
  const errors: Record<string, string[]> = {};
  let candidate = withRefusedFieldsSaved(values, saved, names);
  for (let round = 0; round < 5; round += 1) {
    const found = check(candidate);
    const keys = Object.keys(found).filter((name) => name !== "_form");
    if (keys.length === 0) break;
    Object.assign(errors, found);
    names = [...names, ...keys];
    candidate = withRefusedFieldsSaved(values, saved, names);
  }
  return { values: candidate, errors };
}

/** A field's value as the user reads it, so two versions compare as a person would. */
export function toFieldText(values: NominationContentValues, field: Field): string {
  if (field === "links") return values.links.map((link) => link.url).filter(Boolean).join("\n");
  if (field === "isOngoing") return values.isOngoing ? "Yes" : "No";
  return values[field];
}

/**
 * The fields to offer back: where the user's text differs from the other version and, given the version they
 * started from, where they changed it themselves (a field only the other side changed is already in the form).
 */
export function listFieldsToOffer(mine: NominationContentValues, other: NominationContentValues, base?: NominationContentValues): Field[] {
  return FIELD_ORDER.filter((f) => toFieldText(mine, f) !== toFieldText(other, f) && (!base || toFieldText(mine, f) !== toFieldText(base, f)));
}

export interface SummaryItem {
  /** The field's path, as the form and the server name it ("links.2.url"). */
  name: string;
  /** The id of its input on the page. */
  id: string;
  label: string;
  message: string;
}

/** A field's label: a form field, or a link by its number from 1. */
export type FieldLabeller = (field: Field, link?: number) => string;

const labelInEnglish: FieldLabeller = (field, link) => (link === undefined ? FIELD_LABELS[field] : `Link ${link}`);

function describeField(name: string, label: FieldLabeller): string {
  const [field = "", index] = name.split(".");
  if (!isField(field)) return field;
  return field === "links" && index !== undefined ? label(field, Number(index) + 1) : label(field);
}

/** The problems of a refused submission, one per field, in the order of the form, labelled in the page's language. */
export function toSummaryItems(fieldErrors: Record<string, string[]> | undefined, label: FieldLabeller = labelInEnglish): SummaryItem[] {
  const position = (name: string) => FIELD_ORDER.indexOf(name.split(".")[0] as Field);
  return Object.entries(fieldErrors ?? {})
    .filter(([name, messages]) => name !== "_form" && messages.length > 0)
    .sort(([a], [b]) => position(a) - position(b))
    .map(([name, messages]) => ({ name, id: name.replaceAll(".", "-"), label: describeField(name, label), message: messages.join(" ") }));
}
