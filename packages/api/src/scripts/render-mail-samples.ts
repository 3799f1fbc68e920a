/**
 * `tsx src/scripts/render-mail-samples.ts`: writes every email template, in both languages, to
 * .tmp/mail-samples/ at the repository root (HTML and plain text), to look at in a browser or
 * to screenshot before changing a template.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { languages } from '@tindak/shared';
import type { RenderedMail } from '../mail/content';
import {
  renderAccountLinkMail,
  renderDailySummaryMail,
  renderDigestMail,
  renderNotificationMail,
} from '../mail/render';
import {
  sampleAccountLinkMail,
  sampleDailySummaryMail,
  sampleDigestMail,
  sampleNotificationMail,
  sampleNotifications,
} from '../mail/samples';

const outDir = resolve(import.meta.dirname, '../../../../.tmp/mail-samples');

async function main() {
  await mkdir(outDir, { recursive: true });
  for (const lang of languages) {
    for (const key of Object.keys(sampleNotifications)) {
      await write(
        `notification-${key}.${lang}`,
        await renderNotificationMail(sampleNotificationMail(key, lang)),
      );
    }
    await write(`daily-summary.${lang}`, await renderDailySummaryMail(sampleDailySummaryMail(lang)));
    await write(`invite.${lang}`, await renderAccountLinkMail(sampleAccountLinkMail('invite', lang)));
    await write(`reset.${lang}`, await renderAccountLinkMail(sampleAccountLinkMail('reset', lang)));
    await write(`digest-head.${lang}`, await renderDigestMail(sampleDigestMail(lang, true)));

    // A staff member on "weekly only": no region table, last week's notifications at the end.
    const weekly = sampleDigestMail(lang, false);
    weekly.content.notifications = sampleDailySummaryMail(lang).notifications;
    await write(`digest-staff.${lang}`, await renderDigestMail(weekly));
  }
  process.stdout.write(`Samples written to ${outDir}\n`);
}

async function write(name: string, mail: RenderedMail) {
  await writeFile(join(outDir, `${name}.html`), mail.html);
  await writeFile(
    join(outDir, `${name}.txt`),
    `Subject: ${mail.subject}\nPreview: ${mail.preview}\n\n${mail.text}`,
  );
}

await main();
