import { ActionIcon, Group, Text } from '@mantine/core';
import { useT } from '../../../locales/i18n-context';
import { MAX_ZOOM, MIN_ZOOM, stepZoom } from '../file-preview.models';

const Glyph = ({ d }: { d: string }) => (
  <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden focusable="false">
    <path d={d} fill="none" stroke="currentColor" strokeWidth="2" />
  </svg>
);

/** Zoom out / in buttons around the current zoom (100% = fit to width). */
export function ZoomControls({ zoom, onChange }: { zoom: number; onChange: (zoom: number) => void }) {
  const t = useT();
  return (
    <Group gap="xs" wrap="nowrap">
      <ActionIcon
        variant="default"
        size="lg"
        aria-label={t('files.preview.zoom_out')}
        disabled={zoom <= MIN_ZOOM}
        onClick={() => onChange(stepZoom(zoom, 'out'))}
      >
        <Glyph d="M3 8h10" />
      </ActionIcon>
      <Text size="sm" miw="3.5em" ta="center" aria-live="polite">
        <span className="visually-hidden">{t('files.preview.zoom_level')} </span>
        {Math.round(zoom * 100)}%
      </Text>
      <ActionIcon
        variant="default"
        size="lg"
        aria-label={t('files.preview.zoom_in')}
        disabled={zoom >= MAX_ZOOM}
        onClick={() => onChange(stepZoom(zoom, 'in'))}
      >
        <Glyph d="M3 8h10M8 3v10" />
      </ActionIcon>
    </Group>
  );
}
