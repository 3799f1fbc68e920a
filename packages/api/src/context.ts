import type { Database } from '@tindak/db';
import type { Language, NotifyMode, Role } from '@tindak/shared';
import type { LiveBus } from './live/event-bus';
import type { CompletionCache } from './services/completion-cache';
import type { NationalCache } from './services/national-cache';

export interface Actor {
  /** The signed-in user, or null for the system (seed, jobs) and anonymous attempts. */
  id: string | null;
}

/** The signed-in user as every procedure sees it: what they may do and which regions they see. */
export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  organizationId: string;
  personId: string | null;
  /** Region of the user's office; null for an office without a region (sees everything). */
  scopeRegion: string | null;
  language: Language;
  timeZone: string;
  notifyMode: NotifyMode;
}

/** How a procedure sets or clears the session cookie without knowing about HTTP. */
export interface SessionCookie {
  set(token: string, maxAgeSeconds: number): void;
  clear(): void;
}

export interface Context {
  db: Database;
  lang: Language;
  actor: Actor;
  user: SessionUser | null;
  sessionToken: string | null;
  cookie: SessionCookie;
  client: { ip: string; userAgent: string | null };
  /** Absolute URL of the web app, for links in invitations and password resets. */
  publicUrl: string;
  /** Session lifetimes and the demo accounts to show on the sign-in page. */
  auth: AuthSettings;
  /** Committed events, for live updates (absent outside the HTTP server). */
  live?: LiveBus;
  /** The dashboard's counts per scope, kept until a change there (absent outside the HTTP server). */
  completion?: CompletionCache;
  /** National overviews, kept for a minute (absent outside the HTTP server). */
  national?: NationalCache;
  /** The SMTP server as admins may see it (no credentials); absent or null: mail stays in the outbox. */
  mailServer?: string | null;
}

export interface AuthSettings {
  session: { idleMinutes: number; absoluteHours: number };
  demoAccounts: { email: string; password: string; role: Role; label: string }[];
}

export const defaultAuthSettings: AuthSettings = {
  session: { idleMinutes: 120, absoluteHours: 12 },
  demoAccounts: [],
};

/** A context for work the system does itself (demo seed, jobs): no user, no HTTP. */
export function systemContext(db: Database, publicUrl = 'http://localhost:3000'): Context {
  return {
    db,
    lang: 'id',
    actor: { id: null },
    user: null,
    sessionToken: null,
    cookie: { set: () => {}, clear: () => {} },
    client: { ip: 'system', userAgent: null },
    publicUrl,
    auth: defaultAuthSettings,
  };
}
