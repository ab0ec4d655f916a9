import { Badge, type BadgeProps } from '@mantine/core';
import type { SignatureVerdict } from '@obieg/contracts/signatures';
import { useT } from '../../../locales/i18n-context';
import { VERDICT_COLORS, VERDICT_LABELS, VERDICT_MARKS, VERDICT_TEXT } from '../signature-labels';

/**
 * The verdict of a signature in words, with a mark beside them (✓ ! ✗ ?) and dark text on the
 * light background: „Podpis ważny”, „Podpis ważny — z uwagami”, „Podpis nieważny”, „Nie można
 * potwierdzić ważności”.
 */
export function SignatureVerdictBadge({
  verdict,
  size = 'md',
}: {
  verdict: SignatureVerdict;
  size?: BadgeProps['size'];
}) {
  const t = useT();
  return (
    <Badge
      variant="light"
      size={size}
      color={VERDICT_COLORS[verdict]}
      c={VERDICT_TEXT[verdict]}
      tt="none"
      data-verdict={verdict}
      leftSection={<span aria-hidden>{VERDICT_MARKS[verdict]}</span>}
    >
      {t(VERDICT_LABELS[verdict])}
    </Badge>
  );
}
