import { Navigate, Route, Routes } from 'react-router';
import { AppLayout } from './layout/app-layout';
import { NotFoundPage } from './layout/not-found-page';
import { MeetingPage } from './meetings/detail/meeting-page';
import { EditMeetingPage } from './meetings/form/edit-meeting-page';
import { NewMeetingPage } from './meetings/form/new-meeting-page';
import { MeetingListPage } from './meetings/list/meeting-list-page';

/** Indonesian paths: people share these links with each other. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<Navigate to="/rapat" replace />} />
        <Route path="rapat" element={<MeetingListPage />} />
        <Route path="rapat/baru" element={<NewMeetingPage />} />
        <Route path="rapat/:id" element={<MeetingPage />} />
        <Route path="rapat/:id/ubah" element={<EditMeetingPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
