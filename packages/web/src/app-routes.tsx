import { Route, Routes } from 'react-router';
import { AccountPage } from './account/account-page';
import { ActionItemPage } from './action-items/detail/action-item-page';
import { ActionItemListPage } from './action-items/list/action-item-list-page';
import { UsersPage } from './admin/users-page';
import { ForgotPasswordPage } from './auth/forgot-password-page';
import { RequireSignIn } from './auth/require-sign-in';
import { SetPasswordPage } from './auth/set-password-page';
import { SignInPage } from './auth/sign-in-page';
import { CommitmentPage } from './commitments/commitment-page';
import { CommitmentTrackerPage } from './commitments/tracker/commitment-tracker-page';
import { DigestPage } from './digest/digest-page';
import { HomePage } from './home/home-page';
import { AppLayout } from './layout/app-layout';
import { NotFoundPage } from './layout/not-found-page';
import { EmailPage } from './mail/email-page';
import { OutboxPage } from './mail/outbox-page';
import { MeetingPage } from './meetings/detail/meeting-page';
import { EditMeetingPage } from './meetings/form/edit-meeting-page';
import { NewMeetingPage } from './meetings/form/new-meeting-page';
import { MeetingListPage } from './meetings/list/meeting-list-page';
import { ProposalPage } from './proposals/proposal-page';
import { PublicCommitmentsPage } from './public/public-commitments-page';
import { PublicProvincesPage } from './public/public-provinces-page';
import { RegionListPage } from './regions/region-list-page';
import { RegionPage } from './regions/region-page';
import { SearchPage } from './search/search-page';

/** Indonesian paths: people share these links with each other. */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="masuk" element={<SignInPage />} />
      <Route path="lupa-kata-sandi" element={<ForgotPasswordPage />} />
      <Route path="atur-kata-sandi" element={<SetPasswordPage />} />
      {/* The transparency page: published commitments, for anyone, without signing in. */}
      <Route path="publik" element={<PublicProvincesPage />} />
      <Route path="publik/:provinceCode" element={<PublicCommitmentsPage />} />
      <Route element={<RequireSignIn />}>
        <Route element={<AppLayout />}>
          <Route index element={<HomePage />} />
          <Route path="rapat" element={<MeetingListPage />} />
          <Route path="rapat/baru" element={<NewMeetingPage />} />
          <Route path="rapat/:id" element={<MeetingPage />} />
          <Route path="rapat/:id/ubah" element={<EditMeetingPage />} />
          <Route path="usulan/:id" element={<ProposalPage />} />
          <Route path="komitmen" element={<CommitmentTrackerPage />} />
          <Route path="komitmen/:id" element={<CommitmentPage />} />
          <Route path="tindak-lanjut" element={<ActionItemListPage />} />
          <Route path="tindak-lanjut/:id" element={<ActionItemPage />} />
          <Route path="wilayah" element={<RegionListPage />} />
          <Route path="wilayah/:code" element={<RegionPage />} />
          <Route path="kotak-keluar" element={<OutboxPage />} />
          <Route path="kotak-keluar/:id" element={<EmailPage />} />
          <Route path="ringkasan" element={<DigestPage />} />
          <Route path="akun" element={<AccountPage />} />
          <Route path="admin/pengguna" element={<UsersPage />} />
          <Route path="cari" element={<SearchPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
