import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import type { WeekRate } from '../../domain/programs/program-stats.ts';

export const FONT = 'DejaVu Sans';
let fontLoaded = false;

/** The font ships with the package, so the chart reads the same on a server without fonts. */
export function loadFont(): void {
  if (fontLoaded) return;
  const dir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  GlobalFonts.registerFromPath(join(dir, 'DejaVuSans.ttf'), FONT);
  GlobalFonts.registerFromPath(join(dir, 'DejaVuSans-Bold.ttf'), FONT);
  fontLoaded = true;
}

const WIDTH = 800;
const HEIGHT = 400;
const MARGIN = { top: 56, right: 24, bottom: 48, left: 56 };

/**
 * A PNG bar chart of the check-in answer rate per week, 0-100 %. With a French `locale`,
 * percentages take French typography's space ("63 %").
 */
export function answerRateChart(
  weeks: readonly WeekRate[],
  labels: { title: string; week: string; locale?: string },
): Buffer {
  const percent = (n: number) => (labels.locale?.startsWith('fr') ? `${n} %` : `${n}%`);
  loadFont();
  const canvas = createCanvas(WIDTH, HEIGHT);
  const g = canvas.getContext('2d');
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, WIDTH, HEIGHT);
  g.fillStyle = '#23272a';
  g.font = `bold 20px "${FONT}"`;
  g.fillText(labels.title, MARGIN.left, 34);

  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  g.font = `12px "${FONT}"`;
  g.strokeStyle = '#d0d3d6';
  for (const pct of [0, 25, 50, 75, 100]) {
    const y = MARGIN.top + plotHeight * (1 - pct / 100);
    g.beginPath();
    g.moveTo(MARGIN.left, y);
    g.lineTo(WIDTH - MARGIN.right, y);
    g.stroke();
    g.fillStyle = '#4f545c';
    g.fillText(percent(pct), 12, y + 4);
  }

  const slot = plotWidth / Math.max(weeks.length, 1);
  const bar = Math.min(slot * 0.7, 60);
  weeks.forEach((week, i) => {
    const rate = week.expected === 0 ? 0 : week.answers / week.expected;
    const x = MARGIN.left + slot * i + (slot - bar) / 2;
    const h = plotHeight * rate;
    g.fillStyle = rate >= 0.75 ? '#57f287' : rate >= 0.4 ? '#fee75c' : '#ed4245';
    g.fillRect(x, MARGIN.top + plotHeight - h, bar, h);
    g.fillStyle = '#23272a';
    // Narrow slots (long programs) keep only what fits: the week number, every few weeks.
    if (slot >= 40) g.fillText(percent(Math.round(rate * 100)), x, MARGIN.top + plotHeight - h - 6);
    const every = Math.ceil(24 / slot);
    if (i % every === 0)
      g.fillText(slot >= 80 ? `${labels.week} ${week.week}` : String(week.week), x, HEIGHT - MARGIN.bottom + 20);
  });
  return canvas.toBuffer('image/png');
}
