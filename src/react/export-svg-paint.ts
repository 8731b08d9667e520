/** SVG paint properties that come from stylesheets: the classes that set them are not in an export. */
const PAINT = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'opacity',
  'display',
  'visibility',
] as const;

/**
 * Writes the computed paint of every shape inside the SVG elements under `root` into its inline
 * style, and returns a function that puts the old style attributes back. html-to-image copies
 * each HTML element's computed style into the export but clones an `<svg>` wholesale, so edges
 * and arrowheads painted by our stylesheet (stroke, dash, colour from theme variables) would come
 * out unpainted, that is, invisible.
 */
export function inlineSvgPaint(root: Element): () => void {
  const saved: [Element, string | null][] = [];
  for (const shape of root.querySelectorAll<SVGElement>('svg *')) {
    saved.push([shape, shape.getAttribute('style')]);
    const computed = getComputedStyle(shape);
    for (const property of PAINT) shape.style.setProperty(property, computed.getPropertyValue(property));
  }
  return () => {
    for (const [shape, style] of saved) {
      if (style === null) shape.removeAttribute('style');
      else shape.setAttribute('style', style);
    }
  };
}

/**
 * Puts a copy of the diagram's arrowhead markers inside `viewport` for the length of an export,
 * painted as they are on screen, and returns a function that takes it out again. The markers
 * live beside the viewport (one set per diagram), so an export of the viewport alone would point
 * its edges at arrowheads that are not in the file.
 */
export function carryMarkers(viewport: Element, markers: Element | null): () => void {
  if (!markers) return () => {};
  const restore = inlineSvgPaint(markers);
  const copy = markers.cloneNode(true) as SVGElement;
  restore();
  copy.setAttribute('style', 'position: absolute; width: 0; height: 0; overflow: hidden');
  viewport.prepend(copy);
  return () => copy.remove();
}
