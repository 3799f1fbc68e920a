import { Alert, Button, Center, Container, Loader, Stack, Text } from '@mantine/core';
import { Component, type ErrorInfo, type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { OfflineMissingPage } from '../offline/persist-missing-page';

/** What a page shows while its code is still on the way (each page is its own file since issue 8). */
export function PageLoader() {
  const { t } = useTranslation();
  return (
    <Center mih="40vh" aria-busy="true">
      <Loader role="status" aria-label={t('app.loadingPage')} />
    </Center>
  );
}

/**
 * A page's file that will not load: after a deploy the old file names are gone, or the connection
 * dropped. Browsers word it differently; Vite's own preload helper adds the CSS case.
 */
export function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /dynamically imported module|importing a module script failed|unable to preload css|failed to load module script/i.test(
    message,
  );
}

function PageProblem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const chunk = isChunkLoadError(error);
  return (
    <Stack py="xl" maw={560} px={{ base: 'sm', sm: 0 }}>
      <Alert
        color="red"
        role="alert"
        title={chunk ? t('app.pageLoadFailedTitle') : t('app.pageCrashedTitle')}
      >
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{chunk ? t('app.pageLoadFailedBody') : t('app.pageCrashedBody')}</Text>
          <Button variant="white" color="red" onClick={() => window.location.reload()}>
            {t('app.reload')}
          </Button>
        </Stack>
      </Alert>
    </Stack>
  );
}

interface BoundaryProps {
  /** The boundary clears itself when this changes: going to another page tries again. */
  resetKey: string;
  /** Outside the layout the message needs a frame of its own. */
  standalone?: boolean;
  children: ReactNode;
}

interface BoundaryState {
  error: unknown;
  failedAt: string | null;
}

/** Turns a page that failed to load or render into a message with a reload button, not a blank screen. */
export class PageErrorBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: null, failedAt: null };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { error: error ?? new Error('unknown error') };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState): Partial<BoundaryState> | null {
    if (state.error === null) return null;
    if (state.failedAt === null) return { failedAt: props.resetKey };
    return state.failedAt === props.resetKey ? null : { error: null, failedAt: null };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('page failed', error, info.componentStack);
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    const problem = <PageProblem error={this.state.error} />;
    return this.props.standalone ? <Container size="lg">{problem}</Container> : problem;
  }
}

/** The route element around pages: the page's code loads lazily, and a failure stays inside the layout. */
export function PageBoundary() {
  const location = useLocation();
  return (
    <PageErrorBoundary resetKey={location.key}>
      <Suspense fallback={<PageLoader />}>
        <OfflineMissingPage>
          <Outlet />
        </OfflineMissingPage>
      </Suspense>
    </PageErrorBoundary>
  );
}
