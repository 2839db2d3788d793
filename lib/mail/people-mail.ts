/**
 * The messages the people pages send: an invitation to a role, a note of a new role, a password-reset link. They
 * belong to no edition, so they are not templates the secretariat rewrites; each is written in both languages.
 */
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";

function toList(roles: readonly string[]): string {
  return roles.map((role) => `- ${role}`).join("\n");
}

interface RoleInvitation {
  name: string;
  email: string;
  roles: readonly string[];
  url: string;
  /** The recipient's language; the roles must be described in it. */
  locale?: Locale;
}

/** The invitation of someone who has no password yet: the link lets them choose one. */
export function composeRoleInvitationMail({ locale = DEFAULT_LOCALE, ...input }: RoleInvitation) {
  if (locale === "fr") {
    return {
      subject: "Palmarès : votre invitation",
      body: [
        `Bonjour ${input.name},`,
        "",
        "Le secrétariat du Prix européen de la prévention de la criminalité vous invite sur Palmarès, où le prix est organisé, en tant que :",
        toList(input.roles),
        "",
        "Pour accepter, choisissez votre mot de passe sur cette page. Le lien ne sert qu’une fois et expire dans 14 jours :",
        input.url,
        "",
        `Vous vous connecterez ensuite avec votre adresse électronique, ${input.email}.`,
        "",
        "Si vous n’attendiez pas cette invitation, vous pouvez ignorer ce message.",
        "",
        "Le secrétariat",
      ].join("\n"),
    };
  }
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
export function composeRoleAddedMail({ locale = DEFAULT_LOCALE, ...input }: { name: string; role: string; signInUrl: string; locale?: Locale }) {
  if (locale === "fr") {
    return {
      subject: "Palmarès : un nouveau rôle pour vous",
      body: [
        `Bonjour ${input.name},`,
        "",
        `Le secrétariat vous a attribué un nouveau rôle dans Palmarès : ${input.role}.`,
        "",
        `Connectez-vous avec votre mot de passe habituel pour commencer : ${input.signInUrl}`,
        "",
        "Le secrétariat",
      ].join("\n"),
    };
  }
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
export function composePasswordResetMail({ locale = DEFAULT_LOCALE, ...input }: { name: string; url: string; validMinutes: number; locale?: Locale }) {
  if (locale === "fr") {
    return {
      subject: "Palmarès : réinitialisation de votre mot de passe",
      body: [
        `Bonjour ${input.name},`,
        "",
        "Quelqu’un, probablement vous, a demandé à réinitialiser le mot de passe de votre compte Palmarès.",
        `Pour choisir un nouveau mot de passe, ouvrez cette page. Le lien ne sert qu’une fois et expire dans ${input.validMinutes} minutes :`,
        input.url,
        "",
        "Si vous n’avez rien demandé, ignorez ce message : votre mot de passe reste inchangé.",
        "",
        "Le secrétariat",
      ].join("\n"),
    };
  }
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
