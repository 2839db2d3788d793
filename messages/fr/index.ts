// The catalogue, one file per namespace so that areas of the interface are translated without touching each other.

import site from "./site.json";
import header from "./header.json";
import language from "./language.json";
import publicPages from "./public.json";
import signIn from "./signIn.json";
import signOut from "./signOut.json";
import nomination from "./nomination.json";
import coordinator from "./coordinator.json";
import jury from "./jury.json";
import common from "./common.json";
import errorPage from "./errorPage.json";
import mailTemplates from "./mailTemplates.json";
import peopleAdmin from "./peopleAdmin.json";
import adminHome from "./adminHome.json";
import outboxAdmin from "./outboxAdmin.json";
import auditAdmin from "./auditAdmin.json";
import importAdmin from "./importAdmin.json";

const messages = { site, header, language, public: publicPages, signIn, signOut, nomination, coordinator, jury, common, errorPage, mailTemplates, peopleAdmin, adminHome, outboxAdmin, auditAdmin, importAdmin };
export default messages;
