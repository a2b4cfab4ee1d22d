import { Heading1 } from '@utrecht/component-library-react';
import { useEffect } from 'react';

/** The h1 of a page; also sets the document title, which is what a screen reader announces on navigation. */
export function PageTitle({ children, title }: { children: string; title?: string }) {
  const documentTitle = `${title ?? children} – Wijkregie`;
  useEffect(() => {
    document.title = documentTitle;
  }, [documentTitle]);
  return <Heading1>{children}</Heading1>;
}
