// tsx lib/ops/draw-icons.ts — draws the app's home-screen icons into public/ (committed; rerun
// only when the mark changes): two linked rings, a mentor and a mentee, on the brand green.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PNG } from "pngjs";

const PUBLIC_DIR = fileURLToPath(new URL("../../public/", import.meta.url));
const BRAND = [0x12, 0x69, 0x5f] as const;
const WHITE = [0xff, 0xff, 0xff] as const;

/** A ring of the mark, in units of the icon's side. */
const RINGS = [
  { x: 0.4, y: 0.5 },
  { x: 0.6, y: 0.5 },
];
const RADIUS = 0.2;
const STROKE = 0.06;

function colourAt(x: number, y: number): readonly [number, number, number] {
  const onRing = RINGS.some((ring) => Math.abs(Math.hypot(x - ring.x, y - ring.y) - RADIUS) <= STROKE / 2);
  return onRing ? WHITE : BRAND;
}

function drawIcon(size: number): Buffer {
  const png = new PNG({ width: size, height: size });
  for (let row = 0; row < size; row++) {
    for (let column = 0; column < size; column++) {
      const [red, green, blue] = colourAt((column + 0.5) / size, (row + 0.5) / size);
      const offset = (row * size + column) * 4;
      png.data[offset] = red;
      png.data[offset + 1] = green;
      png.data[offset + 2] = blue;
      png.data[offset + 3] = 0xff;
    }
  }
  return PNG.sync.write(png);
}

for (const [name, size] of [["icon-192.png", 192], ["icon-512.png", 512], ["apple-touch-icon.png", 180]] as const) {
  writeFileSync(`${PUBLIC_DIR}${name}`, drawIcon(size));
}
writeFileSync(
  `${PUBLIC_DIR}icon.svg`,
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><rect width="100" height="100" fill="#12695f"/>` +
    RINGS.map((ring) => `<circle cx="${ring.x * 100}" cy="${ring.y * 100}" r="${RADIUS * 100}" fill="none" stroke="#fff" stroke-width="${STROKE * 100}"/>`).join("") +
    `</svg>\n`,
);
