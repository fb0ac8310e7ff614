import { AppError } from '../../shared/ipc/result';

/** CSS pixels (96 per inch) to PDF points (72 per inch). */
const PT_PER_PX = 72 / 96;
/** A4 in points: a frame within 2 pt of it (794 × 1123 px) becomes an exact A4 page. */
const A4 = { short: 595.28, long: 841.89 };

const pageSize = (width: number, height: number): [number, number] => {
  const w = width * PT_PER_PX;
  const h = height * PT_PER_PX;
  const near = (a: number, b: number) => Math.abs(a - b) <= 2;
  if (near(w, A4.short) && near(h, A4.long)) return [A4.short, A4.long];
  if (near(w, A4.long) && near(h, A4.short)) return [A4.long, A4.short];
  return [w, h];
};

export type FigureDocument = {
  /** The composed figure, rasterized at any scale; drawn to fill the page or the slide's figure area. */
  png: Uint8Array;
  /** The frame the figure was laid out for, in CSS pixels. */
  width: number;
  height: number;
  title: string;
};

/**
 * A one-page PDF holding the composed figure as an image, the page the frame's size (an A4 frame
 * gives an A4 page). pdf-lib is loaded only when a PDF is asked for.
 */
export const figurePdf = async ({ png, width, height, title }: FigureDocument): Promise<Uint8Array> => {
  const { PDFDocument } = await import('pdf-lib');
  const doc = await PDFDocument.create();
  const image = await doc.embedPng(png).catch(() => {
    throw new AppError('INVALID_FILE', 'The image is not a PNG that can go into a PDF.');
  });
  const [w, h] = pageSize(width, height);
  doc.addPage([w, h]).drawImage(image, { x: 0, y: 0, width: w, height: h });
  doc.setTitle(title);
  doc.setCreator('IOM–Canada Explorer');
  doc.setProducer('IOM–Canada Explorer');
  // Fixed dates and no random id: the same figure gives the same bytes (a second export is comparable).
  doc.setCreationDate(new Date(0));
  doc.setModificationDate(new Date(0));
  return doc.save({ useObjectStreams: false });
};

/** The slide's parts, in inches on a 13.333 × 7.5 in (16:9) slide. */
export const SLIDE = { width: 13.333, height: 7.5, margin: 0.5, titleTop: 0.3, titleHeight: 0.9, sourceHeight: 0.45 } as const;
/** The area the figure image fills, between the title and the source line. */
export const slideFigureArea = () => {
  const y = SLIDE.titleTop + SLIDE.titleHeight + 0.1;
  return { x: SLIDE.margin, y, w: SLIDE.width - 2 * SLIDE.margin, h: SLIDE.height - y - SLIDE.sourceHeight - 0.2 };
};

/**
 * One 16:9 PowerPoint slide: the title as the slide's own text (editable), the figure as an image
 * fitted to the area under it (aspect kept), and the source line at the foot. pptxgenjs is loaded
 * only when a slide is asked for.
 */
export const figureSlide = async ({ png, width, height, title, source }: FigureDocument & { source: string }): Promise<Uint8Array> => {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = title;
  pptx.author = 'IOM–Canada Explorer';
  const slide = pptx.addSlide();
  slide.addText(title, {
    x: SLIDE.margin,
    y: SLIDE.titleTop,
    w: SLIDE.width - 2 * SLIDE.margin,
    h: SLIDE.titleHeight,
    fontSize: 26,
    bold: true,
    fontFace: 'Segoe UI',
    color: '0B0C0C',
    valign: 'middle',
    fit: 'shrink',
  });
  const area = slideFigureArea();
  const fit = Math.min(area.w / width, area.h / height);
  const w = width * fit;
  const h = height * fit;
  slide.addImage({ data: `image/png;base64,${Buffer.from(png).toString('base64')}`, x: area.x + (area.w - w) / 2, y: area.y + (area.h - h) / 2, w, h, altText: title });
  slide.addText(source, {
    x: SLIDE.margin,
    y: SLIDE.height - SLIDE.sourceHeight - 0.15,
    w: SLIDE.width - 2 * SLIDE.margin,
    h: SLIDE.sourceHeight,
    fontSize: 11,
    fontFace: 'Segoe UI',
    color: '4B5459',
    valign: 'middle',
  });
  const out = await pptx.write({ outputType: 'uint8array' });
  if (!(out instanceof Uint8Array)) throw new AppError('INTERNAL', 'The slide could not be written.');
  return out;
};
