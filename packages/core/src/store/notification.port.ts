// How Participe hands a message to the outside world. Adapters implement `Mailer` (a file
// per message in development, SMTP in production); core only renders what to say.

/** One e-mail, ready to send. The sender address belongs to the mailer's configuration, unless `from` names one. */
export interface OutgoingEmail {
  /** One address; a notification goes to one person. */
  to: string;
  /** One line: mailers refuse line breaks here. */
  subject: string;
  /** The message as plain text: always present, it is what every mail client can show. */
  text: string;
  /** The same message as HTML; every piece of user text in it is escaped. */
  html?: string;
  /**
   * Extra headers, e.g. `Auto-Submitted: auto-generated` so that out-of-office replies are
   * not sent back. Names and values are single lines.
   */
  headers?: Record<string, string>;
  /**
   * A stable id for this message, e.g. the notification's id. A mailer turns it into the
   * `Message-ID`, so a message sent twice after a crash carries the same id twice and mail
   * clients that deduplicate show it once.
   */
  id?: string;
  /**
   * The sender, when the council that writes has its own, e.g. `Participation <participation@cd93.fr>`
   * (one line). @default the mailer's. Its mail relay must be allowed to send for that domain.
   */
  from?: string;
}

export interface Mailer {
  /**
   * Resolves once the message is accepted (by the mail server, or written to disk); rejects
   * otherwise, and then nothing may be assumed sent. Throws `RecipientRejectedError` when the
   * server refuses the address for good, so that the caller stops trying.
   */
  send(email: OutgoingEmail): Promise<{ messageId?: string }>;
}

/**
 * The mail server refused the recipient for good (an SMTP 5xx on the address): sending again
 * cannot help. The message names no address, so that logging it leaks no contact.
 */
export class RecipientRejectedError extends Error {
  override readonly name = 'RecipientRejectedError';
}
