package be.digibank.config;

import static java.time.DayOfWeek.*;

import be.digibank.network.LocationId;
import be.digibank.network.LocationKind;
import be.digibank.network.Network;
import be.digibank.network.NewDigibank;
import be.digibank.network.NewLocation;
import be.digibank.network.NewPartner;
import be.digibank.network.PartnerType;
import be.digibank.shared.DigibankId;
import be.digibank.shared.PartnerId;
import be.digibank.shared.security.Role;
import be.digibank.staff.NewStaffAccount;
import be.digibank.staff.StaffDirectory;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode only: a digibank modelled on DIGbij (Tongeren, Borgloon, Heers, Wellen) and a small second one, with an
 * account for every role. Their passwords and second-factor secrets are public (README), so this never runs unless demo
 * mode is switched on explicitly.
 */
@Component
@ConditionalOnBooleanProperty("digibank.demo.enabled")
@Order(0)
class DemoData implements ApplicationRunner {

	static final String PASSWORD = "demo-digibank-2026";
	static final String MAIN_DIGIBANK = "DIGbij";

	/** Account e-mail → role and the base32 second-factor secret shown in the README. */
	record DemoAccount(String email, String name, Role role, String secret) {
	}

	static final List<DemoAccount> ACCOUNTS = List.of(
			new DemoAccount("coordinator@digbij.example", "Griet Coördinator", Role.COORDINATOR, "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXA"),
			new DemoAccount("staff@digbij.example", "Sam Medewerker", Role.STAFF, "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLB"),
			new DemoAccount("volunteer@digbij.example", "Vera Vrijwilliger", Role.VOLUNTEER, "MFRGGZDFMZTWQ2LKMFRGGZDFMZTWQ2LC"),
			new DemoAccount("trainer@digbij.example", "Tom Lesgever", Role.TRAINER, "ONSWG4TFOQYTEMZUONSWG4TFOQYTEMZD"),
			new DemoAccount("technician@digbij.example", "Tina Technicus", Role.TECHNICIAN, "NBSWY3DPO5XXE3DENBSWY3DPO5XXE3DE"),
			new DemoAccount("outreach@digbij.example", "Omar Brugfiguur", Role.OUTREACH_WORKER, "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJF"),
			new DemoAccount("referrer@digbij.example", "Rita Maatschappelijk Werker", Role.REFERRER, "IFBEGRCFIZDUQSKKIFBEGRCFIZDUQSKG"),
			new DemoAccount("coordinator@kempen.example", "Koen Coördinator Kempen", Role.COORDINATOR, "MZXW6YTBOJUWU23MMZXW6YTBOJUWU23H"),
			new DemoAccount("funder@wse.example", "Fien Financier", Role.FUNDER, "GAYTEMZUGU3DOOBZGAYTEMZUGU3DOOBI"),
			new DemoAccount("admin@platform.example", "Pieter Platformbeheer", Role.PLATFORM_ADMIN, "OBWGC5DGN5ZG2YLEOBWGC5DGN5ZG2YLJ"));

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final Network network;
	private final StaffDirectory staff;

	DemoData(Network network, StaffDirectory staff) {
		this.network = network;
		this.staff = staff;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments arguments) {
		if (network.digibankNamed(MAIN_DIGIBANK).isEmpty()) {
			seed();
		}
		announce();
	}

	private void seed() {
		Map<String, String> area = new LinkedHashMap<>();
		area.put("3700", "Tongeren");
		area.put("3840", "Borgloon");
		area.put("3870", "Heers");
		area.put("3830", "Wellen");
		DigibankId digbij = network.startDigibank(new NewDigibank(MAIN_DIGIBANK, "Haspengouw (Limburg)", area));
		network.addFundingProject(digbij, "Digibank 2025–2026", "Departement WSE – Vlaamse Veerkracht", LocalDate.of(2025, 1, 1),
				LocalDate.of(2026, 7, 31));
		PartnerId ocmw = network.addPartner(digbij,
				new NewPartner("OCMW Tongeren", PartnerType.SOCIAL_SERVICES, "digibank@ocmw-tongeren.example", "012 00 00 01"));
		PartnerId library = network.addPartner(digbij,
				new NewPartner("Bibliotheek Borgloon", PartnerType.LIBRARY, "bib@borgloon.example", "012 00 00 02"));
		PartnerId reuse = network.addPartner(digbij,
				new NewPartner("Kringloop Haspengouw", PartnerType.SOCIAL_ECONOMY, "info@kringloop.example", "012 00 00 03"));
		network.addPartner(digbij, new NewPartner("Welzijnsschakel Wellen", PartnerType.WELFARE, "wellen@welzijnsschakel.example", ""));

		LocationId tongeren = network.addLocation(digbij,
				new NewLocation(ocmw, "Digipunt Sociaal Huis Tongeren", LocationKind.FIXED, "Maastrichterstraat 10",
						"3700", "Tongeren", "Gelijkvloers, toegankelijk met rolstoel. Aangepast toilet.", 3));
		slots(digbij, tongeren, TUESDAY, "09:30", "12:00", THURSDAY, "13:30", "16:00");
		LocationId borgloon = network.addLocation(digbij,
				new NewLocation(library, "Digipunt Bibliotheek Borgloon", LocationKind.FIXED, "Speelhofstraat 5",
						"3840", "Borgloon", "Lift naar de eerste verdieping. Ringleiding aan de balie.", 5));
		slots(digbij, borgloon, WEDNESDAY, "14:00", "16:30", SATURDAY, "10:00", "12:00");
		LocationId bike = network.addLocation(digbij, new NewLocation(reuse, "DIGbij e-bakfiets", LocationKind.MOBILE, "Markt", "3870", "Heers",
				"Buiten, op het marktplein. Bij regen in het ontmoetingscentrum.", 4));
		slots(digbij, bike, MONDAY, "10:00", "12:00", FRIDAY, "14:00", "16:00");

		DigibankId kempen = network.startDigibank(new NewDigibank("Digibank Kempen", "Kempen (Antwerpen)", Map.of("2400", "Mol")));
		PartnerId kempenLibrary = network.addPartner(kempen, new NewPartner("Bibliotheek Mol", PartnerType.LIBRARY, "bib@mol.example", ""));
		LocationId mol = network.addLocation(kempen,
				new NewLocation(kempenLibrary, "Digipunt Bibliotheek Mol", LocationKind.FIXED, "Markt 1", "2400", "Mol", "", 2));
		slots(kempen, mol, TUESDAY, "14:00", "16:00", THURSDAY, "14:00", "16:00");

		for (DemoAccount account : ACCOUNTS) {
			DigibankId digibank = account.role().isPlatformWide() ? null : account.email().endsWith("kempen.example") ? kempen : digbij;
			PartnerId partner = account.role().isPlatformWide() ? null : digibank == kempen ? kempenLibrary : switch (account.role()) {
				case REFERRER, COORDINATOR -> ocmw;
				case TECHNICIAN -> reuse;
				default -> library;
			};
			staff.openWithPassword(new NewStaffAccount(digibank, partner, account.email(), account.name(), account.role()), PASSWORD,
					account.secret(), List.of());
		}
	}

	private void slots(DigibankId digibank, LocationId location, DayOfWeek firstDay, String firstStart, String firstEnd, DayOfWeek secondDay,
			String secondStart, String secondEnd) {
		network.addOpeningSlot(digibank, location, firstDay, LocalTime.parse(firstStart), LocalTime.parse(firstEnd));
		network.addOpeningSlot(digibank, location, secondDay, LocalTime.parse(secondStart), LocalTime.parse(secondEnd));
	}

	private static void announce() {
		StringBuilder text = new StringBuilder("\n\n*** DEMO MODE — public demo accounts exist; never use this on real data ***\n");
		text.append("Open http://localhost:8080 and sign in with password '").append(PASSWORD).append("' and a code from an authenticator app:\n");
		for (DemoAccount account : ACCOUNTS) {
			text.append(String.format("  %-28s %-16s 2FA secret %s%n", account.email(), account.role(), account.secret()));
		}
		log.warn(text.toString());
	}
}
