/** The quiet footer every page carries: Attune is not a crisis service, and where to get help now. */
export function CrisisFooter() {
  return (
    <footer class="crisis">
      <p>
        Attune is not a crisis service. If you are in crisis, in the US call or text <a href="tel:988">988</a>{' '}
        (<a href="sms:988">text 988</a>); elsewhere, find a line at{' '}
        <a href="https://findahelpline.com" target="_blank" rel="noreferrer">
          findahelpline.com
        </a>
        .
      </p>
    </footer>
  );
}
