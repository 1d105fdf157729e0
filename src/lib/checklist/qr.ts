// QR code for the printed sheet, rendered once at build time to an inline SVG string, so the
// page makes no request for it and it prints sharp at any size.
import QRCode from 'qrcode';

export async function qrSvg(url: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  // The figure around it carries the text alternative; the drawing itself is decoration.
  return svg.replace('<svg ', '<svg aria-hidden="true" focusable="false" ');
}
