package org.dinsos.sop.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.dinsos.sop.validation.SopIssueCodes;
import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.nodemodel.INode;

/**
 * An SOP file as the language reads it: UTF-8, where a leading byte order mark (as Notepad writes it) is
 * not part of the text, and a byte that is not UTF-8 is an error at its line and column (the rest of the
 * file is still read, each such byte as U+FFFD).
 */
public class SopResource extends LazyLinkingResource {

	private static final byte[] BOM = { (byte) 0xef, (byte) 0xbb, (byte) 0xbf };

	private NotUtf8 encodingError;

	/** True when the file holds a byte that is not UTF-8: it must not be rewritten from its decoded text. */
	public boolean hasEncodingError() {
		return encodingError != null;
	}

	@Override
	protected Reader createReader(InputStream inputStream) throws IOException {
		if (!StandardCharsets.UTF_8.equals(Charset.forName(getEncoding()))) {
			return super.createReader(inputStream);
		}
		byte[] bytes = inputStream.readAllBytes();
		int start = bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2] ? 3 : 0;
		ByteBuffer input = ByteBuffer.wrap(bytes, start, bytes.length - start);
		CharBuffer text = CharBuffer.allocate(bytes.length);
		CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		CoderResult result = strict.decode(input, text, true);
		encodingError = null;
		if (result.isError()) {
			encodingError = new NotUtf8(text.flip().toString(), bytes[input.position()]);
			return new StringReader(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8));
		}
		strict.flush(text);
		return new StringReader(text.flip().toString());
	}

	@Override
	protected void addSyntaxErrors() {
		super.addSyntaxErrors();
		if (encodingError != null) {
			getErrors().add(encodingError);
		}
	}

	/** The first byte that is not UTF-8, at the line and column where the text read so far ends. */
	private static final class NotUtf8 extends AbstractDiagnostic {
		private final int offset;
		private final int line;
		private final int column;
		private final String message;

		NotUtf8(String before, byte bad) {
			offset = before.length();
			line = (int) before.chars().filter(c -> c == '\n').count() + 1;
			column = offset - before.lastIndexOf('\n');
			message = String.format(Locale.ROOT, "Berkas bukan UTF-8: byte 0x%02X di baris %d kolom %d bukan UTF-8 yang sah. "
					+ "Simpan ulang berkas sebagai UTF-8 (di Notepad: Simpan Sebagai, Encoding UTF-8).", bad & 0xff, line, column);
		}

		@Override
		protected INode getNode() {
			return null;
		}

		@Override
		public String getCode() {
			return SopIssueCodes.BUKAN_UTF8;
		}

		@Override
		public String[] getData() {
			return new String[0];
		}

		@Override
		public String getMessage() {
			return message;
		}

		@Override
		public int getOffset() {
			return offset;
		}

		@Override
		public int getLength() {
			return 1;
		}

		@Override
		public int getLine() {
			return line;
		}

		@Override
		public int getColumn() {
			return column;
		}

		@Override
		public int getLineEnd() {
			return line;
		}

		@Override
		public int getColumnEnd() {
			return column + 1;
		}

		@Override
		public String getLocation() {
			return null;
		}
	}
}
