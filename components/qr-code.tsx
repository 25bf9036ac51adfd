import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';

/**
 * A QR code of the text message, to continue on the phone. The QR library loads only when the
 * person asks for the code, so the popup stays small.
 */
export function QrCode({ payload, label }: { payload: string; label: string }) {
  const [path, setPath] = useState<{ d: string; size: number } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    Promise.all([import('lean-qr'), import('lean-qr/extras/svg')])
      .then(([{ generate }, { toSvgPath }]) => {
        const code = generate(payload);
        if (live) setPath({ d: toSvgPath(code), size: code.size });
      })
      .catch(() => live && setError(i18n.t('popup.reach.qr_too_long')));
    return () => {
      live = false;
    };
  }, [payload]);

  if (error) return <p class="field-error">{error}</p>;
  if (!path) return <p class="muted">{i18n.t('popup.reach.qr_making')}</p>;
  return (
    <svg
      class="qr"
      // A QR code is never mirrored: a right-to-left page must not flip it.
      dir="ltr"
      role="img"
      aria-label={label}
      viewBox={`-2 -2 ${path.size + 4} ${path.size + 4}`}
      // 112 px: about 2.5 px a module for a drafted text (version 6, 41 modules and the quiet zone),
      // which a phone still reads off a screen. The card then fits 600 px at 125 % with the crisis
      // line of the machine's zone too: Japanese with New Zealand's stood 605 px at 120 px, now 579.
      width="112"
      height="112"
      shape-rendering="crispEdges"
    >
      <rect x="-2" y="-2" width={path.size + 4} height={path.size + 4} fill="#fff" />
      <path d={path.d} fill="#000" />
    </svg>
  );
}
