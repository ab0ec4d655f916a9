import { Button, type ButtonProps } from '@mantine/core';
import { createLink } from '@tanstack/react-router';
import { forwardRef, type AnchorHTMLAttributes } from 'react';

const ButtonAnchor = forwardRef<HTMLAnchorElement, ButtonProps & AnchorHTMLAttributes<HTMLAnchorElement>>(
  (props, ref) => <Button component="a" ref={ref} {...props} />,
);
ButtonAnchor.displayName = 'ButtonAnchor';

/** A Mantine button that is a typed router link (`to`, `params`, `search` checked against the routes). */
export const ButtonLink = createLink(ButtonAnchor);
