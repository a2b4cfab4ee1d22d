import { Link, Paragraph } from '@utrecht/component-library-react';
import { Marked } from 'marked';
import format from '../../../../../docs/signal-csv-format.md?raw';
import { PageTitle } from '../components/PageTitle';
import { href } from '../routing';

/**
 * The description of the signal list format (docs/signal-csv-format.md), rendered from the repository's own text at
 * build time, so the upload page can link to it and it never differs from the documentation. Our own text, not user
 * input: rendering it as HTML is safe.
 */
const renderer = new Marked({
  walkTokens(token) {
    // the page title is the h1; the document's headings go one level down
    if (token.type === 'heading') token.depth = Math.min(6, token.depth + 1);
  },
});

const html = (renderer.parse(format.replace(/^# .*\n/, ''), { async: false }) as string)
  .replaceAll('<table>', '<div class="wr-table-container" role="region" aria-label="Kolommen" tabindex="0"><table>')
  .replaceAll('</table>', '</table></div>');

export function SignalFormat() {
  return (
    <>
      <PageTitle>Formaat van de signaallijst (CSV)</PageTitle>
      <Paragraph><Link href={href.signalBatches()}>Terug naar Signaallijsten</Link></Paragraph>
      <div className="wr-doc" dangerouslySetInnerHTML={{ __html: html }} />
    </>
  );
}
