import type { Me } from '@obieg/contracts/auth';
import type { Permission } from '@obieg/contracts/permissions';
import { queryOptions, useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { fetchMe, switchPosition } from './auth.api';

export const meQueryKey = ['auth', 'me'] as const;

export const meQueryOptions = queryOptions({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: 60_000 });

/** The signed-in user; the authenticated layout has loaded it before any page renders. */
export function useMe(): Me {
  return useSuspenseQuery(meQueryOptions).data;
}

export function hasPermission(me: Pick<Me, 'permissions'>, permission: Permission): boolean {
  return me.permissions.includes(permission);
}

export function useCan(): (permission: Permission) => boolean {
  const me = useMe();
  return (permission) => hasPermission(me, permission);
}

export function useSwitchPositionMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: switchPosition,
    onSuccess: async (me) => {
      queryClient.setQueryData(meQueryKey, me);
      // Everything else may look different from the new position (permissions, scopes).
      await queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'auth' });
    },
  });
}
