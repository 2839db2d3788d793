/** The messages the people pages send: an invitation to a role, a note of a new role, a password-reset link. */

function toList(roles: readonly string[]): string {
  return roles.map((role) => `- ${role}`).join("\n");
}

/** The invitation of someone who has no password yet: the link lets them choose one. */
export function composeRoleInvitationMail(input: { name: string; email: string; roles: readonly string[]; url: string }) {
  return {
    subject: "Palmarès: your invitation",
    body: [
      `Dear ${input.name},`,
      "",
      "The secretariat of the European Crime Prevention Award invites you to Palmarès, where the award is run, as:",
      toList(input.roles),
      "",
      "To accept, choose your password on this page. The link works once and expires in 14 days:",
      input.url,
      "",
      `You will then sign in with your email address, ${input.email}.`,
      "",
      "If you did not expect this invitation, you can ignore this message.",
      "",
      "The secretariat",
    ].join("\n"),
  };
}

/** The note to someone who can already sign in and was given a new role. */
export function composeRoleAddedMail(input: { name: string; role: string; signInUrl: string }) {
  return {
    subject: "Palmarès: a new role for you",
    body: [
      `Dear ${input.name},`,
      "",
      `The secretariat has given you a new role in Palmarès: ${input.role}.`,
      "",
      `Sign in with your usual password to start: ${input.signInUrl}`,
      "",
      "The secretariat",
    ].join("\n"),
  };
}

/** The password-reset link, asked for on the sign-in page. */
export function composePasswordResetMail(input: { name: string; url: string; validMinutes: number }) {
  return {
    subject: "Palmarès: reset your password",
    body: [
      `Dear ${input.name},`,
      "",
      "Someone, probably you, asked to reset the password of your Palmarès account.",
      `To choose a new password, open this page. The link works once and expires in ${input.validMinutes} minutes:`,
      input.url,
      "",
      "If you did not ask for this, ignore this message: your password stays as it is.",
      "",
      "The secretariat",
    ].join("\n"),
  };
}
