import type { ReactNode } from 'react';
/** The routes: sign-in and accepting an invitation outside the shell, everything else inside it. */
import { createBrowserRouter } from 'react-router';
import { RequireAuth } from './auth/require-auth.js';
import { AppLayout } from './components/app-layout.js';
import { HomeRedirect } from './orgs/home-redirect.js';
import { OrgHome, OrgRoute } from './orgs/org-route.js';
import { AccountPage } from './pages/account.js';
import { AiSystemPage } from './pages/ai-system.js';
import { AiSystemsPage } from './pages/ai-systems.js';
import { AuditTrailPage } from './pages/audit-trail.js';
import { CatalogPage } from './pages/catalog.js';
import { InvitationPage } from './pages/invitation.js';
import { MembersPage } from './pages/members.js';
import { NotFoundPage } from './pages/not-found.js';
import { NotificationsPage } from './pages/notifications.js';
import { SettingsPage } from './pages/settings.js';
import { DocumentPage } from './pages/documents/document-page.js';
import { DocumentsPage } from './pages/documents/documents-page.js';
import { ObjectivePage } from './pages/objectives/objective-page.js';
import { ObjectivesPage } from './pages/objectives/objectives-page.js';
import { RequiredDocumentsPage } from './pages/required-documents/required-documents-page.js';
import { ScopePage } from './pages/scope/scope-page.js';
import { ContextPage } from './pages/context/context-page.js';
import { ObligationPage } from './pages/obligations/obligation-page.js';
import { ObligationsPage } from './pages/obligations/obligations-page.js';
import { RECORD_ID_PARAM } from './registers/record-page.js';
import { RegistersGate } from './registers/registers-gate.js';
import { RouteErrorPage } from './pages/route-error.js';
import { SignInPage } from './pages/sign-in.js';

/** Register pages read the register declarations, loaded once by the gate. */
const registerRoutes = (routes: readonly (readonly [string, ReactNode])[]) =>
  routes.map(([path, page]) => ({ path, element: <RegistersGate>{page}</RegistersGate> }));

/** A register record's page: `<register>/:recordId`. */
const recordRoute = (register: string) => `${register}/:${RECORD_ID_PARAM}`;

export const createAppRouter = () =>
  createBrowserRouter([
    { path: '/sign-in', element: <SignInPage />, errorElement: <RouteErrorPage /> },
    { path: '/invitation', element: <InvitationPage />, errorElement: <RouteErrorPage /> },
    {
      path: '/',
      element: (
        <RequireAuth>
          <AppLayout />
        </RequireAuth>
      ),
      errorElement: <RouteErrorPage />,
      children: [
        { index: true, element: <HomeRedirect /> },
        { path: 'catalog', element: <CatalogPage /> },
        { path: 'account', element: <AccountPage /> },
        { path: 'settings', element: <SettingsPage /> },
        {
          path: 'orgs/:orgId',
          element: <OrgRoute />,
          children: [
            { index: true, element: <OrgHome /> },
            { path: 'scope', element: <ScopePage /> },
            ...registerRoutes([
              ['ai-systems', <AiSystemsPage />],
              [recordRoute('ai-systems'), <AiSystemPage />],
              ['context', <ContextPage />],
              ['obligations', <ObligationsPage />],
              [recordRoute('obligations'), <ObligationPage />],
              ['objectives', <ObjectivesPage />],
              [recordRoute('objectives'), <ObjectivePage />],
              ['documents', <DocumentsPage />],
              [recordRoute('documents'), <DocumentPage />],
              ['required-documents', <RequiredDocumentsPage />],
            ]),
            { path: 'members', element: <MembersPage /> },
            { path: 'audit-trail', element: <AuditTrailPage /> },
            { path: 'notifications', element: <NotificationsPage /> },
          ],
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
