package be.digibank.people;

/** A kind of personal data with its own retention period, counted from the last contact with the person. */
enum RetentionCategory {
	/** Everything that identifies the person: the whole record is anonymised. */
	IDENTITY(24, "true", ""),
	/** Phone, e-mail and post address. */
	CONTACT(18, "(p.phone <> '' or p.email <> '' or p.address <> '')", "phone = '', email = '', address = ''"),
	/** The free-text note. */
	NOTE(12, "p.note <> ''", "note = ''");

	private final int defaultMonths;
	private final String somethingLeft;
	private final String clearing;

	RetentionCategory(int defaultMonths, String somethingLeft, String clearing) {
		this.defaultMonths = defaultMonths;
		this.somethingLeft = somethingLeft;
		this.clearing = clearing;
	}

	int defaultMonths() {
		return defaultMonths;
	}

	/** SQL condition (on alias p) that there is still something of this category to remove. Constant text, no input. */
	String somethingLeft() {
		return somethingLeft;
	}

	/** SQL assignments that remove the category's data. Constant text, no input. */
	String clearing() {
		return clearing;
	}
}
