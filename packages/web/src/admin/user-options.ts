import { type Language, languages, type Role, roles, type UserView, userSchema } from '@tindak/shared';
import type { TFunction } from 'i18next';

/** The roles by their Indonesian (or English) names, in the policy's order. */
export function roleOptions(t: TFunction) {
  return roles.map((role) => ({ value: role, label: t(`auth.roles.${role}`) }));
}

/** What the chosen role may do, shown under the field so the choice is an informed one. */
export function roleHint(t: TFunction, role: Role | ''): string | undefined {
  return role ? t(`admin.roleHints.${role}`) : undefined;
}

export function languageOptions(t: TFunction) {
  return languages.map((lang: Language) => ({ value: lang, label: t(`language.${lang}`) }));
}

export type UserStatus = 'active' | 'pending' | 'inactive';

/** Deactivated wins over pending: a deactivated invitation cannot be used either. */
export function userStatus(user: Pick<UserView, 'active' | 'pending'>): UserStatus {
  if (!user.active) return 'inactive';
  return user.pending ? 'pending' : 'active';
}

/** A user as the server sent it in a CONFLICT, or null when it sent none that parses. */
export function parseUser(value: unknown): UserView | null {
  const parsed = userSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
