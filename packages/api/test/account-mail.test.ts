import { describe, expect, it } from 'vitest';
import { createUser, useTestApi } from './support';
import { makeOffice } from './support/fixtures';

/** Invitations and password resets travel by email (the outbox), with a link that works once. */
const api = useTestApi();

async function latestMail(to: string) {
  return api.database.db
    .selectFrom('emails')
    .selectAll()
    .where('toAddress', '=', to)
    .orderBy('createdAt', 'desc')
    .executeTakeFirst();
}

const tokenIn = (text: string) => /atur-kata-sandi\?token=([\w-]+)/.exec(text)?.[1];

describe('account mail', () => {
  it('mails a password reset link that sets the password once; unknown addresses get the same answer and no mail', async () => {
    const office = await makeOffice(api, 'Diskominfo Kabupaten Sarolangun', '15.03');
    const user = await createUser(api, {
      role: 'staff',
      organizationId: office.id,
      email: 'lupa@sarolangun.uji',
    });
    const anonymous = api.callerAs(null);
    expect(await anonymous.auth.requestPasswordReset({ email: 'lupa@sarolangun.uji' })).toEqual({ ok: true });
    expect(await anonymous.auth.requestPasswordReset({ email: 'tidak.ada@sarolangun.uji' })).toEqual({
      ok: true,
    });
    expect(await latestMail('tidak.ada@sarolangun.uji')).toBeUndefined();
    const mail = await latestMail('lupa@sarolangun.uji');
    expect(mail).toMatchObject({ kind: 'reset', userId: user.id, status: 'pending', sensitive: true });
    const token = tokenIn(mail?.textBody ?? '');
    expect(token).toBeTruthy();
    const setPassword = { token: token as string, password: 'kata-sandi-baru-2026' };
    expect(await anonymous.auth.setPassword(setPassword)).toEqual({ ok: true });
    await expect(anonymous.auth.setPassword(setPassword)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('mails an invitation, resends it with a fresh link (the old one stops working), and refuses once the password is set', async () => {
    const office = await makeOffice(api, 'Diskominfo Kabupaten Merangin', '15.02');
    const admin = await createUser(api, { role: 'admin', organizationId: office.id });
    const asAdmin = api.caller('id', admin);
    const invited = await asAdmin.users.invite({
      email: 'baru@merangin.uji',
      displayName: 'Pegawai Baru',
      role: 'staff',
      organizationId: office.id,
    });
    const first = await latestMail('baru@merangin.uji');
    expect(first?.kind).toBe('invite');
    expect(first?.textBody).toContain(invited.link);
    const resent = await asAdmin.users.resendInvitation({ id: invited.user.id });
    expect(resent.link).not.toBe(invited.link);
    const second = await latestMail('baru@merangin.uji');
    expect(second?.id).not.toBe(first?.id);
    expect(second?.textBody).toContain(resent.link);
    const anonymous = api.callerAs(null);
    await expect(
      anonymous.auth.setPassword({
        token: tokenIn(invited.link) as string,
        password: 'kata-sandi-baru-2026',
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await anonymous.auth.setPassword({
      token: tokenIn(resent.link) as string,
      password: 'kata-sandi-baru-2026',
    });
    await expect(asAdmin.users.resendInvitation({ id: invited.user.id })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });

  it("lets an admin change someone's email; a taken address is a conflict on the field", async () => {
    const office = await makeOffice(api, 'Diskominfo Kabupaten Batang Hari', '15.04');
    const admin = await createUser(api, { role: 'admin', organizationId: office.id });
    const user = await createUser(api, {
      role: 'viewer',
      organizationId: office.id,
      email: 'lama@batanghari.uji',
    });
    await createUser(api, { role: 'viewer', organizationId: office.id, email: 'terpakai@batanghari.uji' });
    const asAdmin = api.caller('id', admin);
    const base = {
      id: user.id,
      displayName: 'Pemantau',
      role: 'viewer' as const,
      organizationId: office.id,
      active: true,
    };
    const updated = await asAdmin.users.update({ ...base, version: 1, email: 'Baru@BatangHari.uji' });
    expect(updated.email).toBe('baru@batanghari.uji');
    await expect(
      asAdmin.users.update({ ...base, version: updated.version, email: 'terpakai@batanghari.uji' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});
