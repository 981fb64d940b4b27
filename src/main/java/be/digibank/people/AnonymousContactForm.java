package be.digibank.people;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** The counter's quick form for a help contact without registration: choices only, no free text. */
public record AnonymousContactForm(@Nullable String service, @Nullable List<String> topics, @Nullable String ageBand, @Nullable String gender,
		@Nullable String postcode, @Nullable String declinedRegistration, @Nullable String contactedOn) {

	static AnonymousContactForm empty(LocalDate today) {
		return new AnonymousContactForm("GUIDANCE", List.of(), "NOT_GIVEN", "NOT_GIVEN", PeopleForms.OTHER_POSTCODE, null, today.toString());
	}

	public List<String> chosenTopics() {
		return topics == null ? List.of() : topics;
	}

	public boolean declined() {
		return "true".equals(declinedRegistration) || "on".equals(declinedRegistration);
	}

	/** Checks every field and, when all is well, gives what is logged; the errors name the fields otherwise. */
	AnonymousContacts.@Nullable Contact check(Errors errors, Collection<String> servedPostcodes, LocalDate today) {
		String chosenService = service == null ? "" : service;
		if (!AnonymousContacts.SERVICES.contains(chosenService)) {
			errors.rejectValue("service", "people.error.choice");
		}
		if (!AnonymousContacts.TOPICS.containsAll(chosenTopics())) {
			errors.rejectValue("topics", "people.error.choice");
		} else if ("GUIDANCE".equals(chosenService) && chosenTopics().isEmpty()) {
			errors.rejectValue("topics", "people.anonymous.error.topics");
		}
		String band = ageBand == null || ageBand.isBlank() ? "NOT_GIVEN" : ageBand;
		if (!AnonymousContacts.AGE_BANDS.contains(band)) {
			errors.rejectValue("ageBand", "people.error.choice");
		}
		String sex = gender == null || gender.isBlank() ? "NOT_GIVEN" : gender;
		if (!PeopleForms.GENDERS.contains(sex)) {
			errors.rejectValue("gender", "people.error.choice");
		}
		String code = postcode == null || postcode.isBlank() ? PeopleForms.OTHER_POSTCODE : postcode.strip();
		if (!code.equals(PeopleForms.OTHER_POSTCODE) && !servedPostcodes.contains(code)) {
			errors.rejectValue("postcode", "people.error.postcode.unknown");
		}
		LocalDate day = null;
		try {
			day = LocalDate.parse(contactedOn == null ? "" : contactedOn.strip());
			if (day.isAfter(today)) {
				errors.rejectValue("contactedOn", "people.error.date.future");
			} else if (day.isBefore(today.minusDays(31))) {
				errors.rejectValue("contactedOn", "people.anonymous.error.tooOld");
			}
		} catch (DateTimeParseException notADate) {
			errors.rejectValue("contactedOn", "people.error.date.invalid");
		}
		if (errors.hasErrors() || day == null) {
			return null;
		}
		return new AnonymousContacts.Contact(chosenService, List.copyOf(chosenTopics()), band, sex, code, declined(), day);
	}
}
