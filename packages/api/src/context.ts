import type { Database } from '@tindak/db';
import type { Language } from '@tindak/shared';

export interface Actor {
  /** The signed-in user; null until accounts exist (the events still record who, once known). */
  id: string | null;
}

export interface Context {
  db: Database;
  lang: Language;
  actor: Actor;
}
