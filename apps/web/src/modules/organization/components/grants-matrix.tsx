import { Radio, Table, Text } from '@mantine/core';
import { PERMISSIONS, SCOPES, type Grant, type Permission, type Scope } from '@obieg/contracts/permissions';
import { useT } from '../../../locales/i18n-context';
import { TableScroll } from '../../../shared/ui/table-scroll';

type Choice = Scope | 'none';
const CHOICES: readonly Choice[] = ['none', ...SCOPES];

/** Sets the grant for one permission; 'none' removes it. Order follows the permission list. */
export function setGrant(grants: readonly Grant[], permission: Permission, choice: Choice): Grant[] {
  const others = grants.filter((grant) => grant.permission !== permission);
  const next = choice === 'none' ? others : [...others, { permission, scope: choice }];
  return next.sort((a, b) => PERMISSIONS.indexOf(a.permission) - PERMISSIONS.indexOf(b.permission));
}

/** Permissions × scopes as one radio group per row: Tab moves between permissions, arrows between scopes. */
export function GrantsMatrix({
  grants,
  onChange,
  readOnly,
  caption,
}: {
  grants: readonly Grant[];
  onChange: (grants: Grant[]) => void;
  readOnly: boolean;
  caption: string;
}) {
  const t = useT();
  const scopeOf = (permission: Permission): Choice =>
    grants.find((grant) => grant.permission === permission)?.scope ?? 'none';

  return (
    <TableScroll minWidth={640} label={caption}>
      <Table striped withTableBorder highlightOnHover>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('organization.roles.grants.permission')}</Table.Th>
            {CHOICES.map((choice) => (
              <Table.Th scope="col" key={choice} ta="center">
                {t(`scopes.${choice}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {PERMISSIONS.map((permission) => {
            const label = t(`permissions.${permission}`);
            const current = scopeOf(permission);
            return (
              <Table.Tr key={permission}>
                <Table.Th scope="row" fw={400}>
                  {label}
                  <Text size="xs" c="dimmed" className="mono">
                    {permission}
                  </Text>
                </Table.Th>
                {CHOICES.map((choice) => (
                  <Table.Td key={choice} ta="center">
                    <Radio
                      name={`grant-${permission}`}
                      value={choice}
                      checked={current === choice}
                      disabled={readOnly}
                      onChange={() => onChange(setGrant(grants, permission, choice))}
                      aria-label={`${label}: ${t(`scopes.${choice}`)}`}
                      styles={{ body: { justifyContent: 'center' } }}
                    />
                  </Table.Td>
                ))}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
