package be.digibank.shared;

/** How a notice reaches a person: a text message, an e-mail or a printed letter for people without either. */
public enum NoticeChannel {
	SMS, EMAIL, LETTER
}
