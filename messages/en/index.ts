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
import scoreSheet from "./scoreSheet.json";
import deliberation from "./deliberation.json";
import dossierView from "./dossierView.json";
import editionsAdmin from "./editionsAdmin.json";
import nominationsAdmin from "./nominationsAdmin.json";
import juryAdmin from "./juryAdmin.json";
import rubricAdmin from "./rubricAdmin.json";
import ceremony from "./ceremony.json";
import resultAdmin from "./resultAdmin.json";
import certificate from "./certificate.json";
import practices from "./practices.json";
import legal from "./legal.json";
import verify from "./verify.json";
import ui from "./ui.json";

const messages = { site, header, language, public: publicPages, signIn, signOut, nomination, coordinator, jury, common, errorPage, scoreSheet, deliberation, dossierView, editionsAdmin, nominationsAdmin, juryAdmin, rubricAdmin, ceremony, resultAdmin, certificate, practices, legal, verify, ui };
export default messages;
