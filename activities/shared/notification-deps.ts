/** Where notifications go: SMTP and a webhook endpoint, each optional. */
import type { Transporter } from 'nodemailer';

export interface NotificationDeps {
  mailer?: Transporter;
  emailFrom: string;
  reviewerEmails: string[];
  webhook?: { url: string; secret: string };
}
