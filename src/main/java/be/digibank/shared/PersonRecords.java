package be.digibank.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A module's answer to "what do you hold about this person?" for the subject-access export (GDPR art. 15): the people
 * register asks every module and prints what they return in the PDF and the JSON file, so that the export contains
 * everything held without the register reading other modules' schemas. Implementations read their own schema only,
 * within the digibank, and format values for the given locale (dates, translated codes), because the register cannot
 * know what a module's codes mean.
 */
public interface PersonRecords {

	/** The person's records in this module, as sections; a section without entries may be left out. */
	List<Section> recordsOf(DigibankId digibank, UUID person, Locale locale);

	/**
	 * One kind of record (loans, messages, repairs), titled by a message key; each entry is one record.
	 *
	 * @param order
	 *            lower comes first in the export, so that the document reads the same every time
	 */
	record Section(String titleKey, int order, List<Entry> entries) {
	}

	/**
	 * One record: labelled values, in reading order. Fields with an empty value are dropped, so that a contributor can list
	 * every field and the export shows only what is held.
	 */
	record Entry(List<Field> fields) {

		public Entry {
			fields = fields.stream().filter(field -> !field.value().isBlank()).toList();
		}

		public static Entry of(Field... fields) {
			return new Entry(List.of(fields));
		}
	}

	/** A label (a message key) and its value, already formatted in the export's language. */
	record Field(String labelKey, String value) {

		/** Belgian wall-clock time, in which every date and time of the export is written. */
		public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

		public static Field of(String labelKey, @Nullable Object value) {
			return new Field(labelKey, value == null ? "" : Objects.toString(value));
		}

		public static Field date(String labelKey, @Nullable LocalDate value, Locale locale) {
			return new Field(labelKey, value == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(value));
		}

		public static Field moment(String labelKey, @Nullable Instant value, Locale locale) {
			return new Field(labelKey, value == null
					? ""
					: DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale).format(value.atZone(BRUSSELS)));
		}

		/** An amount in euro cents; null (no amount) is left out, zero is shown. */
		public static Field money(String labelKey, @Nullable Long cents, Locale locale) {
			return new Field(labelKey, cents == null ? "" : String.format(locale, "€ %.2f", cents / 100.0));
		}
	}
}
