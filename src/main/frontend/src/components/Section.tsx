import { Heading2 } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

/** A part of a page with its own h2, which screen reader users can jump to. */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="wr-section" id={id}>
      <Heading2 id={`${id}-heading`}>{title}</Heading2>
      {children}
    </section>
  );
}
