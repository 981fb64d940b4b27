package be.digibank;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import be.digibank.network.LocationId;
import be.digibank.network.LocationKind;
import be.digibank.network.Network;
import be.digibank.network.NewDigibank;
import be.digibank.network.NewLocation;
import be.digibank.network.NewPartner;
import be.digibank.network.PartnerType;
import be.digibank.shared.DigibankId;
import be.digibank.shared.PartnerId;
import be.digibank.shared.StaffAccountId;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.Permission;
import be.digibank.shared.security.PermissionMatrix;
import be.digibank.shared.security.Role;
import be.digibank.shared.security.SignedIn;
import be.digibank.staff.NewStaffAccount;
import be.digibank.staff.StaffDirectory;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Builds fresh, uniquely named digibanks through the application's own facades, so tests never share data and never
 * depend on demo data.
 */
public class TestData {

	public static final String PASSWORD = "correct horse battery staple";
	/** A valid base32 secret for accounts that sign in with a second factor in tests. */
	public static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

	private final Network network;
	private final StaffDirectory staff;

	TestData(Network network, StaffDirectory staff) {
		this.network = network;
		this.staff = staff;
	}

	/**
	 * A digibank with two partners (A and B), a location of each, and an account for every tenant role at partner A (and a
	 * staff member at partner B).
	 */
	public Tenant tenant() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		DigibankId digibank = network.startDigibank(new NewDigibank("Digibank " + suffix, "Testregio", Map.of("3700", "Tongeren")));
		PartnerId partnerA = network.addPartner(digibank, new NewPartner("Partner A " + suffix, PartnerType.LIBRARY, "", ""));
		PartnerId partnerB = network.addPartner(digibank, new NewPartner("Partner B " + suffix, PartnerType.SOCIAL_SERVICES, "", ""));
		LocationId locationA = network.addLocation(digibank,
				new NewLocation(partnerA, "Digipunt A " + suffix, LocationKind.FIXED, "Markt 1", "3700", "Tongeren", "", 2));
		LocationId locationB = network.addLocation(digibank,
				new NewLocation(partnerB, "Digipunt B " + suffix, LocationKind.MOBILE, "", "3700", "Tongeren", "", 0));
		network.addOpeningSlot(digibank, locationA, DayOfWeek.TUESDAY, LocalTime.of(14, 0), LocalTime.of(16, 30));
		Map<Role, Actor> actors = new EnumMap<>(Role.class);
		for (Role role : Role.values()) {
			if (!role.isPlatformWide()) {
				actors.put(role, account(digibank, partnerA, role, suffix));
			}
		}
		Actor staffOfB = account(digibank, partnerB, Role.STAFF, suffix + "-b");
		return new Tenant(digibank, partnerA, partnerB, locationA, locationB, actors, staffOfB);
	}

	/** A platform-wide account (platform administrator or funder). */
	public Actor platformActor(Role role) {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		return account(null, null, role, suffix);
	}

	private Actor account(DigibankId digibank, PartnerId partner, Role role, String suffix) {
		String email = role.name().toLowerCase() + "-" + suffix + "@test.example";
		StaffAccountId id = staff.openWithPassword(new NewStaffAccount(digibank, partner, email, role.name() + " " + suffix, role), PASSWORD,
				role.requiresSecondFactor() ? SECRET : null, List.of());
		return new Actor(id, role.name() + " " + suffix, role, digibank, partner, 0);
	}

	public static String email(Actor actor) {
		return actor.role().name().toLowerCase() + "-" + actor.displayName().substring(actor.role().name().length() + 1) + "@test.example";
	}

	/** Runs a MockMvc request as a fully signed-in actor. */
	public static RequestPostProcessor as(Actor actor) {
		List<SimpleGrantedAuthority> authorities = new java.util.ArrayList<>();
		authorities.add(new SimpleGrantedAuthority(SignedIn.AUTHORITY));
		for (Permission permission : PermissionMatrix.permissions(actor.role()).keySet()) {
			authorities.add(new SimpleGrantedAuthority(permission.authority()));
		}
		return authentication(UsernamePasswordAuthenticationToken.authenticated(actor, null, authorities));
	}

	public record Tenant(DigibankId digibank, PartnerId partnerA, PartnerId partnerB, LocationId locationA, LocationId locationB,
			Map<Role, Actor> actors,
			Actor staffOfPartnerB) {

		public Actor actor(Role role) {
			return actors.get(role);
		}

		public Actor coordinator() {
			return actors.get(Role.COORDINATOR);
		}
	}
}
