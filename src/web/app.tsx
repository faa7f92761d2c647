/**
 * The routes: sign-in and accepting an invitation outside the shell, everything
 * else inside it. Each page is its own chunk, loaded by the router when its
 * route matches (`lazy`), so the first load carries only the shell and the
 * page asked for; on a later navigation the current page stays until the next
 * one has arrived.
 */
import { createBrowserRouter, Outlet } from 'react-router';
import type { RouteObject } from 'react-router';
import { RequireAuth } from './auth/require-auth.js';
import { AppLayout } from './components/app-layout.js';
import { FullPageLoader } from './components/full-page-state.js';
import { HomeRedirect } from './orgs/home-redirect.js';
import { OrgHome, OrgRoute } from './orgs/org-route.js';
import { NotFoundPage } from './pages/not-found.js';
import { RouteErrorPage } from './pages/route-error.js';
import { RECORD_ID_PARAM } from './registers/record-id-param.js';
import { RegistersGate } from './registers/registers-gate.js';

/** A register record's page: `<register>/:recordId`. */
const recordRoute = (register: string) => `${register}/:${RECORD_ID_PARAM}`;

/** Register pages read the register declarations, loaded once by the gate. */
const registerRoutes: RouteObject[] = [
  {
    path: 'ai-systems',
    lazy: () => import('./pages/ai-systems.js').then((m) => ({ Component: m.AiSystemsPage })),
  },
  {
    path: recordRoute('ai-systems'),
    lazy: () => import('./pages/ai-system.js').then((m) => ({ Component: m.AiSystemPage })),
  },
  {
    path: 'context',
    lazy: () =>
      import('./pages/context/context-page.js').then((m) => ({ Component: m.ContextPage })),
  },
  {
    path: 'obligations',
    lazy: () =>
      import('./pages/obligations/obligations-page.js').then((m) => ({
        Component: m.ObligationsPage,
      })),
  },
  {
    path: recordRoute('obligations'),
    lazy: () =>
      import('./pages/obligations/obligation-page.js').then((m) => ({
        Component: m.ObligationPage,
      })),
  },
  {
    path: 'objectives',
    lazy: () =>
      import('./pages/objectives/objectives-page.js').then((m) => ({
        Component: m.ObjectivesPage,
      })),
  },
  {
    path: recordRoute('objectives'),
    lazy: () =>
      import('./pages/objectives/objective-page.js').then((m) => ({ Component: m.ObjectivePage })),
  },
  {
    path: 'documents',
    lazy: () =>
      import('./pages/documents/documents-page.js').then((m) => ({ Component: m.DocumentsPage })),
  },
  {
    path: recordRoute('documents'),
    lazy: () =>
      import('./pages/documents/document-page.js').then((m) => ({ Component: m.DocumentPage })),
  },
  {
    path: 'required-documents',
    lazy: () =>
      import('./pages/required-documents/required-documents-page.js').then((m) => ({
        Component: m.RequiredDocumentsPage,
      })),
  },
  {
    path: 'organization-controls',
    lazy: () =>
      import('./pages/organization-controls/organization-controls-page.js').then((m) => ({
        Component: m.OrganizationControlsPage,
      })),
  },
];

export const createAppRouter = () =>
  createBrowserRouter([
    {
      path: '/sign-in',
      lazy: () => import('./pages/sign-in.js').then((m) => ({ Component: m.SignInPage })),
      hydrateFallbackElement: <FullPageLoader />,
      errorElement: <RouteErrorPage />,
    },
    {
      path: '/invitation',
      lazy: () => import('./pages/invitation.js').then((m) => ({ Component: m.InvitationPage })),
      hydrateFallbackElement: <FullPageLoader />,
      errorElement: <RouteErrorPage />,
    },
    {
      path: '/',
      element: (
        <RequireAuth>
          <AppLayout />
        </RequireAuth>
      ),
      hydrateFallbackElement: <FullPageLoader />,
      errorElement: <RouteErrorPage />,
      children: [
        { index: true, element: <HomeRedirect /> },
        {
          path: 'catalog',
          lazy: () => import('./pages/catalog.js').then((m) => ({ Component: m.CatalogPage })),
        },
        {
          path: 'account',
          lazy: () => import('./pages/account.js').then((m) => ({ Component: m.AccountPage })),
        },
        {
          path: 'settings',
          lazy: () => import('./pages/settings.js').then((m) => ({ Component: m.SettingsPage })),
        },
        {
          path: 'orgs/:orgId',
          element: <OrgRoute />,
          children: [
            { index: true, element: <OrgHome /> },
            {
              path: 'scope',
              lazy: () =>
                import('./pages/scope/scope-page.js').then((m) => ({ Component: m.ScopePage })),
            },
            {
              path: 'risk-criteria',
              lazy: () =>
                import('./pages/risk-criteria/risk-criteria-page.js').then((m) => ({
                  Component: m.RiskCriteriaPage,
                })),
            },
            {
              path: 'impact-assessments',
              lazy: () =>
                import('./pages/impact-assessments/impact-assessments-page.js').then((m) => ({
                  Component: m.ImpactAssessmentsPage,
                })),
            },
            {
              path: 'impact-assessments/:versionId',
              lazy: () =>
                import('./pages/impact-assessments/impact-assessment-page.js').then((m) => ({
                  Component: m.ImpactAssessmentPage,
                })),
            },
            {
              path: 'risks',
              lazy: () =>
                import('./pages/risks/risks-page.js').then((m) => ({ Component: m.RisksPage })),
            },
            {
              path: 'risks/:riskId',
              lazy: () =>
                import('./pages/risks/risk-page.js').then((m) => ({ Component: m.RiskPage })),
            },
            {
              path: 'evidence',
              lazy: () =>
                import('./pages/evidence/evidence-page.js').then((m) => ({
                  Component: m.EvidencePage,
                })),
            },
            {
              path: 'evidence/:evidenceId',
              lazy: () =>
                import('./pages/evidence/evidence-record-page.js').then((m) => ({
                  Component: m.EvidenceRecordPage,
                })),
            },
            {
              path: 'soa',
              lazy: () => import('./pages/soa/soa-page.js').then((m) => ({ Component: m.SoaPage })),
            },
            {
              path: 'soa/:controlId',
              lazy: () =>
                import('./pages/soa/soa-control-page.js').then((m) => ({
                  Component: m.SoaControlPage,
                })),
            },
            {
              path: 'risk-treatment-plan',
              lazy: () =>
                import('./pages/treatment-plan/treatment-plan-page.js').then((m) => ({
                  Component: m.TreatmentPlanPage,
                })),
            },
            {
              element: (
                <RegistersGate>
                  <Outlet />
                </RegistersGate>
              ),
              children: registerRoutes,
            },
            {
              path: 'members',
              lazy: () => import('./pages/members.js').then((m) => ({ Component: m.MembersPage })),
            },
            {
              path: 'audit-trail',
              lazy: () =>
                import('./pages/audit-trail.js').then((m) => ({ Component: m.AuditTrailPage })),
            },
            {
              path: 'notifications',
              lazy: () =>
                import('./pages/notifications.js').then((m) => ({
                  Component: m.NotificationsPage,
                })),
            },
          ],
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
