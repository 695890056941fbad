import { createCanvas } from '@napi-rs/canvas';
import type { Role } from '../../db/schema.ts';
import { t } from '../../i18n/index.ts';
import { FONT, loadFont } from './answer-rate-chart.ts';

export const CERTIFICATE_WIDTH = 1200;
export const CERTIFICATE_HEIGHT = 800;

export interface CertificateInput {
  locale: string;
  programName: string;
  memberName: string;
  role: Role;
  weeks: number;
  completedAt: string;
}

/** The completion date in the program's language, e.g. "1 December 2026" / "1 décembre 2026". */
export function certificateDate(locale: string, at: string): string {
  const language = locale.startsWith('fr') ? 'fr-FR' : 'en-GB';
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(at));
}

/** Shrinks the font until the text fits the width (long names and programs stay whole). */
function fitText(g: CanvasRenderingContext2DLike, text: string, y: number, size: number, bold: boolean): void {
  let px = size;
  do {
    g.font = `${bold ? 'bold ' : ''}${px}px "${FONT}"`;
    px -= 2;
  } while (g.measureText(text).width > CERTIFICATE_WIDTH - 160 && px > 12);
  g.fillText(text, CERTIFICATE_WIDTH / 2, y);
}

type CanvasRenderingContext2DLike = ReturnType<ReturnType<typeof createCanvas>['getContext']>;

/** A PNG certificate of completion for one member, in the program's language. */
export function certificatePng(input: CertificateInput): Buffer {
  loadFont();
  const canvas = createCanvas(CERTIFICATE_WIDTH, CERTIFICATE_HEIGHT);
  const g = canvas.getContext('2d');
  g.fillStyle = '#fbf8f1';
  g.fillRect(0, 0, CERTIFICATE_WIDTH, CERTIFICATE_HEIGHT);
  g.strokeStyle = '#5865f2';
  g.lineWidth = 12;
  g.strokeRect(30, 30, CERTIFICATE_WIDTH - 60, CERTIFICATE_HEIGHT - 60);
  g.lineWidth = 2;
  g.strokeRect(52, 52, CERTIFICATE_WIDTH - 104, CERTIFICATE_HEIGHT - 104);
  g.textAlign = 'center';
  g.fillStyle = '#23272a';
  fitText(g, t(input.locale, 'certificate.title'), 190, 56, true);
  g.fillStyle = '#5865f2';
  fitText(g, input.memberName, 340, 64, true);
  g.fillStyle = '#4f545c';
  fitText(g, t(input.locale, 'certificate.body'), 430, 30, false);
  g.fillStyle = '#23272a';
  fitText(g, input.programName, 510, 44, true);
  g.fillStyle = '#4f545c';
  const line = t(input.locale, 'certificate.line', {
    role: t(input.locale, `certificate.role.${input.role}`),
    weeks: input.weeks,
    date: certificateDate(input.locale, input.completedAt),
  });
  fitText(g, line, 630, 28, false);
  return canvas.toBuffer('image/png');
}
