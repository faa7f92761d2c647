/**
 * Entry point: theme, notifications, the query client and the router. Who is
 * signed in is asked at once, while the router fetches the page's code.
 */
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './styles.css';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { createQueryClient } from './api/query-client.js';
import { createAppRouter } from './app.js';
import { meQuery } from './auth/me-query.js';
import { reloadOnStaleChunks } from './stale-chunks.js';
import { cssVariablesResolver, theme } from './theme.js';

reloadOnStaleChunks();
const queryClient = createQueryClient();
void queryClient.prefetchQuery(meQuery);
const router = createAppRouter();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <MantineProvider
        theme={theme}
        cssVariablesResolver={cssVariablesResolver}
        defaultColorScheme="light"
      >
        <Notifications position="top-right" />
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </MantineProvider>
    </StrictMode>,
  );
}
