import type { Rect } from '@xyflow/react';
import { diagramFontCss } from './export-fonts';
import { carryMarkers, inlineSvgPaint } from './export-svg-paint';

/** Image formats the view exports to. */
export type ExportFormat = 'svg' | 'png';

const PADDING = 16;

/**
 * Renders the diagram drawn in `viewport` (React Flow's `.react-flow__viewport`) as an image of
 * `bounds` — the visible nodes in flow coordinates — at zoom 1, whatever the reader's current pan
 * and zoom, with the theme background, the arrowheads in `markers` and the diagram font embedded.
 * html-to-image is loaded on first use so pages that never export do not pay for it. Resolves to
 * a data URL.
 */
export async function renderView(
  viewport: HTMLElement,
  markers: Element | null,
  bounds: Rect,
  format: ExportFormat,
  background: string,
): Promise<string> {
  const [{ toPng, toSvg }, fontEmbedCSS] = await Promise.all([import('html-to-image'), diagramFontCss()]);
  const width = Math.ceil(bounds.width + 2 * PADDING);
  const height = Math.ceil(bounds.height + 2 * PADDING);
  const options = {
    width,
    height,
    backgroundColor: background,
    // Our own faces only (or none): letting html-to-image collect fonts means fetching every
    // stylesheet of the host page, which may be cross-origin and fail.
    ...(fontEmbedCSS ? { fontEmbedCSS } : { skipFonts: true }),
    style: {
      width: `${width}px`,
      height: `${height}px`,
      transform: `translate(${PADDING - bounds.x}px, ${PADDING - bounds.y}px) scale(1)`,
    },
  };
  // Both touch only what is already on screen (inline styles equal to the computed ones, a hidden
  // copy of the markers), and both are undone whatever happens.
  const removeMarkers = carryMarkers(viewport, markers);
  const restorePaint = inlineSvgPaint(viewport);
  try {
    return format === 'svg' ? await toSvg(viewport, options) : await toPng(viewport, { ...options, pixelRatio: 2 });
  } finally {
    restorePaint();
    removeMarkers();
  }
}

/** Decodes the SVG markup from a data URL produced by `renderView(…, 'svg')`. */
export function svgFromDataUrl(url: string): string {
  const comma = url.indexOf(',');
  const head = url.slice(0, comma);
  const body = url.slice(comma + 1);
  return head.endsWith(';base64') ? atob(body) : decodeURIComponent(body);
}

/** Offers a data URL to the reader as a file download. */
export function downloadDataUrl(url: string, filename: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}
