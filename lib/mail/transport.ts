import nodemailer from "nodemailer";
import SMTPTransport from "nodemailer/lib/smtp-transport";
import type { MailTransport } from "./deliver";

const globalForMail = globalThis as unknown as { palmaresMailTransport?: { url: string; transport: MailTransport } };

/** A nodemailer SMTP transport for an smtp:// or smtps:// URL, with timeouts so a dead server cannot hang delivery. */
export function createMailTransport(url: string): MailTransport {
  return nodemailer.createTransport(
    new SMTPTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 }),
  );
}

/** The process's transport for SMTP_URL, created once. */
export function getMailTransport(url: string): MailTransport {
  if (globalForMail.palmaresMailTransport?.url !== url) {
    globalForMail.palmaresMailTransport = { url, transport: createMailTransport(url) };
  }
  return globalForMail.palmaresMailTransport.transport;
}
