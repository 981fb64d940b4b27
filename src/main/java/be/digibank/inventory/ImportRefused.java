package be.digibank.inventory;

import java.util.List;

/**
 * An import of a CSV file was refused: the problems per row, each with a message key and its arguments. Thrown before
 * anything is written (or from inside the transaction, which then writes nothing), so a file is imported whole or not
 * at all.
 */
final class ImportRefused extends RuntimeException {

	/** One problem: the spreadsheet row (1 is the header), the column as written in the file, and why. */
	record Problem(int row, String column, String messageKey, List<Object> arguments) {
		Problem {
			arguments = List.copyOf(arguments);
		}

		static Problem of(int row, String column, String messageKey, Object... arguments) {
			return new Problem(row, column, messageKey, List.of(arguments));
		}
	}

	/** An argument of a problem's message that is itself a message key (the reason a device refused). */
	record Key(String value) {
	}

	/** The most problems listed; a file with more has something wrong in general, and the first ones show what. */
	static final int MOST_SHOWN = 300;

	private final List<Problem> problems;
	private final int total;

	ImportRefused(List<Problem> problems) {
		super(problems.size() + " problems");
		this.problems = List.copyOf(problems.subList(0, Math.min(problems.size(), MOST_SHOWN)));
		this.total = problems.size();
	}

	/** How many problems were found, also those not listed. */
	int total() {
		return total;
	}

	List<Problem> problems() {
		return problems;
	}
}
