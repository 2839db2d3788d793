/** The messages the secretariat's jury changes send, composed here and queued in the change's transaction. */

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
export function composeJuryInvitationMail(input: JuryMailInput & { url: string }): { subject: string; body: string } {
  return {
    subject: `ECPA ${input.year}: invitation to the jury`,
    body: [
      `Dear ${input.name},`,
      "",
      `The secretariat invites you to the jury of the European Crime Prevention Award ${input.year}, ${describeSeat(input)}.`,
      `This year's theme: ${input.theme}.`,
      "",
      "To accept, choose your password on this page. The link works once and expires in 14 days:",
      input.url,
      "",
      `Then sign in to Palmarès with your email address, ${input.email}, to read and score the dossiers.`,
      "",
      "If you did not expect this invitation, you can ignore this message.",
      "",
      "The secretariat",
    ].join("\n"),
  };
}

/** The note to someone who can already sign in and was put on a jury. */
export function composeJuryAddedMail(input: JuryMailInput & { signInUrl: string }): { subject: string; body: string } {
  return {
    subject: `ECPA ${input.year}: you are on the jury`,
    body: [
      `Dear ${input.name},`,
      "",
      `The secretariat has added you to the jury of the European Crime Prevention Award ${input.year}, ${describeSeat(input)}.`,
      `This year's theme: ${input.theme}.`,
      "",
      `Sign in with your usual password to see your dossiers once scoring opens: ${input.signInUrl}`,
      "",
      "The secretariat",
    ].join("\n"),
  };
}
