import { i18n } from '#i18n';
import { RichText } from './rich-text';

/** The quiet footer every page carries: Attune is not a crisis service, and where to get help now. */
export function CrisisFooter() {
  return (
    <footer class="crisis">
      <p>
        <RichText
          message="crisis.text"
          parts={[
            <a key="call" href="tel:988">
              988
            </a>,
            <a key="text" href="sms:988">
              {i18n.t('crisis.text_988')}
            </a>,
            <a key="helpline" href="https://findahelpline.com" target="_blank" rel="noreferrer">
              findahelpline.com
            </a>,
          ]}
        />
      </p>
    </footer>
  );
}
