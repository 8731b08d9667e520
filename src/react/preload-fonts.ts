/** The faces of the diagram font that nodes use (styles.css declares them as `mlsd-inter`). */
const FACES = ['400 12px mlsd-inter', '600 13px mlsd-inter'];
let requested = false;

/**
 * Starts fetching the diagram font, once per page. The browser would only ask for it at the
 * first style pass after React commits the nodes; asking at the first render lets it arrive
 * while React works, so the first frame already draws text in Inter (the font is
 * `font-display: block`, so text waiting for it is invisible) and no second layout follows.
 * A no-op on the server or where the stylesheet is not loaded.
 */
export function preloadDiagramFonts(): void {
  if (requested || typeof document === 'undefined' || !document.fonts) return;
  requested = true;
  for (const face of FACES) document.fonts.load(face).catch(() => undefined);
}
