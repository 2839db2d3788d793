// French for the server's texts (errors, refusals, validation), keyed by their English template: one file per area.
// validation.json holds lib/validation's messages, which forms check in the browser too (components/i18n).
import common from "./common.json";
import validationMessages from "./validation.json";
import people from "./people.json";
import validationPeople from "./validation-people.json";

export const validation: Record<string, string> = { ...validationMessages, ...validationPeople };

const catalogue: Record<string, string> = { ...common, ...people, ...validation };
export default catalogue;
