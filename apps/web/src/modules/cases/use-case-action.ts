import type { Case } from '@obieg/contracts/cases';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNotify } from '../../shared/hooks/use-notify';
import { refreshCase } from './cases.queries';

/**
 * A change to a case that answers the case (suspend, resume, close…): on success the page shows
 * the answer at once, the lists and the metryka are read again, and a confirmation is shown.
 */
export function useCaseAction<V>({
  mutationFn,
  done,
  onSuccess,
}: {
  mutationFn: (variables: V) => Promise<Case>;
  done: (updated: Case) => string;
  onSuccess?: (updated: Case) => void;
}) {
  const queryClient = useQueryClient();
  const notify = useNotify();
  return useMutation({
    mutationFn,
    onSuccess: async (updated) => {
      notify.success(done(updated));
      onSuccess?.(updated);
      await refreshCase(queryClient, updated);
    },
  });
}
