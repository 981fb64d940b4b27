package be.digibank.people;

import be.digibank.shared.web.Option;
import be.digibank.shared.web.Ui;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Translated labels of the register's codes, for the templates. */
public final class PeopleText {

	private PeopleText() {
	}

	/** "because …" of a verdict; without the right to see sensitive details the proof type is not named. */
	public static String reason(Ui ui, EligibilityVerdict verdict, boolean sensitive) {
		String proof = verdict.proofType() == null || !sensitive ? "" : " (" + ui.t("people.proofType." + verdict.proofType()) + ")";
		String until = verdict.until() == null ? ui.t("people.proof.noEnd") : ui.t("people.proof.until", ui.date(verdict.until()));
		return ui.t(verdict.reasonKey(), proof, until, verdict.overrideReason() == null ? "" : verdict.overrideReason(),
				verdict.until() == null ? "" : ui.date(verdict.until()));
	}

	public static List<Option> options(Ui ui, String prefix, Collection<String> codes) {
		List<Option> options = new ArrayList<>();
		for (String code : codes) {
			options.add(new Option(code, ui.t(prefix + code)));
		}
		return options;
	}

	public static List<Option> postcodes(Ui ui, Map<String, String> served) {
		List<Option> options = new ArrayList<>();
		served.forEach((postcode, name) -> options.add(new Option(postcode, postcode + " " + name)));
		options.add(new Option(PeopleForms.OTHER_POSTCODE, ui.t("people.postcode.other")));
		return options;
	}

	public static String postcode(Ui ui, String postcode) {
		return PeopleForms.OTHER_POSTCODE.equals(postcode) ? ui.t("people.postcode.other") : postcode;
	}

	public static List<Option> proofTypes(Ui ui, List<PeopleViews.Choice> choices) {
		return choices.stream().map(c -> new Option(c.code(), c.label().isEmpty() ? ui.t("people.proofType." + c.code()) : c.label())).toList();
	}

	public static String choiceLabel(Ui ui, String prefix, PeopleViews.Choice choice) {
		return choice.label().isEmpty() ? ui.t(prefix + choice.code()) : choice.label();
	}

	public static List<String> anonymousServices() {
		return AnonymousContacts.SERVICES;
	}

	public static List<String> anonymousTopics() {
		return AnonymousContacts.TOPICS;
	}

	public static List<String> ageBands() {
		return AnonymousContacts.AGE_BANDS;
	}

	/** Topic labels, comma separated, in the viewer's language. */
	public static String topics(Ui ui, List<String> codes) {
		return String.join(", ", codes.stream().map(code -> ui.t("people.topic." + code)).toList());
	}
}
