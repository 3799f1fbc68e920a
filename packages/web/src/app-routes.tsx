import { appRoutes } from '@tindak/shared';
import { type ComponentType, type LazyExoticComponent, lazy } from 'react';
import { Route, Routes, useLocation } from 'react-router';
import { withAllStyles } from './all-mantine-styles';
import { RequireSignIn } from './auth/require-sign-in';
import { AppLayout } from './layout/app-layout';
import { NotFoundPage } from './layout/not-found-page';
import { PageBoundary, PageErrorBoundary } from './layout/page-boundary';

/**
 * Each page is its own file, fetched the first time someone opens it: the sign-in page does not
 * download the charts of Beranda. The shell (layout, sign-in guard, providers) stays in the main file.
 * Every page but Beranda also gets the Mantine styles the shell leaves out (all-mantine-styles.ts).
 */
function page<K extends string, M extends Record<K, ComponentType>>(
  load: () => Promise<M>,
  name: K,
): LazyExoticComponent<M[K]> {
  return lazy(async () => ({ default: (await withAllStyles(load))[name] }));
}

/** Beranda, drawn with the shell's styles only (mantine-shell-styles.test.ts keeps them enough). */
function shellStyledPage<K extends string, M extends Record<K, ComponentType>>(
  load: () => Promise<M>,
  name: K,
): LazyExoticComponent<M[K]> {
  return lazy(async () => ({ default: (await load())[name] }));
}

const SignInPage = page(() => import('./auth/sign-in-page'), 'SignInPage');
const ForgotPasswordPage = page(() => import('./auth/forgot-password-page'), 'ForgotPasswordPage');
const SetPasswordPage = page(() => import('./auth/set-password-page'), 'SetPasswordPage');
const SetupPage = page(() => import('./setup/setup-page'), 'SetupPage');
const PublicProvincesPage = page(() => import('./public/public-provinces-page'), 'PublicProvincesPage');
const PublicCommitmentsPage = page(() => import('./public/public-commitments-page'), 'PublicCommitmentsPage');
const HomePage = shellStyledPage(() => import('./home/home-page'), 'HomePage');
const MeetingListPage = page(() => import('./meetings/list/meeting-list-page'), 'MeetingListPage');
const NewMeetingPage = page(() => import('./meetings/form/new-meeting-page'), 'NewMeetingPage');
const MeetingPage = page(() => import('./meetings/detail/meeting-page'), 'MeetingPage');
const EditMeetingPage = page(() => import('./meetings/form/edit-meeting-page'), 'EditMeetingPage');
const MeetingSeriesPage = page(() => import('./meetings/series/series-page'), 'MeetingSeriesPage');
const ProposalPage = page(() => import('./proposals/proposal-page'), 'ProposalPage');
const ProposalListPage = page(() => import('./proposals/list/proposal-list-page'), 'ProposalListPage');
const CommitmentTrackerPage = page(
  () => import('./commitments/tracker/commitment-tracker-page'),
  'CommitmentTrackerPage',
);
const CommitmentPage = page(() => import('./commitments/commitment-page'), 'CommitmentPage');
const AgreementListPage = page(() => import('./agreements/agreement-list-page'), 'AgreementListPage');
const AgreementPage = page(() => import('./agreements/agreement-page'), 'AgreementPage');
const ActionItemListPage = page(
  () => import('./action-items/list/action-item-list-page'),
  'ActionItemListPage',
);
const ActionItemPage = page(() => import('./action-items/detail/action-item-page'), 'ActionItemPage');
const DirectiveListPage = page(() => import('./directives/directive-list-page'), 'DirectiveListPage');
const DirectivePage = page(() => import('./directives/directive-page'), 'DirectivePage');
const RegionListPage = page(() => import('./regions/region-list-page'), 'RegionListPage');
const RegionPage = page(() => import('./regions/region-page'), 'RegionPage');
const IndicatorListPage = page(() => import('./indicators/indicator-list-page'), 'IndicatorListPage');
const IndicatorPage = page(() => import('./indicators/indicator-page'), 'IndicatorPage');
const OutboxPage = page(() => import('./mail/outbox-page'), 'OutboxPage');
const EmailPage = page(() => import('./mail/email-page'), 'EmailPage');
const DigestPage = page(() => import('./digest/digest-page'), 'DigestPage');
const AccountPage = page(() => import('./account/account-page'), 'AccountPage');
const UsersPage = page(() => import('./admin/users-page'), 'UsersPage');
const SearchPage = page(() => import('./search/search-page'), 'SearchPage');
const OfficesPage = page(() => import('./directory/offices-page'), 'OfficesPage');
const PeoplePage = page(() => import('./people/people-page'), 'PeoplePage');
const PersonPage = page(() => import('./people/person-page'), 'PersonPage');

/** Indonesian paths: people share these links with each other. */
// Paths come from the one table of pages in @tindak/shared, which mail and digest links use too.
export function AppRoutes() {
  const location = useLocation();
  return (
    // The outer boundary is for the layout itself (its lazily loaded search dialog, say); pages
    // have their own inside the layout, so a broken page keeps the header and menu around it.
    <PageErrorBoundary resetKey={location.key} standalone>
      <Routes>
        <Route element={<PageBoundary />}>
          <Route path={appRoutes.signIn} element={<SignInPage />} />
          <Route path={appRoutes.forgotPassword} element={<ForgotPasswordPage />} />
          <Route path={appRoutes.setPassword} element={<SetPasswordPage />} />
          <Route path={appRoutes.setup} element={<SetupPage />} />
          {/* The transparency page: published commitments, for anyone, without signing in. */}
          <Route path={appRoutes.publicProvinces} element={<PublicProvincesPage />} />
          <Route path={appRoutes.publicCommitments} element={<PublicCommitmentsPage />} />
        </Route>
        <Route element={<RequireSignIn />}>
          <Route element={<AppLayout />}>
            {/* Inside the layout, so the header stays while a page's file loads or if it fails to. */}
            <Route element={<PageBoundary />}>
              <Route index element={<HomePage />} />
              <Route path={appRoutes.meetings} element={<MeetingListPage />} />
              <Route path={appRoutes.newMeeting} element={<NewMeetingPage />} />
              <Route path={appRoutes.meeting} element={<MeetingPage />} />
              <Route path={appRoutes.editMeeting} element={<EditMeetingPage />} />
              <Route path={appRoutes.meetingSeries} element={<MeetingSeriesPage />} />
              <Route path={appRoutes.proposals} element={<ProposalListPage />} />
              <Route path={appRoutes.proposal} element={<ProposalPage />} />
              <Route path={appRoutes.commitments} element={<CommitmentTrackerPage />} />
              <Route path={appRoutes.commitment} element={<CommitmentPage />} />
              <Route path={appRoutes.agreements} element={<AgreementListPage />} />
              <Route path={appRoutes.agreement} element={<AgreementPage />} />
              <Route path={appRoutes.actionItems} element={<ActionItemListPage />} />
              <Route path={appRoutes.actionItem} element={<ActionItemPage />} />
              <Route path={appRoutes.directives} element={<DirectiveListPage />} />
              <Route path={appRoutes.directive} element={<DirectivePage />} />
              <Route path={appRoutes.regions} element={<RegionListPage />} />
              <Route path={appRoutes.region} element={<RegionPage />} />
              <Route path={appRoutes.indicators} element={<IndicatorListPage />} />
              <Route path={appRoutes.indicator} element={<IndicatorPage />} />
              <Route path={appRoutes.outbox} element={<OutboxPage />} />
              <Route path={appRoutes.email} element={<EmailPage />} />
              <Route path={appRoutes.digest} element={<DigestPage />} />
              <Route path={appRoutes.account} element={<AccountPage />} />
              <Route path={appRoutes.users} element={<UsersPage />} />
              <Route path={appRoutes.search} element={<SearchPage />} />
              <Route path={appRoutes.offices} element={<OfficesPage />} />
              <Route path={appRoutes.people} element={<PeoplePage />} />
              <Route path={appRoutes.person} element={<PersonPage />} />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Route>
        </Route>
      </Routes>
    </PageErrorBoundary>
  );
}
