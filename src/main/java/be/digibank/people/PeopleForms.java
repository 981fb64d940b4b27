package be.digibank.people;

import be.digibank.people.PeopleRepository.PersonData;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * The command records behind the forms and the JSON API, and the checks Bean Validation cannot do alone (dates, the
 * digibank's postcodes, characters in names). A failed check is a field error with a message key; nothing is saved.
 */
public final class PeopleForms {

	public static final List<String> GENDERS = List.of("NOT_GIVEN", "FEMALE", "MALE", "X");
	public static final List<String> LANGUAGES = List.of("nl", "fr", "en", "de", "ar", "tr", "pl", "ro", "uk", "ru", "so", "ti", "fa", "ps", "other");
	public static final List<String> FOUND_VIA = List.of("FRIEND_OR_FAMILY", "PARTNER", "SOCIAL_WORKER", "FLYER_OR_POSTER", "WEBSITE_OR_SOCIAL_MEDIA",
			"LIBRARY", "OTHER");
	public static final List<String> DEVICES = List.of("SMARTPHONE", "TABLET", "COMPUTER", "INTERNET_AT_HOME", "MOBILE_DATA", "NONE");
	public static final List<String> PURPOSES = List.of("NEWSLETTER", "SURVEYS", "PHOTOS", "SHARE_WITH_PARTNER");
	public static final List<String> CHANNELS = List.of("IN_PERSON", "PAPER", "PHONE", "EMAIL", "ONLINE");
	public static final String OTHER_POSTCODE = "OTHER";

	/** Letters (any script), spaces, apostrophes, hyphens and dots: no markup, no digits. */
	private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}' .’\\-]*");
	private static final Pattern PLAIN_TEXT = Pattern.compile("[^<>]*", Pattern.DOTALL);
	private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

	private PeopleForms() {
	}

	/**
	 * Register or change a person. {@code confirmNew} says the registrar saw the suggestions and still wants a new person.
	 */
	public record PersonForm(@Size(max = 100) @Nullable String firstName, @Size(max = 100) @Nullable String lastName,
			@Size(max = 100) @Nullable String nickname, @Min(1900) @Nullable Integer birthYear, @Size(max = 10) @Nullable String birthDate,
			@Nullable String gender, @NotBlank @Nullable String postcode, @Nullable String language, @Size(max = 30) @Nullable String phone,
			@Email @Size(max = 200) @Nullable String email, @Size(max = 300) @Nullable String address, @Nullable Boolean noContact,
			@Nullable String foundVia, @Nullable List<String> devices, @Size(max = 2000) @Nullable String note, @Nullable List<String> targetGroups,
			@Nullable Integer version, @Nullable Boolean confirmNew) {

		static PersonForm empty() {
			return new PersonForm("", "", "", null, "", "NOT_GIVEN", "", "nl", "", "", "", false, "", List.of(), "", List.of(), null, false);
		}

		static PersonForm of(PeopleRepository.Person person, List<String> targetGroups) {
			return new PersonForm(person.firstName(), person.lastName(), person.nickname(), person.birthYear(),
					person.birthDate() == null ? "" : person.birthDate().toString(), person.gender(), person.postcode(), person.language(),
					person.phone(), person.email(), person.address(), person.noContact(), person.foundVia(), person.devices(), person.note(),
					targetGroups, person.version(), false);
		}

		public String text(@Nullable String value) {
			return value == null ? "" : value;
		}

		boolean confirmed() {
			return Boolean.TRUE.equals(confirmNew);
		}

		/** The validated, normalised data, or empty after adding field errors. */
		Optional<PersonData> check(Errors errors, Collection<String> servedPostcodes, Set<String> targetGroupCodes, LocalDate today) {
			String first = text(firstName).strip();
			String last = text(lastName).strip();
			String nick = text(nickname).strip();
			name(errors, "firstName", first);
			name(errors, "lastName", last);
			name(errors, "nickname", nick);
			if (first.isEmpty() && nick.isEmpty() && !errors.hasFieldErrors("firstName")) {
				errors.rejectValue("firstName", "people.error.name.required");
			}
			Integer year = birthYear;
			if (year != null && year > today.getYear() && !errors.hasFieldErrors("birthYear")) {
				errors.rejectValue("birthYear", "people.error.birthYear.future");
			}
			LocalDate date = null;
			String typedDate = text(birthDate).strip();
			if (!typedDate.isEmpty() && !errors.hasFieldErrors("birthDate")) {
				try {
					date = LocalDate.parse(typedDate, ISO);
					if (date.isAfter(today)) {
						errors.rejectValue("birthDate", "people.error.birthDate.future");
					} else if (date.getYear() < 1900) {
						errors.rejectValue("birthDate", "people.error.birthDate.invalid");
					} else if (year != null && year != date.getYear()) {
						errors.rejectValue("birthYear", "people.error.birthYear.mismatch");
					} else {
						year = date.getYear();
					}
				} catch (DateTimeException impossible) {
					errors.rejectValue("birthDate", "people.error.birthDate.invalid");
				}
			}
			String code = text(postcode).strip();
			if (!code.isEmpty() && !code.equals(OTHER_POSTCODE) && !servedPostcodes.contains(code)) {
				errors.rejectValue("postcode", "people.error.postcode.unknown");
			}
			String sex = text(gender).isEmpty() ? "NOT_GIVEN" : text(gender);
			if (!GENDERS.contains(sex)) {
				errors.rejectValue("gender", "people.error.choice");
			}
			String lang = text(language).isEmpty() ? "nl" : text(language);
			if (!LANGUAGES.contains(lang)) {
				errors.rejectValue("language", "people.error.choice");
			}
			String typedPhone = text(phone).strip();
			String normalisedPhone = "";
			if (!typedPhone.isEmpty() && !errors.hasFieldErrors("phone")) {
				Optional<String> normal = Phones.normalise(typedPhone);
				if (normal.isEmpty()) {
					errors.rejectValue("phone", "people.error.phone");
				} else {
					normalisedPhone = normal.get();
				}
			}
			String found = text(foundVia);
			if (!found.isEmpty() && !FOUND_VIA.contains(found)) {
				errors.rejectValue("foundVia", "people.error.choice");
			}
			List<String> owned = devices == null ? List.of() : devices.stream().distinct().toList();
			if (!DEVICES.containsAll(owned)) {
				errors.rejectValue("devices", "people.error.choice");
			}
			List<String> groups = targetGroups == null ? List.of() : targetGroups.stream().distinct().toList();
			if (!targetGroupCodes.containsAll(groups)) {
				errors.rejectValue("targetGroups", "people.error.choice");
			}
			plain(errors, "address", text(address));
			plain(errors, "note", text(note));
			if (errors.hasErrors()) {
				return Optional.empty();
			}
			return Optional
					.of(new PersonData(first, last, nick, year, date, sex, code, lang, normalisedPhone, text(email).strip().toLowerCase(Locale.ROOT),
							text(address).strip(), Boolean.TRUE.equals(noContact), found, owned, text(note).strip()));
		}
	}

	static void name(Errors errors, String field, String value) {
		if (!errors.hasFieldErrors(field) && !NAME.matcher(value).matches()) {
			errors.rejectValue(field, "people.error.name.characters");
		}
	}

	static void plain(Errors errors, String field, String value) {
		if (!errors.hasFieldErrors(field) && !PLAIN_TEXT.matcher(value).matches()) {
			errors.rejectValue(field, "people.error.text.markup");
		}
	}

	static @Nullable LocalDate date(Errors errors, String field, @Nullable String typed, boolean required) {
		String text = typed == null ? "" : typed.strip();
		if (text.isEmpty()) {
			if (required) {
				errors.rejectValue(field, "NotBlank");
			}
			return null;
		}
		try {
			return LocalDate.parse(text, ISO);
		} catch (DateTimeException impossible) {
			errors.rejectValue(field, "people.error.date.invalid");
			return null;
		}
	}

	/** An eligibility proof that was shown. */
	public record ProofForm(@Nullable String proofType, @Nullable String proofSeenOn, @Nullable String proofValidUntil) {
		static ProofForm empty(LocalDate today) {
			return new ProofForm("", today.toString(), "");
		}
	}

	/** A decision that overrides the rules; the reason is required. */
	public record OverrideForm(@Nullable String overrideService, @Nullable Boolean overrideEligible, @Size(max = 500) @Nullable String overrideReason,
			@Nullable String overrideValidUntil) {
		static OverrideForm empty() {
			return new OverrideForm("LENDING", true, "", "");
		}
	}

	/** A consent the person gives now. */
	public record ConsentForm(@Nullable String consentPurpose, @Size(max = 200) @Nullable String consentPartner, @Nullable String consentChannel) {
		static ConsentForm empty() {
			return new ConsentForm("", "", "IN_PERSON");
		}
	}

	/** One short form for a referrer. */
	public record ReferralForm(@NotBlank @Size(max = 200) @Nullable String personName, @Size(max = 200) @Nullable String contact,
			@Nullable String postcode, @NotBlank @Size(max = 1000) @Nullable String reason, @Nullable String service) {
		static ReferralForm empty() {
			return new ReferralForm("", "", OTHER_POSTCODE, "", "DEVICE");
		}

		void check(Errors errors, Collection<String> servedPostcodes) {
			name(errors, "personName", personName == null ? "" : personName.strip());
			plain(errors, "contact", contact == null ? "" : contact);
			plain(errors, "reason", reason == null ? "" : reason);
			String code = postcode == null || postcode.isBlank() ? OTHER_POSTCODE : postcode.strip();
			if (!code.equals(OTHER_POSTCODE) && !servedPostcodes.contains(code)) {
				errors.rejectValue("postcode", "people.error.postcode.unknown");
			}
			try {
				ReferralService.valueOf(service == null ? "" : service);
			} catch (IllegalArgumentException unknown) {
				errors.rejectValue("service", "people.error.choice");
			}
		}
	}

	static List<String> splitName(String fullName) {
		String[] words = fullName.strip().split("\\s+", 2);
		List<String> parts = new ArrayList<>(List.of(words));
		while (parts.size() < 2) {
			parts.add("");
		}
		return parts;
	}
}
