/** A page or record that is not there (or not for this user). */
import { Button, EmptyState } from '@mantine/core';
import { Link } from 'react-router';
import { PageHeader } from '../components/page-header.js';

interface NotFoundPageProps {
  readonly title?: string;
  readonly message?: string;
}

export const NotFoundPage = ({
  title = 'Page not found',
  message = 'There is no page at this address. Use the navigation, or go back to the start.',
}: NotFoundPageProps) => (
  <>
    <PageHeader title={title} />
    <EmptyState title="Nothing here" description={message} align="left">
      <EmptyState.Actions>
        <Button component={Link} to="/" variant="light">
          Go to the start
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  </>
);
