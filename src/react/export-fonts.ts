/** The font family our stylesheet declares for diagram text. */
const FAMILY = 'mlsd-inter';

let embedded: Promise<string | undefined> | undefined;

/**
 * `@font-face` rules for the diagram font with the font files inlined as data URLs, for
 * html-to-image's `fontEmbedCSS`. Without them an exported image draws its text in whatever
 * fallback the viewer has, wider than the Inter our layout measured, so labels overflow their
 * boxes. Only our own faces are read: embedding every font on the host page means fetching its
 * stylesheets, which may be cross-origin and fail. Undefined when they cannot be read. Read once
 * per page; a failure is tried again at the next export.
 */
export function diagramFontCss(): Promise<string | undefined> {
  embedded ??= readDiagramFontCss().then((css) => {
    if (css === undefined) embedded = undefined;
    return css;
  });
  return embedded;
}

async function readDiagramFontCss(): Promise<string | undefined> {
  const faces: { rule: CSSFontFaceRule; base: string }[] = [];
  for (const sheet of document.styleSheets) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // a cross-origin stylesheet: not ours
    }
    for (const rule of rules) {
      if (rule instanceof CSSFontFaceRule && rule.style.getPropertyValue('font-family').includes(FAMILY)) {
        faces.push({ rule, base: sheet.href ?? document.baseURI });
      }
    }
  }
  if (faces.length === 0) return undefined;
  try {
    const inlined = await Promise.all(faces.map(({ rule, base }) => inlineSources(rule, base)));
    return inlined.join('\n');
  } catch {
    return undefined;
  }
}

async function inlineSources(rule: CSSFontFaceRule, base: string): Promise<string> {
  let css = rule.cssText;
  for (const [whole, double, single, bare] of css.matchAll(/url\((?:"([^"]+)"|'([^']+)'|([^)]+))\)/g)) {
    const href = double ?? single ?? bare?.trim();
    if (!href || href.startsWith('data:')) continue;
    const response = await fetch(new URL(href, base));
    if (!response.ok) throw new Error(`${response.status} for ${href}`);
    css = css.replace(whole, `url("${await dataUrl(await response.blob())}")`);
  }
  return css;
}

function dataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}
