import type { Migration } from 'kysely/migration';
import * as foundation from './20261124T0900_foundation';
import * as followUps from './20261124T1000_follow_ups';
import * as accounts from './20261124T1100_accounts';
import * as notifications from './20261125T0900_notifications';
import * as calendarFeeds from './20261125T1300_calendar_feeds';
import * as regionPrefixIndexes from './20261126T0900_region_prefix_indexes';
import * as digestIndexes from './20261126T0910_digest_indexes';
import * as digestListIndexes from './20261203T0900_digest_list_indexes';
import * as signInFailures from './20261210T0900_sign_in_failures';
import * as personNameKey from './20261210T0910_person_name_key';
import * as setupAndJambiCodes from './20261215T0900_setup_and_jambi_codes';
import * as everyAccountAPerson from './20261215T0910_every_account_a_person';
import * as actionItemDrafts from './20261215T1000_action_item_drafts';
import * as evidenceFiles from './20261215T1010_evidence_files';
import * as organizationDirectory from './20261215T1200_organization_directory';
import * as proposalCommitmentDates from './20261216T0900_proposal_commitment_dates';
import * as peopleMergedInto from './20261217T0900_people_merged_into';
import * as indicators from './20261218T0900_indicators';
import * as proposalLetters from './20261218T1100_proposal_letters';
import * as commitmentProposals from './20261218T1200_commitment_proposals';
import * as directives from './20261219T0900_directives';
import * as meetingSeries from './20261219T0910_meeting_series';
import * as agreements from './20261219T0920_agreements';
import * as officialLetters from './20261219T0930_official_letters';
import * as searchDocuments from './20261220T0900_search_documents';
import * as dropRecordSearchIndexes from './20261220T0901_drop_record_search_indexes';
import * as requestReceipts from './20261220T0910_request_receipts';
import * as digestLate from './20261220T0920_digest_late';
import * as regionDoneIndex from './20261221T0900_region_done_index';

/**
 * Static list of migrations, in order. Names are sortable timestamps; never rename or edit one
 * that has shipped: add a new one instead.
 */
export const migrations: Record<string, Migration> = {
  '20261124T0900_foundation': foundation,
  '20261124T1000_follow_ups': followUps,
  '20261124T1100_accounts': accounts,
  '20261125T0900_notifications': notifications,
  '20261125T1300_calendar_feeds': calendarFeeds,
  '20261126T0900_region_prefix_indexes': regionPrefixIndexes,
  '20261126T0910_digest_indexes': digestIndexes,
  '20261203T0900_digest_list_indexes': digestListIndexes,
  '20261210T0900_sign_in_failures': signInFailures,
  '20261210T0910_person_name_key': personNameKey,
  '20261215T0900_setup_and_jambi_codes': setupAndJambiCodes,
  '20261215T0910_every_account_a_person': everyAccountAPerson,
  '20261215T1000_action_item_drafts': actionItemDrafts,
  '20261215T1010_evidence_files': evidenceFiles,
  '20261215T1200_organization_directory': organizationDirectory,
  '20261216T0900_proposal_commitment_dates': proposalCommitmentDates,
  '20261217T0900_people_merged_into': peopleMergedInto,
  '20261218T0900_indicators': indicators,
  '20261218T1100_proposal_letters': proposalLetters,
  '20261218T1200_commitment_proposals': commitmentProposals,
  '20261219T0900_directives': directives,
  '20261219T0910_meeting_series': meetingSeries,
  '20261219T0920_agreements': agreements,
  '20261219T0930_official_letters': officialLetters,
  '20261220T0900_search_documents': searchDocuments,
  '20261220T0901_drop_record_search_indexes': dropRecordSearchIndexes,
  '20261220T0910_request_receipts': requestReceipts,
  '20261220T0920_digest_late': digestLate,
  '20261221T0900_region_done_index': regionDoneIndex,
};
