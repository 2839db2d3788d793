/** The messages the secretariat's jury changes send, rendered from the edition's templates and queued in the change's transaction. */
import { getDefaultTemplate, renderTemplate, type TemplateText } from "./templates";

export interface JuryMailInput {
  name: string;
  email: string;
  year: number;
  theme: string;
  countryName: string;
  isVoting: boolean;
  isChair: boolean;
}

function describeSeat(input: JuryMailInput): string {
  const role = input.isChair ? "chair of the jury" : input.isVoting ? "a voting member" : "a non-voting expert";
  return `as ${role}, for ${input.countryName}`;
}

/** The invitation of someone who has no password yet: the link lets them choose one. */
export function composeJuryInvitationMail(
  input: JuryMailInput & { url: string },
  template: TemplateText = getDefaultTemplate("jury-invitation"),
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
  template: TemplateText = getDefaultTemplate("jury-added"),
): TemplateText {
  return renderTemplate(template, {
    name: input.name,
    edition_year: String(input.year),
    theme: input.theme,
    seat: describeSeat(input),
    link: input.signInUrl,
  });
}
