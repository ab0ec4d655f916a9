import { Text, TextInput } from '@mantine/core';
import type { JrwaClass } from '@obieg/contracts/jrwa';
import { useEffect, useId, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { useT } from '../../../locales/i18n-context';
import { describeCategory } from '../../jrwa/jrwa.models';
import { jrwaChoiceLabel, searchJrwaChoices } from '../jrwa-choice.models';

/**
 * The JRWA end class of a new case, chosen from the unit's extract: a WAI-ARIA combobox that
 * filters as one types a symbol ("60") or words of the title ("pas drog"). The first match is
 * highlighted, so typing and Enter picks it; ↓ opens the whole list, ↓/↑ move, Escape closes it.
 */
export function JrwaClassCombobox({
  classes,
  value,
  onChange,
  label,
  description,
  error,
  inputRef,
  chosenText,
}: {
  classes: readonly JrwaClass[];
  value: string;
  onChange: (symbol: string) => void;
  label: string;
  description?: ReactNode;
  error?: ReactNode;
  inputRef?: Ref<HTMLInputElement>;
  /** What the line under the box says of the chosen class; by default its archival category. */
  chosenText?: (chosen: JrwaClass) => string;
}) {
  const t = useT();
  const listId = useId();
  const chosen = classes.find((jrwaClass) => jrwaClass.symbol === value) ?? null;
  const [text, setText] = useState(chosen ? jrwaChoiceLabel(chosen) : '');
  // The list opens when one types, clicks the box or presses ↓ — not when the form puts the focus here.
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const showingChoice = chosen !== null && text === jrwaChoiceLabel(chosen);
  const options = showingChoice ? [...classes] : searchJrwaChoices(classes, text);
  const index = Math.min(active, Math.max(0, options.length - 1));
  const expanded = open && options.length > 0;
  const optionId = (i: number) => `${listId}-option-${i}`;

  useEffect(() => {
    if (expanded) document.getElementById(optionId(index))?.scrollIntoView?.({ block: 'nearest' });
  });

  const choose = (jrwaClass: JrwaClass | undefined) => {
    if (!jrwaClass) return;
    setText(jrwaChoiceLabel(jrwaClass));
    setOpen(false);
    onChange(jrwaClass.symbol);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!expanded) {
        setOpen(true);
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((index + step + options.length) % options.length);
    } else if (event.key === 'Enter' && expanded) {
      event.preventDefault();
      choose(options[index]);
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      setOpen(false);
    }
  };

  const matches = showingChoice ? null : options.length;
  return (
    <div className="sender-combobox">
      <TextInput
        ref={inputRef}
        label={label}
        description={description}
        required
        error={error}
        value={text}
        placeholder={t('cases.form.jrwa.placeholder')}
        onChange={(event) => {
          const next = event.currentTarget.value;
          setText(next);
          setOpen(true);
          setActive(0);
          if (value) onChange('');
        }}
        onKeyDown={onKeyDown}
        onClick={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded ? optionId(index) : undefined}
        autoComplete="off"
        spellCheck={false}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={t('cases.form.jrwa.options')}
        className="sender-options"
        hidden={!expanded}
        onMouseDown={(event) => event.preventDefault()}
      >
        {options.map((jrwaClass, i) => (
          <li
            key={jrwaClass.symbol}
            id={optionId(i)}
            role="option"
            aria-selected={i === index}
            className="sender-option"
            onClick={() => choose(jrwaClass)}
            onMouseEnter={() => setActive(i)}
          >
            <Text size="sm" component="span" fw={700} className="mono">
              {jrwaClass.symbol}
            </Text>{' '}
            <Text size="sm" component="span">
              {jrwaClass.title}
            </Text>
          </li>
        ))}
      </ul>
      <Text size="xs" c="dimmed" mt={4} aria-live="polite" data-testid="jrwa-choice-status">
        {chosen && chosenText
          ? chosenText(chosen)
          : chosen
            ? t('cases.form.jrwa.chosen', {
                code: chosen.category ?? '—',
                category: describeCategory(t, chosen.category),
              })
            : matches !== null && text.trim() !== ''
              ? t('cases.form.jrwa.matches', { count: matches })
              : ''}
      </Text>
    </div>
  );
}
