package be.digibank.shared;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;

/**
 * Every PDF the platform makes (agreements, exports, certificates, letters, labels) comes from XHTML through here, so
 * that each embeds the same font: DejaVu Sans covers Latin, Greek, Cyrillic and Arabic, which the PDF base fonts do
 * not, and right-to-left text is ordered and shaped. A document's CSS uses {@link #FONT_FAMILY}.
 */
public final class PdfDocument {

	/** The CSS font family name of the embedded font. */
	public static final String FONT_FAMILY = "DejaVu Sans";

	static {
		// openhtmltopdf logs every rendering step at INFO on java.util.logging; only its warnings are worth reading
		XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
	}

	private PdfDocument() {
	}

	/** The PDF of a well-formed XHTML document. */
	public static byte[] fromXhtml(String xhtml) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> font("DejaVuSans.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true);
			builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
			builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
			builder.defaultTextDirection(TextDirection.LTR);
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		} catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	private static InputStream font(String file) {
		InputStream font = PdfDocument.class.getResourceAsStream("/fonts/" + file);
		if (font == null) {
			throw new IllegalStateException("font missing from the build: " + file);
		}
		return font;
	}
}
