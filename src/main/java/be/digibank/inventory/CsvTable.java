package be.digibank.inventory;

import be.digibank.inventory.ImportRefused.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A CSV file read by the rules of RFC 4180: fields separated by a comma (or the semicolon or tab that spreadsheets in
 * Belgium write, recognised from the header line), quoted fields that may hold separators, doubled quotes and line
 * breaks, CRLF or LF line ends, a byte order mark ignored. Every record keeps the row number a spreadsheet shows (the
 * header is row 1), so problems can be reported per row.
 */
record CsvTable(List<String> header, List<Row> rows) {

	/** One data record and the spreadsheet row it starts on. */
	record Row(int number, List<String> fields) {
	}

	/** The file does not follow the CSV rules at this row; nothing of it should be used. */
	static final class Malformed extends RuntimeException {

		private final int row;
		private final String messageKey;

		Malformed(int row, String messageKey) {
			super(messageKey + " at row " + row);
			this.row = row;
			this.messageKey = messageKey;
		}

		int row() {
			return row;
		}

		String messageKey() {
			return messageKey;
		}
	}

	static final String UNCLOSED_QUOTE = "inventory.import.csv.unclosedQuote";
	static final String QUOTE_IN_FIELD = "inventory.import.csv.quoteInField";
	static final String AFTER_QUOTE = "inventory.import.csv.textAfterQuote";
	static final String EMPTY = "inventory.import.csv.empty";

	/** Reads the file, or refuses it as a whole with the row where it breaks the CSV rules. */
	static CsvTable parseOrRefuse(String text) {
		try {
			return parse(text);
		} catch (Malformed malformed) {
			throw new ImportRefused(List.of(Problem.of(malformed.row(), "", malformed.messageKey())));
		}
	}

	/**
	 * Where each known column stands in the header. Unknown and repeated columns and missing required ones are added to
	 * {@code problems} (row 1), named as the file or, for a missing column, by {@code label}.
	 */
	<C> Map<C, Integer> columns(Function<String, Optional<C>> named, List<C> required, Function<C, String> label, List<Problem> problems) {
		Map<C, Integer> positions = new LinkedHashMap<>();
		for (int i = 0; i < header.size(); i++) {
			String name = header.get(i);
			Optional<C> column = named.apply(name);
			if (column.isEmpty()) {
				problems.add(Problem.of(1, name, "inventory.import.column.unknown", name));
			} else if (positions.putIfAbsent(column.get(), i) != null) {
				problems.add(Problem.of(1, name, "inventory.import.column.twice", name));
			}
		}
		for (C column : required) {
			if (!positions.containsKey(column)) {
				problems.add(Problem.of(1, label.apply(column), "inventory.import.column.missing", label.apply(column)));
			}
		}
		return positions;
	}

	static CsvTable parse(String text) {
		String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
		char separator = separator(content);
		List<Row> records = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		int line = 1;
		int recordStart = 1;
		boolean quoted = false;
		boolean afterQuote = false;
		boolean fieldStarted = false;
		int i = 0;
		int length = content.length();
		while (i < length) {
			char c = content.charAt(i);
			if (quoted) {
				if (c == '"') {
					if (i + 1 < length && content.charAt(i + 1) == '"') {
						field.append('"');
						i += 2;
						continue;
					}
					quoted = false;
					afterQuote = true;
				} else {
					if (c == '\n') {
						line++;
					}
					field.append(c);
				}
				i++;
				continue;
			}
			if (c == separator) {
				fields.add(field.toString());
				field.setLength(0);
				afterQuote = false;
				fieldStarted = true;
			} else if (c == '\r' || c == '\n') {
				if (c == '\r' && i + 1 < length && content.charAt(i + 1) == '\n') {
					i++;
				}
				if (fieldStarted || !field.isEmpty() || afterQuote) {
					fields.add(field.toString());
					records.add(new Row(recordStart, List.copyOf(fields)));
				}
				fields.clear();
				field.setLength(0);
				afterQuote = false;
				fieldStarted = false;
				line++;
				recordStart = line;
			} else if (afterQuote) {
				throw new Malformed(recordStart, AFTER_QUOTE);
			} else if (c == '"') {
				if (!field.isEmpty()) {
					throw new Malformed(recordStart, QUOTE_IN_FIELD);
				}
				quoted = true;
				fieldStarted = true;
			} else {
				field.append(c);
				fieldStarted = true;
			}
			i++;
		}
		if (quoted) {
			throw new Malformed(recordStart, UNCLOSED_QUOTE);
		}
		if (fieldStarted || !field.isEmpty() || afterQuote) {
			fields.add(field.toString());
			records.add(new Row(recordStart, List.copyOf(fields)));
		}
		if (records.isEmpty()) {
			throw new Malformed(1, EMPTY);
		}
		return new CsvTable(records.getFirst().fields(), List.copyOf(records.subList(1, records.size())));
	}

	/** The separator used in the header line: whichever of comma, semicolon and tab occurs most outside quotes. */
	private static char separator(String content) {
		int commas = 0;
		int semicolons = 0;
		int tabs = 0;
		boolean quoted = false;
		for (int i = 0; i < content.length(); i++) {
			char c = content.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			} else if (!quoted && (c == '\n' || c == '\r')) {
				break;
			} else if (!quoted && c == ',') {
				commas++;
			} else if (!quoted && c == ';') {
				semicolons++;
			} else if (!quoted && c == '\t') {
				tabs++;
			}
		}
		if (semicolons > commas && semicolons >= tabs) {
			return ';';
		}
		return tabs > commas ? '\t' : ',';
	}
}
