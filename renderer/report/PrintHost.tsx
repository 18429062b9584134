// The report as the printer sees it. Electron's printToPDF and the browser's print dialog both print the app's
// own page, and an iframe would be cut off after one page, so the report is also placed here: in a shadow root
// (its stylesheet stays out of the app and the app's out of it) that the print stylesheet alone makes visible.
// The markup is the escaped output of shared/report/html.ts, parsed with DOMParser (scripts in it are inert, and
// the app's CSP allows no inline script); anything active is removed before it is adopted, as a second guard.

import { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';

const ACTIVE = 'script, iframe, object, embed, link, meta, base, form';

/** `html`: the standalone report page; its <style> and <article class="report"> are shown in print. */
export function PrintHost({ html }: { html: string }) {
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    parsed.querySelectorAll(ACTIVE).forEach((node) => node.remove());
    for (const node of parsed.querySelectorAll('*'))
      for (const attribute of [...node.attributes])
        if (/^on/i.test(attribute.name)) node.removeAttribute(attribute.name);
    const style = parsed.querySelector('style');
    const report = parsed.querySelector('article.report');
    root.replaceChildren(...[style, report].filter((n): n is Element => n !== null).map((n) => document.adoptNode(n)));
  }, [html]);

  return createPortal(<div ref={host} className="report-print-host" data-testid="report-print-host" />, document.body);
}
