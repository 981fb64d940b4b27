package be.digibank.people;

import be.digibank.network.Network;
import be.digibank.network.PartnerSummary;
import be.digibank.shared.DigibankId;
import be.digibank.shared.PartnerId;
import be.digibank.shared.StaffAccountId;
import be.digibank.staff.StaffDirectory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode only: a register that looks lived in. Persons of every age, language and target group across the four
 * postcodes of DIGbij, proofs that are valid, about to expire and expired, consents, referrals from the demo referrer,
 * a likely duplicate pair and anonymous contacts of the last weeks. Everything is fictitious (example.org addresses,
 * phone numbers from an unused range). Runs after the digibanks exist and before inventory and lending, which look
 * these persons up by phone number through {@link PeopleRegister}. Written once: a digibank that already has persons is
 * left alone, so restarts on the same database add nothing.
 */
@Component
@ConditionalOnBooleanProperty("digibank.demo.enabled")
@Order(10)
class PeopleDemoData implements ApplicationRunner {

	static final String MAIN_DIGIBANK = "DIGbij";
	static final String SECOND_DIGIBANK = "Digibank Kempen";

	/** A demo person; {@code registeredDaysAgo} spreads registrations over the past months. */
	record DemoPerson(String first, String last, int birthYear, String gender, String postcode, String language, String phone, String email,
			String address, boolean noContact, String targetGroups, String foundVia, String devices, int registeredDaysAgo) {
	}

	static final List<DemoPerson> DIGBIJ = List.of(
			new DemoPerson("Jan", "Peeters", 1948, "MALE", "3700", "nl", "+32470100101", "jan.peeters@example.org", "Luikerstraat 12, 3700 Tongeren",
					false, "SENIOR_ALONE", "LIBRARY", "SMARTPHONE", 160),
			new DemoPerson("Maria", "Janssens", 1956, "FEMALE", "3700", "nl", "+32470100102", "", "Hasseltsesteenweg 4, 3700 Tongeren", false,
					"SENIOR_ALONE,LOW_INCOME", "FRIEND_OR_FAMILY", "SMARTPHONE", 150),
			new DemoPerson("Ahmed", "El Amrani", 1986, "MALE", "3700", "fr", "+32470100103", "ahmed.elamrani@example.org",
					"Sint-Truidersteenweg 88, 3700 Tongeren", false, "JOB_SEEKER", "SOCIAL_WORKER", "SMARTPHONE,MOBILE_DATA", 140),
			new DemoPerson("Sofie", "Claes", 1991, "FEMALE", "3840", "nl", "+32470100104", "sofie.claes@example.org", "Kerkstraat 3, 3840 Borgloon",
					false, "JOB_SEEKER,LOW_INCOME", "PARTNER", "SMARTPHONE", 130),
			new DemoPerson("Luc", "Wouters", 1952, "MALE", "3840", "nl", "", "", "Groenstraat 17, 3840 Borgloon", false, "SENIOR_ALONE,LOW_LITERACY",
					"SOCIAL_WORKER", "NONE", 125),
			new DemoPerson("Olena", "Kovalenko", 1979, "FEMALE", "3700", "uk", "+32470100106", "olena.kovalenko@example.org",
					"Maastrichterstraat 40, 3700 Tongeren", false, "NEWCOMER", "PARTNER", "SMARTPHONE", 120),
			new DemoPerson("Олена", "Коваленко", 1980, "FEMALE", "3870", "uk", "+32470100107", "", "Dorpsstraat 2, 3870 Heers", false,
					"NEWCOMER,JOB_SEEKER", "FRIEND_OR_FAMILY", "SMARTPHONE", 118),
			new DemoPerson("يوسف", "العلوي", 1995, "MALE", "3700", "ar", "+32470100108", "", "Brouwersstraat 9, 3700 Tongeren", false,
					"NEWCOMER,YOUNG_ADULT", "SOCIAL_WORKER", "SMARTPHONE", 115),
			new DemoPerson("Fatima", "Bouzid", 1974, "FEMALE", "3700", "ar", "+32470100109", "fatima.bouzid@example.org",
					"Plinius 21, 3700 Tongeren", false, "LOW_INCOME", "FRIEND_OR_FAMILY", "SMARTPHONE", 110),
			new DemoPerson("Jef", "Vanherck", 1944, "MALE", "3830", "nl", "+3211000110", "", "Stationsstraat 6, 3830 Wellen", false,
					"SENIOR_ALONE", "FLYER_OR_POSTER", "NONE", 105),
			new DemoPerson("Marleen", "Vandersmissen", 1961, "FEMALE", "3830", "nl", "+32470100111", "marleen.vds@example.org",
					"Molenstraat 14, 3830 Wellen", false, "LOW_INCOME", "LIBRARY", "TABLET", 100),
			new DemoPerson("Marleen", "Vandersmisen", 1961, "FEMALE", "3830", "nl", "", "", "Molenstraat 14, 3830 Wellen", false, "", "LIBRARY",
					"", 12),
			new DemoPerson("Kevin", "Hermans", 2005, "MALE", "3870", "nl", "+32470100113", "kevin.hermans@example.org", "Steenweg 33, 3870 Heers",
					false, "YOUNG_ADULT,JOB_SEEKER", "WEBSITE_OR_SOCIAL_MEDIA", "SMARTPHONE", 95),
			new DemoPerson("Chantal", "Lambert", 1968, "FEMALE", "3700", "fr", "+32470100114", "chantal.lambert@example.org",
					"Moerenstraat 5, 3700 Tongeren", false, "DISABILITY", "PARTNER", "COMPUTER", 90),
			new DemoPerson("Emma", "Willems", 1999, "FEMALE", "3840", "en", "+32470100115", "emma.willems@example.org",
					"Tongersesteenweg 70, 3840 Borgloon", false, "YOUNG_ADULT", "WEBSITE_OR_SOCIAL_MEDIA", "SMARTPHONE,INTERNET_AT_HOME", 88),
			new DemoPerson("Paul", "Maes", 1950, "MALE", "3870", "nl", "", "", "Heerstraat 1, 3870 Heers", true, "SENIOR_ALONE", "OTHER", "NONE", 85),
			new DemoPerson("Rosa", "Gielen", 1939, "FEMALE", "3700", "nl", "+3212000117", "", "Begijnhof 8, 3700 Tongeren", false, "SENIOR_ALONE",
					"FRIEND_OR_FAMILY", "NONE", 80),
			new DemoPerson("Dirk", "Jacobs", 1971, "MALE", "3840", "nl", "+32470100118", "dirk.jacobs@example.org",
					"Graaf Lodewijkstraat 2, 3840 Borgloon",
					false, "JOB_SEEKER", "SOCIAL_WORKER", "SMARTPHONE", 75),
			new DemoPerson("Nathalie", "Dubois", 1983, "FEMALE", "3700", "fr", "+32470100119", "", "Clarissenstraat 11, 3700 Tongeren", false,
					"LOW_INCOME,LOW_LITERACY", "SOCIAL_WORKER", "SMARTPHONE", 70),
			new DemoPerson("Tim", "Vandeweyer", 2002, "MALE", "3830", "nl", "+32470100120", "tim.vandeweyer@example.org",
					"Kapelstraat 4, 3830 Wellen",
					false, "YOUNG_ADULT", "FRIEND_OR_FAMILY", "SMARTPHONE", 66),
			new DemoPerson("Annick", "Mertens", 1965, "FEMALE", "3700", "nl", "+32470100121", "annick.mertens@example.org",
					"Vermeulenstraat 15, 3700 Tongeren", false, "", "LIBRARY", "COMPUTER", 62),
			new DemoPerson("Gerda", "Smets", 1947, "FEMALE", "3870", "nl", "+3211000122", "", "Opheers-Dorp 20, 3870 Heers", false, "SENIOR_ALONE",
					"FLYER_OR_POSTER", "NONE", 58),
			new DemoPerson("Mohamed", "Ait Lahcen", 1990, "MALE", "3700", "nl", "+32470100123", "mohamed.aitlahcen@example.org",
					"Elisabethwal 3, 3700 Tongeren", false, "JOB_SEEKER,NEWCOMER", "SOCIAL_WORKER", "SMARTPHONE", 55),
			new DemoPerson("Lisa", "Vanderhoven", 1988, "FEMALE", "3840", "nl", "+32470100124", "lisa.vanderhoven@example.org",
					"Hoogstraat 9, 3840 Borgloon", false, "LOW_INCOME", "PARTNER", "SMARTPHONE", 50),
			new DemoPerson("Jozef", "Bollen", 1942, "MALE", "3830", "nl", "", "", "Dorpsplein 1, 3830 Wellen", true, "SENIOR_ALONE,DISABILITY",
					"SOCIAL_WORKER", "NONE", 47),
			new DemoPerson("Sarah", "Thijs", 1997, "FEMALE", "3700", "en", "+32470100126", "sarah.thijs@example.org",
					"Hemelingenstraat 6, 3700 Tongeren",
					false, "JOB_SEEKER", "WEBSITE_OR_SOCIAL_MEDIA", "SMARTPHONE,MOBILE_DATA", 44),
			new DemoPerson("Eddy", "Coenen", 1958, "MALE", "3870", "nl", "+32470100127", "", "Veldstraat 12, 3870 Heers", false, "LOW_INCOME",
					"FRIEND_OR_FAMILY", "SMARTPHONE", 40),
			new DemoPerson("Marie-Claire", "Renard", 1955, "FEMALE", "3700", "fr", "+32470100128", "mc.renard@example.org",
					"Kielenstraat 19, 3700 Tongeren", false, "SENIOR_ALONE", "LIBRARY", "TABLET", 36),
			new DemoPerson("Bram", "Lenaerts", 2007, "MALE", "3840", "nl", "+32470100129", "bram.lenaerts@example.org", "Bosstraat 30, 3840 Borgloon",
					false, "YOUNG_ADULT", "PARTNER", "SMARTPHONE", 33),
			new DemoPerson("Nadia", "Haddou", 1981, "FEMALE", "3700", "nl", "+32470100130", "nadia.haddou@example.org",
					"Leopoldwal 44, 3700 Tongeren",
					false, "LOW_INCOME,JOB_SEEKER", "SOCIAL_WORKER", "SMARTPHONE", 30),
			new DemoPerson("Hilde", "Vranken", 1963, "FEMALE", "3830", "nl", "+32470100131", "", "Ulbeekstraat 7, 3830 Wellen", false, "DISABILITY",
					"PARTNER", "COMPUTER", 27),
			new DemoPerson("Guido", "Stevens", 1949, "MALE", "3700", "nl", "+3212000132", "guido.stevens@example.org",
					"Looierstraat 2, 3700 Tongeren",
					false, "SENIOR_ALONE", "LIBRARY", "COMPUTER,INTERNET_AT_HOME", 24),
			new DemoPerson("Ilse", "Cuppens", 1976, "FEMALE", "3840", "nl", "+32470100133", "ilse.cuppens@example.org", "Kernstraat 5, 3840 Borgloon",
					false, "LOW_INCOME", "FRIEND_OR_FAMILY", "SMARTPHONE", 21),
			new DemoPerson("John", "Miller", 1985, "MALE", "3700", "en", "+32470100134", "john.miller@example.org", "Riddersstraat 23, 3700 Tongeren",
					false, "NEWCOMER", "WEBSITE_OR_SOCIAL_MEDIA", "SMARTPHONE,COMPUTER", 18),
			new DemoPerson("Yasmine", "Benali", 2001, "FEMALE", "3700", "fr", "+32470100135", "yasmine.benali@example.org",
					"Sint-Catharinastraat 10, 3700 Tongeren", false, "YOUNG_ADULT,LOW_INCOME", "SOCIAL_WORKER", "SMARTPHONE", 15),
			new DemoPerson("Frans", "Ramaekers", 1946, "MALE", "3870", "nl", "+3211000136", "", "Kasteelstraat 3, 3870 Heers", false, "SENIOR_ALONE",
					"FLYER_OR_POSTER", "NONE", 11),
			new DemoPerson("Katrien", "Daniëls", 1973, "FEMALE", "3830", "nl", "+32470100137", "katrien.daniels@example.org",
					"Herenstraat 25, 3830 Wellen", false, "JOB_SEEKER", "LIBRARY", "SMARTPHONE", 8),
			new DemoPerson("Ali", "Yilmaz", 1967, "MALE", "3700", "nl", "+32470100138", "", "Hondsstraat 13, 3700 Tongeren", false, "LOW_LITERACY",
					"FRIEND_OR_FAMILY", "SMARTPHONE", 5),
			new DemoPerson("Nele", "Schoofs", 1994, "FEMALE", "3840", "nl", "+32470100139", "nele.schoofs@example.org",
					"Leemputstraat 8, 3840 Borgloon",
					false, "LOW_INCOME", "PARTNER", "SMARTPHONE", 3),
			new DemoPerson("Walter", "Noelmans", 1938, "MALE", "3830", "nl", "", "", "Grotestraat 50, 3830 Wellen", false,
					"SENIOR_ALONE,LOW_LITERACY",
					"SOCIAL_WORKER", "NONE", 1));

	static final List<DemoPerson> KEMPEN = List.of(
			new DemoPerson("Wim", "Verhoeven", 1959, "MALE", "2400", "nl", "+32470200101", "wim.verhoeven@example.org", "Statiestraat 4, 2400 Mol",
					false, "SENIOR_ALONE", "LIBRARY", "COMPUTER", 60),
			new DemoPerson("Ine", "Goossens", 1987, "FEMALE", "2400", "nl", "+32470200102", "", "Molenweg 11, 2400 Mol", false, "JOB_SEEKER",
					"PARTNER", "SMARTPHONE", 30),
			new DemoPerson("Stan", "Verachtert", 2004, "MALE", "2400", "nl", "+32470200103", "stan.verachtert@example.org", "Kerkstraat 2, 2400 Mol",
					false, "YOUNG_ADULT", "FRIEND_OR_FAMILY", "SMARTPHONE", 10));

	private static final Logger log = LoggerFactory.getLogger(PeopleDemoData.class);

	private final Network network;
	private final StaffDirectory staff;
	private final JdbcClient jdbc;
	private final Clock clock;

	PeopleDemoData(Network network, StaffDirectory staff, JdbcClient jdbc, Clock clock) {
		this.network = network;
		this.staff = staff;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments arguments) {
		network.digibankNamed(MAIN_DIGIBANK).ifPresent(digbij -> {
			if (!hasPersons(digbij.id())) {
				seedMain(digbij.id());
				log.info("Demo: {} persons in {}", DIGBIJ.size(), MAIN_DIGIBANK);
			}
		});
		network.digibankNamed(SECOND_DIGIBANK).ifPresent(kempen -> {
			if (!hasPersons(kempen.id())) {
				UUID registrar = account("coordinator@kempen.example");
				KEMPEN.forEach(person -> register(kempen.id(), person, registrar));
			}
		});
	}

	private boolean hasPersons(DigibankId digibank) {
		return jdbc.sql("select exists (select 1 from people.person where digibank_id = ?)").param(digibank.value()).query(Boolean.class).single();
	}

	private void seedMain(DigibankId digbij) {
		UUID staffer = account("staff@digbij.example");
		UUID volunteer = account("volunteer@digbij.example");
		UUID coordinator = account("coordinator@digbij.example");
		UUID referrer = account("referrer@digbij.example");
		List<UUID> ids = DIGBIJ.stream().map(person -> register(digbij, person, person.registeredDaysAgo() % 2 == 0 ? staffer : volunteer)).toList();
		LocalDate today = LocalDate.now(clock);

		// Proofs of social tariff: most valid for a year, one running out within 30 days, one already expired.
		String[] types = {"INCREASED_REIMBURSEMENT", "SOCIAL_INTEGRATION_INCOME", "UITPAS_REDUCED_RATE", "INCOME_GUARANTEE_ELDERLY"};
		int[] withProof = {0, 1, 2, 3, 5, 8, 10, 13, 17, 18, 22, 23, 28, 29, 32, 34};
		for (int i = 0; i < withProof.length; i++) {
			LocalDate seen = today.minusDays(20 + 7L * i);
			proof(digbij, ids.get(withProof[i]), types[i % types.length], seen, seen.plusYears(1), staffer);
		}
		proof(digbij, ids.get(6), "SOCIAL_INTEGRATION_INCOME", today.minusMonths(11), today.plusDays(12), staffer);
		proof(digbij, ids.get(26), "UITPAS_REDUCED_RATE", today.minusYears(1).minusDays(20), today.minusDays(20), volunteer);

		consent(digbij, ids.get(0), "NEWSLETTER", "", "IN_PERSON", 150, staffer);
		consent(digbij, ids.get(3), "PHOTOS", "", "PAPER", 120, staffer);
		consent(digbij, ids.get(13), "SHARE_WITH_PARTNER", "OCMW Tongeren", "IN_PERSON", 80, staffer);
		consent(digbij, ids.get(27), "SURVEYS", "", "EMAIL", 30, volunteer);

		PartnerId ocmw = network.partners(digbij).stream().filter(partner -> partner.name().equals("OCMW Tongeren")).map(PartnerSummary::id)
				.findFirst()
				.orElse(null);
		Instant now = clock.instant();
		jdbc.sql(
				"""
						insert into people.referral (id, digibank_id, referrer_id, referrer_partner_id, person_name, contact, postcode, reason, service, status,
						                             person_id, decided_by, decided_at, created_at)
						values (?, ?, ?, ?, ?, ?, '3700', ?, 'DEVICE', 'ACCEPTED', ?, ?, ?, ?)
						""")
				.params(UUID.randomUUID(), digbij.value(), referrer, ocmw == null ? null : ocmw.value(), "Nadia Haddou", "+32470100130",
						"Zoekt werk en moet sollicitaties online indienen; heeft thuis geen computer.", ids.get(29), coordinator,
						java.sql.Timestamp.from(now.minus(Duration.ofDays(28))), java.sql.Timestamp.from(now.minus(Duration.ofDays(30))))
				.update();
		jdbc.sql(
				"""
						insert into people.referral (id, digibank_id, referrer_id, referrer_partner_id, person_name, contact, postcode, reason, service, created_at)
						values (?, ?, ?, ?, ?, ?, '3870', ?, 'GUIDANCE', ?)
						""")
				.params(UUID.randomUUID(), digbij.value(), referrer, ocmw == null ? null : ocmw.value(), "Mariette Bosmans", "011 00 01 40",
						"Weduwe sinds kort; haar man deed alle bankzaken online. Heeft hulp nodig met itsme en de bankapp.",
						java.sql.Timestamp.from(now.minus(Duration.ofDays(2))))
				.update();

		PartnerId library = network.partners(digbij).stream().filter(partner -> partner.name().equals("Bibliotheek Borgloon")).map(PartnerSummary::id)
				.findFirst().orElse(null);
		String[][] contacts = {{"GUIDANCE", "ITSME", "FROM_65_TO_79", "FEMALE", "3700"}, {"GUIDANCE", "TAX_ON_WEB", "FROM_50_TO_64", "MALE", "3840"},
				{"GUIDANCE", "EID", "FROM_80", "FEMALE", "3830"}, {"TRAINING", "", "FROM_30_TO_49", "FEMALE", "3700"},
				{"GUIDANCE", "MYPENSION", "FROM_65_TO_79", "MALE", "3870"}, {"GUIDANCE", "ITSME,EID", "FROM_50_TO_64", "NOT_GIVEN", "OTHER"},
				{"LENDING", "", "FROM_18_TO_29", "MALE", "3700"}, {"GUIDANCE", "VDAB", "FROM_30_TO_49", "X", "3840"},
				{"GUIDANCE", "HEALTH_INSURER", "FROM_65_TO_79", "FEMALE", "3700"}, {"GUIDANCE", "CITIZEN_PROFILE", "NOT_GIVEN", "NOT_GIVEN", "3830"}};
		for (int i = 0; i < contacts.length; i++) {
			String[] contact = contacts[i];
			jdbc.sql(
					"""
							insert into people.anonymous_contact (id, digibank_id, partner_id, service, topics, age_band, gender, postcode, declined_registration,
							                                      contacted_on, recorded_by, recorded_at)
							values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
							""")
					.params(UUID.randomUUID(), digbij.value(), library == null ? null : library.value(), contact[0], contact[1], contact[2],
							contact[3],
							contact[4], i % 3 == 0, today.minusDays(2L + 4L * i), volunteer,
							java.sql.Timestamp.from(now.minus(Duration.ofDays(2L + 4L * i))))
					.update();
		}
	}

	private UUID register(DigibankId digibank, DemoPerson person, UUID registrar) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into people.person (id, digibank_id, first_name, last_name, birth_year, gender, postcode, language, phone, email, address,
				                           no_contact, found_via, devices, registered_by, registered_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
				.params(id, digibank.value(), person.first(), person.last(), person.birthYear(), person.gender(), person.postcode(),
						person.language(),
						person.phone(), person.email(), person.address(), person.noContact(), person.foundVia(), person.devices(), registrar,
						java.sql.Timestamp.from(clock.instant().minus(Duration.ofDays(person.registeredDaysAgo()))))
				.update();
		for (String group : person.targetGroups().split(",")) {
			if (!group.isEmpty()) {
				jdbc.sql("insert into people.person_target_group (person_id, code) values (?, ?)").params(id, group).update();
			}
		}
		return id;
	}

	private void proof(DigibankId digibank, UUID person, String type, LocalDate seenOn, LocalDate validUntil, UUID checkedBy) {
		jdbc.sql("""
				insert into people.eligibility_proof (id, digibank_id, person_id, type_code, seen_on, valid_until, checked_by)
				values (?, ?, ?, ?, ?, ?, ?)
				""").params(UUID.randomUUID(), digibank.value(), person, type, seenOn, validUntil, checkedBy).update();
	}

	private void consent(DigibankId digibank, UUID person, String purpose, String partnerName, String channel, int daysAgo, UUID givenBy) {
		jdbc.sql("""
				insert into people.consent (id, digibank_id, person_id, purpose, partner_name, channel, given_at, given_by)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				""").params(UUID.randomUUID(), digibank.value(), person, purpose, partnerName, channel,
				java.sql.Timestamp.from(clock.instant().minus(Duration.ofDays(daysAgo))), givenBy).update();
	}

	private UUID account(String email) {
		@Nullable
		StaffAccountId id = staff.accountWithEmail(email).orElse(null);
		if (id == null) {
			throw new IllegalStateException("Demo account missing: " + email);
		}
		return id.value();
	}
}
