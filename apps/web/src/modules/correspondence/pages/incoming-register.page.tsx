import { Box, Button, Grid, Paper, Stack } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useT } from '../../../locales/i18n-context';
import { Page } from '../../../shared/ui/page';
import { useCan, useMe } from '../../auth/auth.queries';
import { RecentRegistrations } from '../components/recent-registrations';
import { RegistrationConfirmation } from '../components/registration-confirmation';
import { RegistrationForm } from '../components/registration-form';
import { REGISTRATION_SHORTCUTS, ShortcutsHelp } from '../components/shortcuts-help';
import { useRegistrationForm } from '../use-registration-form';
import { useWindowDrop } from '../use-window-drop';

/** Kancelaria: register paper letters one after another, keyboard first, on a desk or a phone. */
export function IncomingRegisterPage() {
  const t = useT();
  const me = useMe();
  const can = useCan();
  const { refs, ...registration } = useRegistrationForm({ userId: me.id });
  useWindowDrop(registration.scans.add);

  return (
    <Page
      title={t('correspondence.register.title')}
      initialFocus={refs.senderRef}
      actions={
        can('correspondence:read') && (
          <Button component={Link} to="/incoming" variant="default">
            {t('correspondence.register.to_list')}
          </Button>
        )
      }
    >
      <RegistrationConfirmation last={registration.registered[0]} onPrint={registration.printLabel} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
            <RegistrationForm registration={registration} {...refs} />
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="md">
            <RecentRegistrations registered={registration.registered} />
            {/* A phone has no keyboard shortcuts to learn. */}
            <Box visibleFrom="sm">
              <ShortcutsHelp shortcuts={REGISTRATION_SHORTCUTS} />
            </Box>
          </Stack>
        </Grid.Col>
      </Grid>
    </Page>
  );
}
