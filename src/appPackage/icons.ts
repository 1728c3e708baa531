// The app's icons: a ring with a pointer (a compass needle, "navigating the objects").
// color.png 192×192 on the accent colour; outline.png 32×32 white on transparent, as Teams requires.
import { PNG } from 'pngjs';

type Rgba = [number, number, number, number];

export const ACCENT = '#1F5F8B';

function hex(color: string): [number, number, number] {
  const n = Number.parseInt(color.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Coverage of the mark at (x, y) in a unit square: a ring and a needle. 1 inside, 0 outside. */
function mark(u: number, v: number): boolean {
  const dx = u - 0.5;
  const dy = v - 0.5;
  const r = Math.hypot(dx, dy);
  const ring = r > 0.3 && r < 0.4;
  // Needle: a thin diamond from lower left to upper right.
  const along = (dx - dy) / Math.SQRT2;
  const across = (dx + dy) / Math.SQRT2;
  const needle = Math.abs(across) < 0.07 * (1 - Math.abs(along) / 0.3) && Math.abs(along) < 0.3;
  return ring || needle;
}

function render(size: number, inside: Rgba, outside: Rgba): Buffer {
  const samples = 4; // supersampling smooths the edges
  const png = new PNG({ width: size, height: size, colorType: 6 });
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let hits = 0;
      for (let i = 0; i < samples; i++) {
        for (let j = 0; j < samples; j++) {
          if (mark((x + (i + 0.5) / samples) / size, (y + (j + 0.5) / samples) / size)) hits++;
        }
      }
      const t = hits / (samples * samples);
      for (let k = 0; k < 4; k++) {
        png.data[(y * size + x) * 4 + k] = Math.round(inside[k]! * t + outside[k]! * (1 - t));
      }
    }
  }
  return PNG.sync.write(png, { colorType: 6 });
}

export function colorIcon(): Buffer {
  return render(192, [255, 255, 255, 255], [...hex(ACCENT), 255]);
}

export function outlineIcon(): Buffer {
  return render(32, [255, 255, 255, 255], [255, 255, 255, 0]);
}
