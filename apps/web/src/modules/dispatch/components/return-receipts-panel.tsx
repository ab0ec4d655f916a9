import { Button, Group, List, Stack, Text, TextInput } from '@mantine/core';
import type { Dispatch } from '@obieg/contracts/dispatch';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { skipHeadingFocus } from '../../../app/layout/heading-focus';
import { useT } from '../../../locales/i18n-context';
import { todayInOffice } from '../../../shared/format/dates';
import { useFormatters } from '../../../shared/hooks/use-formatters';
import { AnchorLink } from '../../../shared/ui/anchor-link';
import { errorMessage } from '../../../shared/ui/error-message';
import { recordReturnReceipt } from '../dispatch.api';
import { refreshDispatch } from '../dispatch.queries';

type Scan =
  | { key: number; barcode: string; state: 'pending' }
  | { key: number; barcode: string; state: 'done'; dispatch: Dispatch; name: string; deliveredOn: string }
  | { key: number; barcode: string; state: 'failed'; message: string };

const compact = (code: string) => code.replace(/\s+/g, '').toUpperCase();

/** The addressee whose letter the card belongs to: the item with that posting number. */
function matchItem(dispatch: Dispatch, barcode: string) {
  return (
    dispatch.items.find((item) => item.trackingNumber && compact(item.trackingNumber) === compact(barcode)) ??
    (dispatch.items.length === 1 ? dispatch.items[0] : undefined)
  );
}

function ScanLine({ scan }: { scan: Scan }) {
  const t = useT();
  const format = useFormatters();
  if (scan.state === 'pending') return <>{t('dispatch.receipts.pending', { barcode: scan.barcode })}</>;
  if (scan.state === 'failed')
    return <>{t('dispatch.receipts.failed', { barcode: scan.barcode, message: scan.message })}</>;
  return (
    <>
      {t('dispatch.receipts.done', {
        name: scan.name,
        sign: scan.dispatch.caseSign ?? scan.dispatch.number,
        date: format.date(scan.deliveredOn),
      })}{' '}
      (
      <AnchorLink to="/outgoing/$dispatchId" params={{ dispatchId: scan.dispatch.id }} className="mono">
        {scan.dispatch.number}
      </AnchorLink>
      )
    </>
  );
}

/**
 * "Zwrotki (ZPO)": the returned cards, scanned one after another. The barcode field has the focus;
 * the scanner's Enter records the delivery date (the date stays for the next card) and the field
 * is empty again at once, so the next card can be scanned while the answer comes. The last result
 * is announced; every card of this sitting stays listed.
 */
export function ReturnReceiptsPanel() {
  const t = useT();
  const queryClient = useQueryClient();
  const barcodeRef = useRef<HTMLInputElement>(null);
  const counter = useRef(0);
  const [barcode, setBarcode] = useState('');
  const [deliveredAt, setDeliveredAt] = useState(() => todayInOffice());
  const [scans, setScans] = useState<Scan[]>([]);
  const [empty, setEmpty] = useState(false);

  // Scanner-first: the field takes the focus (instead of the page heading) as the panel opens.
  useEffect(() => {
    skipHeadingFocus();
    barcodeRef.current?.focus();
  }, []);

  const settle = (key: number, next: Scan) =>
    setScans((current) => current.map((scan) => (scan.key === key ? next : scan)));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const code = barcode.trim();
    barcodeRef.current?.focus();
    if (!code) {
      setEmpty(true);
      return;
    }
    setEmpty(false);
    setBarcode('');
    counter.current += 1;
    const key = counter.current;
    setScans((current) => [{ key, barcode: code, state: 'pending' }, ...current]);
    recordReturnReceipt({ barcode: code, deliveredAt })
      .then(async (dispatch) => {
        const item = matchItem(dispatch, code);
        settle(key, {
          key,
          barcode: code,
          state: 'done',
          dispatch,
          name: item?.addressee.name ?? t('common.none'),
          deliveredOn: item?.deliveredOn ?? deliveredAt,
        });
        await refreshDispatch(queryClient, dispatch);
      })
      .catch((error: unknown) =>
        settle(key, { key, barcode: code, state: 'failed', message: errorMessage(t, error) }),
      );
  };

  const last = scans[0];
  const recorded = scans.filter((scan) => scan.state === 'done').length;
  return (
    <Stack gap="md" maw={900}>
      <Text size="sm">{t('dispatch.receipts.intro')}</Text>
      <form onSubmit={submit} noValidate aria-label={t('dispatch.receipts.form')}>
        <Group gap="sm" align="start" wrap="wrap">
          <TextInput
            ref={barcodeRef}
            label={t('dispatch.receipts.barcode')}
            description={t('dispatch.receipts.barcode.description')}
            value={barcode}
            onChange={(event) => {
              setBarcode(event.currentTarget.value);
              setEmpty(false);
            }}
            error={empty ? t('dispatch.receipts.barcode.required') : undefined}
            autoComplete="off"
            spellCheck={false}
            className="mono"
            maxLength={60}
            w={320}
          />
          <TextInput
            type="date"
            label={t('dispatch.receipts.delivered_at')}
            description={t('dispatch.receipts.delivered_at.description')}
            required
            value={deliveredAt}
            onChange={(event) => setDeliveredAt(event.currentTarget.value)}
            w={220}
          />
          <Button type="submit" mt={46}>
            {t('dispatch.receipts.submit')}
          </Button>
        </Group>
      </form>
      <div role="status" aria-live="polite" data-testid="receipt-result">
        {last && last.state === 'done' && (
          <Text fw={600} c="#1b5e20">
            <ScanLine scan={last} />
          </Text>
        )}
      </div>
      <div role="alert" data-testid="receipt-error">
        {last && last.state === 'failed' && (
          <Text fw={600} c="var(--mantine-color-error)">
            <ScanLine scan={last} />
          </Text>
        )}
      </div>
      {scans.length > 0 && (
        <section aria-labelledby="receipts-log-heading">
          <Text fw={600} id="receipts-log-heading" mb={4}>
            {t('dispatch.receipts.log', { count: recorded })}
          </Text>
          <List size="sm" spacing={4} data-testid="receipts-log">
            {scans.map((scan) => (
              <List.Item key={scan.key}>
                <ScanLine scan={scan} />
              </List.Item>
            ))}
          </List>
        </section>
      )}
    </Stack>
  );
}
