import { renderHook } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { useWindowDrop } from './use-window-drop';

const pasteEvent = (files: File[], text = '') => {
  const event = new Event('paste', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'clipboardData', {
    value: { files, getData: () => text, types: files.length ? ['Files'] : ['text/plain'] },
  });
  return event;
};

describe('scans dropped or pasted anywhere on the registry screen', () => {
  test('files pasted from the clipboard become scans; pasted text is left to the field', () => {
    const onFiles = vi.fn();
    const { unmount } = renderHook(() => useWindowDrop(onFiles));
    const scan = new File(['%PDF-1.7'], 'skan.pdf', { type: 'application/pdf' });

    const withFile = pasteEvent([scan]);
    window.dispatchEvent(withFile);
    expect(onFiles).toHaveBeenCalledWith([scan]);
    expect(withFile.defaultPrevented).toBe(true);

    const withText = pasteEvent([], 'Kowalski');
    window.dispatchEvent(withText);
    expect(onFiles).toHaveBeenCalledTimes(1);
    expect(withText.defaultPrevented).toBe(false);

    unmount();
    window.dispatchEvent(pasteEvent([scan]));
    expect(onFiles).toHaveBeenCalledTimes(1);
  });
});
