import { Box, Container, Group, Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { LanguageSwitch } from './language-switch';

/** Frame of the screens shown before the application: login and the forced password change. */
export function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <Box mih="100vh" bg="gray.0">
      <Group justify="space-between" px="lg" py="sm" component="header">
        <Text fw={700} size="lg" c="blue.9">
          Obieg
        </Text>
        <LanguageSwitch />
      </Group>
      <Container size={460} py="xl" component="main" id="main">
        <Paper withBorder shadow="sm" p="xl" radius="md">
          {children}
        </Paper>
      </Container>
    </Box>
  );
}
