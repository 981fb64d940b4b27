package be.digibank.shared.web;

/**
 * Something waiting for the signed-in person, shown on their home page as a count with a link: "3 loans are overdue".
 *
 * @param messageKey
 *            the text, with the count as argument {@code {0}}
 * @param priority
 *            lower comes first (0 is urgent: people waiting; 50 is follow-up)
 */
public record NextAction(String messageKey, long count, String href, int priority) {
}
