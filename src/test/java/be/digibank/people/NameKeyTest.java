package be.digibank.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The matching key of names, without Spring. */
class NameKeyTest {

	@Test
	void foldsAccentsAndCase() {
		assertThat(NameKey.of("Zoë", "Müller-Lüdenscheidt", "")).isEqualTo(NameKey.of("zoe", "MULLER LUDENSCHEIDT", ""));
		assertThat(NameKey.fold("Ørsted Łukasz Straße")).isEqualTo("orsted lukasz strasse");
	}

	@Test
	void swappedFirstAndLastNameGiveTheSameKey() {
		assertThat(NameKey.of("Jan", "Peeters", "")).isEqualTo(NameKey.of("Peeters", "Jan", "")).isEqualTo("jan peeters");
	}

	@Test
	void dutchParticlesAreGluedToTheName() {
		assertThat(NameKey.of("Kurt", "Van der Berg", "")).isEqualTo(NameKey.of("Kurt", "Vanderberg", "")).isEqualTo("kurt vanderberg");
		assertThat(NameKey.of("Els", "De Smet", "")).isEqualTo(NameKey.of("Els", "Desmet", ""));
		assertThat(NameKey.of("Karel", "d'Hondt", "")).isEqualTo(NameKey.of("Karel", "Dhondt", ""));
		assertThat(NameKey.of("Jef", "Van den Broeck", "")).isEqualTo("jef vandenbroeck");
	}

	@Test
	void theNicknameCountsOnlyWithoutAName() {
		assertThat(NameKey.of("", "", "Mimi")).isEqualTo("mimi");
		assertThat(NameKey.of("Maria", "", "Mimi")).isEqualTo("maria");
	}

	@Test
	void punctuationAndSpacesDoNotMatter() {
		assertThat(NameKey.of("  Jean-Claude ", " O’Brien.", "")).isEqualTo("brien claude jean o");
	}
}
