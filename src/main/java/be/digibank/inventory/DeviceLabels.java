package be.digibank.inventory;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.stereotype.Component;

/**
 * Sheets of asset tag labels as PDF, drawn with PDFBox at exact millimetre positions (label paper leaves no room for a
 * layout engine's rounding): per label a QR code of the tag drawn as vector squares, the tag in bold and the short make
 * and model. PDF base fonts only, so characters outside Latin-1 are replaced.
 */
@Component
class DeviceLabels {

	/** What one label shows. */
	record Label(String assetTag, String makeModel) {
	}

	private static final float POINTS_PER_MM = 72f / 25.4f;
	private static final float PADDING_MM = 2.5f;

	byte[] pdf(List<Label> labels, LabelFormat format) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
			PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			PDRectangle size = format.sheet() ? PDRectangle.A4 : new PDRectangle(mm(format.widthMm), mm(format.heightMm));
			// a sheet's labels are centred on the page (8 × 37 mm leaves half a millimetre above and below)
			float left = (size.getWidth() - mm(format.widthMm) * format.columns) / 2;
			float top = size.getHeight() - (size.getHeight() - mm(format.heightMm) * format.rows) / 2;
			PDPageContentStream content = null;
			for (int i = 0; i < labels.size(); i++) {
				int onPage = i % format.perPage();
				if (onPage == 0) {
					if (content != null) {
						content.close();
					}
					PDPage page = new PDPage(size);
					document.addPage(page);
					content = new PDPageContentStream(document, page);
				}
				float x = left + (onPage % format.columns) * mm(format.widthMm);
				float y = top - (onPage / format.columns + 1) * mm(format.heightMm);
				draw(content, labels.get(i), format, x, y, bold, regular);
			}
			if (content != null) {
				content.close();
			}
			document.getDocumentInformation().setTitle("Labels");
			document.save(out);
			return out.toByteArray();
		} catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	private static void draw(PDPageContentStream content, Label label, LabelFormat format, float x, float y, PDType1Font bold,
			PDType1Font regular) throws IOException {
		float padding = mm(PADDING_MM);
		float qrSize = mm(format.heightMm) - 2 * padding;
		BitMatrix matrix = qr(label.assetTag());
		float module = qrSize / matrix.getWidth();
		content.setNonStrokingColor(0f, 0f, 0f);
		for (int row = 0; row < matrix.getHeight(); row++) {
			int column = 0;
			while (column < matrix.getWidth()) {
				if (!matrix.get(column, row)) {
					column++;
					continue;
				}
				int start = column;
				while (column < matrix.getWidth() && matrix.get(column, row)) {
					column++;
				}
				content.addRect(x + padding + start * module, y + padding + qrSize - (row + 1) * module, (column - start) * module, module);
			}
		}
		content.fill();
		float textLeft = x + 2 * padding + qrSize;
		float textWidth = mm(format.widthMm) - (textLeft - x) - padding;
		float tagSize = format.sheet() ? 12 : 11;
		float textTop = y + mm(format.heightMm) - padding - tagSize;
		text(content, bold, tagSize, fit(bold, tagSize, printable(bold, label.assetTag()), textWidth), textLeft, textTop);
		String makeModel = printable(regular, label.makeModel());
		float small = 8;
		String first = fit(regular, small, makeModel, textWidth);
		text(content, regular, small, first, textLeft, textTop - tagSize - 2);
		if (first.length() < makeModel.length()) {
			text(content, regular, small, fit(regular, small, makeModel.substring(first.length()).strip(), textWidth), textLeft,
					textTop - tagSize - 2 - small - 1);
		}
	}

	/** The QR code of a tag: medium error correction and the minimum quiet zone, the label's white margin adds to it. */
	static BitMatrix qr(String text) {
		try {
			return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.MARGIN, 1, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
		} catch (WriterException tooLong) {
			throw new IllegalArgumentException("text too long for a QR code", tooLong);
		}
	}

	private static void text(PDPageContentStream content, PDType1Font font, float size, String text, float x, float y)
			throws IOException {
		if (text.isEmpty()) {
			return;
		}
		content.beginText();
		content.setFont(font, size);
		content.newLineAtOffset(x, y);
		content.showText(text);
		content.endText();
	}

	/** The longest start of the text that fits the width. */
	private static String fit(PDType1Font font, float size, String text, float width) throws IOException {
		String fitted = text;
		while (!fitted.isEmpty() && font.getStringWidth(fitted) / 1000 * size > width) {
			fitted = fitted.substring(0, fitted.length() - 1);
		}
		return fitted;
	}

	/** The text with every character the base font cannot show replaced by a question mark. */
	static String printable(PDType1Font font, String text) {
		StringBuilder printable = new StringBuilder();
		text.codePoints().forEach(codePoint -> {
			String character = new String(Character.toChars(codePoint));
			try {
				font.encode(character);
				printable.append(character);
			} catch (IOException | IllegalArgumentException notInFont) {
				printable.append('?');
			}
		});
		return printable.toString();
	}

	private static float mm(float millimetres) {
		return millimetres * POINTS_PER_MM;
	}
}
