import { eq } from "drizzle-orm";
import { countries } from "../../db/schema";
import { AppError } from "../errors";
import { text } from "../i18n/server-text";
import { runEditionCommand } from "../kernel/edition-command";
import { composeJuryInvitationMail } from "../mail/jury-mail";
import { enqueueMail } from "../mail/outbox";
import { getEditionTemplate } from "../mail/template-queries";
import { getAddressLocale } from "../mail/recipient-locale";
import { formatCountryName } from "../format/country-name";
import { createInvitationToken } from "../people/account-tokens";
import { getJuryMemberForUpdate, getJurySettings, toInvitationUrl, type JuryMemberChange } from "./member-rows";

/** Sends an invited member a new link; earlier links stop working. */
export async function resendJuryInvitation({ db, actor, editionId, membershipId, appUrl }: JuryMemberChange & { appUrl: string }) {
  return runEditionCommand({ db, actor, editionId, action: "jury.manage" }, async ({ tx, edition, audit }) => {
    const member = await getJuryMemberForUpdate(tx, editionId, membershipId);
    if (!member.isActive) throw new AppError("CONFLICT", text("The account of {name} is disabled.", { name: member.name }));
    if (member.hasPassword) throw new AppError("CONFLICT", text("{name} has already accepted the invitation and can sign in.", { name: member.name }));
    const { theme } = await getJurySettings(tx, editionId);
    const [country] = await tx.select({ name: countries.name }).from(countries).where(eq(countries.code, member.countryCode ?? ""));
    const token = await createInvitationToken(tx, member.userId);
    const locale = await getAddressLocale(tx, member.email);
    const mail = composeJuryInvitationMail({
      name: member.name,
      email: member.email,
      year: edition.year,
      theme,
      countryName: country ? formatCountryName(member.countryCode ?? "", country.name, locale) : (member.countryCode ?? ""),
      isVoting: member.isVoting,
      isChair: member.isChair,
      url: toInvitationUrl(appUrl, token),
      locale,
    }, await getEditionTemplate(tx, editionId, "jury-invitation", locale));
    await enqueueMail(tx, { editionId, kind: "jury.invitation", to: member.email, ...mail });
    await audit({ action: "jury.invitation_resent", entity: "membership", id: membershipId, data: { userId: member.userId } });
    return { name: member.name };
  });
}
