// French for the server's texts (errors, refusals, validation), keyed by their English template: one file per area.
// validation.json holds lib/validation's messages, which forms check in the browser too (components/i18n).
import common from "./common.json";
import validationMessages from "./validation.json";
import jury from "./jury.json";
import validationJury from "./validation-jury.json";
import editions from "./editions.json";
import validationEditions from "./validation-editions.json";
import results from "./results.json";
import validationResults from "./validation-results.json";
import coordinator from "./coordinator.json";
import validationCoordinator from "./validation-coordinator.json";
import people from "./people.json";
import validationPeople from "./validation-people.json";
import access from "./access.json";

export const validation: Record<string, string> = { ...validationMessages, ...validationJury, ...validationEditions, ...validationResults, ...validationCoordinator, ...validationPeople };

const catalogue: Record<string, string> = { ...common, ...jury, ...validation, ...editions, ...results, ...coordinator, ...people, ...access };
export default catalogue;
