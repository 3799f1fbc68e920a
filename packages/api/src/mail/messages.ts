import {
  type Language,
  mailWords,
  type NotificationKind,
  resourcesFor,
  translate,
  type WordKey,
  type WordPair,
  type WordParams,
} from '@tindak/shared';

/**
 * The emails' words as the templates use them, built from the shared `mail` namespace (the one
 * catalogue of words, packages/shared/src/i18n). This file holds no text: it only chooses which key
 * fits (an actor named or not, a date known or not) and fills in the parameters.
 * Values arrive already formatted (dates, status labels) in the recipient's language.
 */

export interface NotificationWordsInput {
  actor: string | null;
  due: string | null;
  requested: string | null;
  outcome: 'approved' | 'rejected' | 'accepted' | null;
  fromStatus: string | null;
  toStatus: string | null;
}

export interface NotificationWords {
  /** Short label: the subject starts with it and lists show it as a badge. */
  label: string;
  heading: string;
  sentence: string;
  /** The button to the item. */
  action: string;
}

type WordsByKind = Record<NotificationKind, (input: NotificationWordsInput) => NotificationWords>;

export interface MailMessages {
  subjectPrefix: string;
  greeting: (name: string) => string;
  autoSent: string;
  settingsLink: string;
  copyLink: string;
  openApp: string;
  notification: {
    words: WordsByKind;
    footerReason: string;
    facts: {
      office: string;
      party: string;
      due: string;
      requested: string;
      newDue: string;
      instruction: string;
      reason: string;
      note: string;
    };
  };
  daily: {
    subject: (date: string, count: number) => string;
    heading: string;
    intro: (date: string, count: number) => string;
    footerReason: string;
  };
  account: {
    invite: AccountWords & {
      intro: (invitedBy: string | null, role: string | null, office: string | null) => string;
    };
    reset: AccountWords & { intro: string };
    expiry: (expires: string) => string;
  };
  digest: {
    subject: (range: string) => string;
    lateSubject: (range: string) => string;
    late: (date: string, time: string) => string;
    heading: (weekNumber: number) => string;
    summary: {
      overdue: (n: number) => string;
      dueThisWeek: (n: number) => string;
      resolved: (n: number) => string;
    };
    sections: {
      overdue: string;
      dueThisWeek: string;
      resolvedLastWeek: string;
      commitments: string;
      proposals: string;
      meetings: string;
      notifications: string;
      completion: string;
      indicators: string;
    };
    indicators: {
      recorded: string;
      offTarget: string;
      previous: (value: string) => string;
      target: (value: string) => string;
      unit: Record<'percent' | 'villages' | 'sites' | 'people' | 'applications', string>;
    };
    daysOverdue: (n: number) => string;
    due: (date: string) => string;
    owner: (name: string) => string;
    resolvedOn: (date: string) => string;
    directiveGroup: string;
    directiveSpread: (spread: { offices: number; done: number; overdue: number }) => string;
    change: { new: string; changed: string };
    addressedTo: (name: string) => string;
    submittedOn: (date: string) => string;
    table: { region: string; done: string; open: string; overdue: string; total: string };
    /** Under a list cut short: "20 of 214 shown." */
    shownOf: (shown: number, total: number) => string;
    seeAll: string;
    /** Under cut notifications: the account page, where they can come daily or at once instead. */
    notificationsElsewhere: string;
    footerReason: (scope: string) => string;
  };
}

interface AccountWords {
  subject: string;
  heading: string;
  instruction: string;
  action: string;
  preview: (expires: string) => string;
  ignore: string;
  footerReason: string;
}

type MailKey = WordKey<typeof mailWords>;
type NotificationWordsTree = typeof mailWords.notification;
/** The notification entries with a label and a heading of their own. */
type TitledKind = {
  [K in keyof NotificationWordsTree]: NotificationWordsTree[K] extends { label: WordPair } ? K : never;
}[keyof NotificationWordsTree];

function wordsIn(lang: Language) {
  const t = (key: MailKey, params?: WordParams) => translate(mailWords, lang, key, params);
  /** An optional part of a sentence: its words when the value is known, nothing otherwise. */
  const part = (key: MailKey, value: string | null | undefined) => (value ? t(key, { value }) : '');
  return { t, part };
}

function notificationWords(lang: Language): WordsByKind {
  const { t, part } = wordsIn(lang);
  const openFollowUp = t('notification.actions.openFollowUp');
  const byActorOrNot = (
    kind: 'assigned' | 'delegated' | 'commitmentStatusChanged',
    actor: string | null,
    params: WordParams = {},
  ) =>
    actor
      ? t(`notification.${kind}.sentenceByActor`, { ...params, actor })
      : t(`notification.${kind}.sentence`, params);
  const onDateOrNot = (kind: 'dueSoon3' | 'dueSoon1' | 'overdue', due: string | null) =>
    due ? t(`notification.${kind}.sentenceOnDate`, { due }) : t(`notification.${kind}.sentence`);
  const titled = (kind: TitledKind) => ({
    label: t(`notification.${kind}.label`),
    heading: t(`notification.${kind}.heading`),
  });
  const responsible = (actor: string | null) => actor ?? t('notification.someone.responsible');

  return {
    assigned: ({ actor }) => ({
      ...titled('assigned'),
      sentence: byActorOrNot('assigned', actor),
      action: openFollowUp,
    }),
    delegated: ({ actor }) => ({
      ...titled('delegated'),
      sentence: byActorOrNot('delegated', actor),
      action: openFollowUp,
    }),
    dueSoon3: ({ due }) => ({
      ...titled('dueSoon3'),
      sentence: onDateOrNot('dueSoon3', due),
      action: openFollowUp,
    }),
    dueSoon1: ({ due }) => ({
      ...titled('dueSoon1'),
      sentence: onDateOrNot('dueSoon1', due),
      action: openFollowUp,
    }),
    overdue: ({ due }) => ({
      ...titled('overdue'),
      sentence: onDateOrNot('overdue', due),
      action: openFollowUp,
    }),
    extensionRequested: ({ actor, due, requested }) => ({
      ...titled('extensionRequested'),
      sentence: t('notification.extensionRequested.sentence', {
        actor: responsible(actor),
        from: part('notification.from', due),
        to: part('notification.to', requested),
      }),
      action: t('notification.actions.reviewRequest'),
    }),
    extensionDecided: ({ actor, outcome, due, requested }) => {
      const head = actor ?? t('notification.someone.head');
      if (outcome === 'rejected') {
        return {
          ...titled('extensionRejected'),
          sentence: t('notification.extensionRejected.sentence', {
            actor: head,
            due: part('notification.extensionRejected.dueStays', due),
          }),
          action: openFollowUp,
        };
      }
      if (outcome === 'approved') {
        return {
          ...titled('extensionApproved'),
          sentence: t('notification.extensionApproved.sentence', {
            actor: head,
            due: part('notification.extensionApproved.newDue', requested),
          }),
          action: openFollowUp,
        };
      }
      return {
        ...titled('extensionDecided'),
        sentence: t('notification.extensionDecided.sentence'),
        action: openFollowUp,
      };
    },
    evidenceSubmitted: ({ actor }) => ({
      ...titled('evidenceSubmitted'),
      sentence: t('notification.evidenceSubmitted.sentence', { actor: responsible(actor) }),
      action: t('notification.actions.reviewEvidence'),
    }),
    verified: ({ actor, outcome }) => {
      const kind = outcome === 'rejected' ? 'evidenceRejected' : 'evidenceAccepted';
      return {
        ...titled(kind),
        sentence: t(`notification.${kind}.sentence`, { actor: actor ?? t('notification.someone.verifier') }),
        action: openFollowUp,
      };
    },
    commitmentStatusChanged: ({ actor, fromStatus, toStatus }) => ({
      ...titled('commitmentStatusChanged'),
      sentence: byActorOrNot('commitmentStatusChanged', actor, {
        from: part('notification.from', fromStatus),
        to: part('notification.to', toStatus),
      }),
      action: t('notification.actions.openCommitment'),
    }),
  };
}

function build(lang: Language): MailMessages {
  const { t, part } = wordsIn(lang);
  return {
    subjectPrefix: t('subjectPrefix'),
    greeting: (name) => t('greeting', { name }),
    autoSent: t('autoSent'),
    settingsLink: t('settingsLink'),
    copyLink: t('copyLink'),
    openApp: t('openApp'),
    notification: {
      words: notificationWords(lang),
      footerReason: t('notification.footerReason'),
      facts: resourcesFor(mailWords.notification.facts, lang),
    },
    daily: {
      subject: (date, count) => t('daily.subject', { date, count }),
      heading: t('daily.heading'),
      intro: (date, count) => t('daily.intro', { date, count }),
      footerReason: t('daily.footerReason'),
    },
    account: {
      invite: {
        subject: t('account.invite.subject'),
        heading: t('account.invite.heading'),
        intro: (invitedBy, role, office) =>
          t('account.invite.intro', {
            who: invitedBy ? t('account.invite.createdBy', { name: invitedBy }) : t('account.invite.created'),
            role: part('account.invite.withRole', role),
            office: part('account.invite.atOffice', office),
          }),
        instruction: t('account.invite.instruction'),
        action: t('account.invite.action'),
        preview: (expires) => t('account.invite.preview', { expires }),
        ignore: t('account.invite.ignore'),
        footerReason: t('account.invite.footerReason'),
      },
      reset: {
        subject: t('account.reset.subject'),
        heading: t('account.reset.heading'),
        intro: t('account.reset.intro'),
        instruction: t('account.reset.instruction'),
        action: t('account.reset.action'),
        preview: (expires) => t('account.reset.preview', { expires }),
        ignore: t('account.reset.ignore'),
        footerReason: t('account.reset.footerReason'),
      },
      expiry: (expires) => t('account.expiry', { expires }),
    },
    digest: {
      subject: (range) => t('digest.subject', { range }),
      lateSubject: (range) => t('digest.lateSubject', { range }),
      late: (date, time) => t('digest.late', { date, time }),
      heading: (week) => t('digest.heading', { week }),
      summary: {
        overdue: (count) => t('digest.summary.overdue', { count }),
        dueThisWeek: (count) => t('digest.summary.dueThisWeek', { count }),
        resolved: (count) => t('digest.summary.resolved', { count }),
      },
      sections: resourcesFor(mailWords.digest.sections, lang),
      daysOverdue: (count) => t('digest.daysOverdue', { count }),
      due: (date) => t('digest.due', { date }),
      owner: (name) => t('digest.owner', { name }),
      resolvedOn: (date) => t('digest.resolvedOn', { date }),
      directiveGroup: t('digest.directiveGroup'),
      directiveSpread: (spread) => t('digest.directiveSpread', spread),
      change: resourcesFor(mailWords.digest.change, lang),
      indicators: {
        recorded: t('digest.indicators.recorded'),
        offTarget: t('digest.indicators.offTarget'),
        previous: (value) => t('digest.indicators.previous', { value }),
        target: (value) => t('digest.indicators.target', { value }),
        unit: resourcesFor(mailWords.digest.indicators.unit, lang),
      },
      addressedTo: (name) => t('digest.addressedTo', { name }),
      submittedOn: (date) => t('digest.submittedOn', { date }),
      table: resourcesFor(mailWords.digest.table, lang),
      shownOf: (shown, total) => t('digest.shownOf', { shown, total }),
      seeAll: t('digest.seeAll'),
      notificationsElsewhere: t('digest.notificationsElsewhere'),
      footerReason: (scope) => t('digest.footerReason', { scope }),
    },
  };
}

const byLanguage: Record<Language, MailMessages> = { id: build('id'), en: build('en') };

export function mailMessages(lang: Language): MailMessages {
  return byLanguage[lang];
}
