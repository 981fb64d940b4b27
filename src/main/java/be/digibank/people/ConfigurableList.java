package be.digibank.people;

/** The lists a digibank may adapt to its own situation. */
enum ConfigurableList {
	TARGET_GROUP("people.target_group", "people.targetGroup."), PROOF_TYPE("people.proof_type", "people.proofType.");

	private final String table;
	private final String labelPrefix;

	ConfigurableList(String table, String labelPrefix) {
		this.table = table;
		this.labelPrefix = labelPrefix;
	}

	/** The table (constant text, never input). */
	String table() {
		return table;
	}

	String labelPrefix() {
		return labelPrefix;
	}
}
