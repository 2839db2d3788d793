/** The messages the secretariat's jury changes send, rendered from the edition's templates and queued in the change's transaction. */
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { MAIL_WORDS } from "./mail-words";
import { getDefaultTemplate, renderTemplate, type TemplateText } from "./templates";

export interface JuryMailInput {
  name: string;
  email: string;
  year: number;
  theme: string;
  countryName: string;
  isVoting: boolean;
  isChair: boolean;
  /** The recipient's language (English when left out); the template must be in the same one. */
  locale?: Locale;
}

function describeSeat(input: JuryMailInput): string {
  return MAIL_WORDS[input.locale ?? DEFAULT_LOCALE].seat(input.isChair ? "chair" : input.isVoting ? "voting" : "expert", input.countryName);
}

/** The invitation of someone who has no password yet: the link lets them choose one. */
export function composeJuryInvitationMail(
  input: JuryMailInput & { url: string },
  template: TemplateText = getDefaultTemplate("jury-invitation", input.locale),
): TemplateText {
  return renderTemplate(template, {
    name: input.name,
    email: input.email,
    edition_year: String(input.year),
    theme: input.theme,
    seat: describeSeat(input),
    link: input.url,
  });
}

/** The note to someone who can already sign in and was put on a jury. */
export function composeJuryAddedMail(
  input: JuryMailInput & { signInUrl: string },
  template: TemplateText = getDefaultTemplate("jury-added", input.locale),
): TemplateText {
  return renderTemplate(template, {
    name: input.name,
    edition_year: String(input.year),
    theme: input.theme,
    seat: describeSeat(input),
    link: input.signInUrl,
  });
}
