// What the screen shows, pixel by pixel: a screenshot of part of the viewport taken over CDP
// (Chromium only; test/helpers/wtr-evidence.mjs), decoded in the page.
import { executeServerCommand } from '@web/test-runner-commands';
import { contrast } from './measure.js';

/** The RGBA pixels of `el`'s border box as drawn on screen. */
export async function pixelsOf(el: Element): Promise<ImageData> {
  const r = el.getBoundingClientRect();
  const data = await executeServerCommand<string, object>('screenshot', {
    x: r.left + window.scrollX,
    y: r.top + window.scrollY,
    width: Math.max(1, r.width),
    height: Math.max(1, r.height),
  });
  const image = await createImageBitmap(
    await (await fetch(`data:image/png;base64,${data}`)).blob(),
  );
  const canvas = new OffscreenCanvas(image.width, image.height);
  const g = canvas.getContext('2d')!;
  g.drawImage(image, 0, 0);
  return g.getImageData(0, 0, image.width, image.height);
}

/** The share (0–1) of `image`'s pixels that stand out 3:1 or more from `background`. */
export function shareVisible(image: ImageData, background: string): number {
  let seen = 0;
  const { data } = image;
  for (let i = 0; i < data.length; i += 4)
    if (contrast(`rgb(${data[i]}, ${data[i + 1]}, ${data[i + 2]})`, background) >= 3) seen++;
  return seen / (data.length / 4);
}
