package be.digibank.shared.web;

/**
 * One choice in a select list: the submitted value and the translated label.
 */
public record Option(String value, String label) {
}
