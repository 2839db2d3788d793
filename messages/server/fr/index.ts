// French for the server's texts (errors, refusals, validation), keyed by their English template: one file per area.
// validation.json holds lib/validation's messages, which forms check in the browser too (components/i18n).
import common from "./common.json";
import validationMessages from "./validation.json";
import coordinator from "./coordinator.json";
import validationCoordinator from "./validation-coordinator.json";

export const validation: Record<string, string> = { ...validationMessages, ...validationCoordinator };

const catalogue: Record<string, string> = { ...common, ...coordinator, ...validation };
export default catalogue;
