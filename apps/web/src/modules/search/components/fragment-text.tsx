import { Mark } from '@mantine/core';
import type { SearchHit } from '@obieg/contracts/search';
import { Fragment } from 'react';

/**
 * A fragment of a hit with the matched words highlighted in `<mark>`. The parts are plain text
 * rendered as React children (escaped), never as markup.
 */
export function FragmentText({ parts }: { parts: SearchHit['fragment'] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.match ? (
          <Mark key={index} color="yellow">
            {part.text}
          </Mark>
        ) : (
          <Fragment key={index}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}
