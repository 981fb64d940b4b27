package be.digibank.notifications;

/** What a channel answered: sent, or not with the reason (a message key, optionally followed by ":" and a detail). */
record Delivery(boolean sent, String reason) {

	static final Delivery SENT = new Delivery(true, "");

	static Delivery failed(String reasonKey, String detail) {
		String reason = detail.isBlank() ? reasonKey : reasonKey + ":" + detail.strip();
		return new Delivery(false, reason.length() > 500 ? reason.substring(0, 500) : reason);
	}
}
