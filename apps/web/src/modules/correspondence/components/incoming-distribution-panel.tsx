import type { IncomingItem } from '@obieg/contracts/correspondence';

/**
 * PLACEHOLDER — distribution and decrees (dekretacja) of an incoming item. Another engineer adds
 * the panel here; the item page already renders it in its place. Renders nothing for now.
 */
export function IncomingDistributionPanel(_props: { item: IncomingItem }) {
  return null;
}
