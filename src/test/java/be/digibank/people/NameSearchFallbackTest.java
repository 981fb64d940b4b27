package be.digibank.people;

import static org.assertj.core.api.Assertions.assertThat;

import be.digibank.DigibankTest;
import be.digibank.TestData;
import be.digibank.shared.DigibankId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * When nobody has a near word for every typed word, the search still finds the person through the dictionary of name
 * words (ADR 012): two typed words that are one in the register, one typed word that is two, or a typed word the person
 * lacks.
 */
@DigibankTest
class NameSearchFallbackTest {

	@Autowired
	TestData data;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	PeopleRepository people;

	@Test
	void twoTypedWordsThatAreOneInTheRegister() {
		DigibankId digibank = data.tenant().digibank();
		UUID fatima = person(digibank, "Fatima", "Elamrani");
		UUID jan = person(digibank, "Jan", "Van den Broeck");
		person(digibank, "Fatima", "Janssens");
		assertThat(search(digibank, "Fatima El Amrani")).startsWith(fatima);
		assertThat(search(digibank, "Jan Vanden Broeck")).startsWith(jan);
		assertThat(search(digibank, "Jan Vandn Broeck")).startsWith(jan);
	}

	@Test
	void oneTypedWordThatIsTwoInTheRegister() {
		DigibankId digibank = data.tenant().digibank();
		UUID mohammed = person(digibank, "Mohammed", "El Amrani");
		person(digibank, "Mohammed", "Benali");
		assertThat(search(digibank, "Mohammed Elamrani")).startsWith(mohammed);
		assertThat(search(digibank, "Mohamed Elamranni")).startsWith(mohammed);
	}

	@Test
	void aTypedWordThePersonLacks() {
		DigibankId digibank = data.tenant().digibank();
		UUID jan = person(digibank, "Jan", "Peeters");
		person(digibank, "Piet", "Peeters");
		assertThat(search(digibank, "Jan Karel Peeters")).startsWith(jan);
		// two typed words of which the person has one: not asked of the index (it would read every Jan); nobody is invented
		assertThat(search(digibank, "Jan Zwartberg")).isEmpty();
	}

	List<UUID> search(DigibankId digibank, String typed) {
		return people.similarNames(digibank, NameKey.of(typed), null, 20, PeopleDesk.SEARCH_THRESHOLD).stream()
				.map(candidate -> candidate.person().id().value()).toList();
	}

	UUID person(DigibankId digibank, String first, String last) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into people.person (id, digibank_id, first_name, last_name, postcode) values (?, ?, ?, ?, '3700')").param(id)
				.param(digibank.value()).param(first).param(last).update();
		return id;
	}
}
