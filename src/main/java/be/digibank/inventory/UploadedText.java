package be.digibank.inventory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.web.multipart.MultipartFile;

/** The text of an uploaded file: UTF-8, or the Windows-1252 that older spreadsheet programs still save CSV files in. */
final class UploadedText {

	private UploadedText() {
	}

	static String read(MultipartFile file) {
		try {
			return decode(file.getBytes());
		} catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}

	static String decode(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
		} catch (CharacterCodingException notUtf8) {
			return new String(bytes, Charset.forName("windows-1252"));
		}
	}
}
