package be.digibank.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import be.digibank.DatabaseSnapshot;
import be.digibank.DigibankTest;
import be.digibank.Endpoints;
import be.digibank.Endpoints.Endpoint;
import be.digibank.RouteIds;
import be.digibank.TestData;
import be.digibank.TestData.Tenant;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.Permission;
import be.digibank.shared.security.PermissionMatrix;
import be.digibank.shared.security.Role;
import be.digibank.shared.security.SignedIn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.AntPathMatcher;

/**
 * Security tests generated from the routes of the application and {@link PermissionMatrix}: who may call what, IDs of
 * other digibanks and partners, CSRF, GETs that must not change anything, and headers.
 */
@DigibankTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityMatrixTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	ApplicationContext context;
	@Autowired
	TestData data;
	@Autowired
	JdbcClient jdbc;

	List<Endpoint> endpoints;
	Tenant own;
	Tenant other;

	@BeforeAll
	void routes() {
		endpoints = Endpoints.of(context);
		own = data.tenant();
		other = data.tenant();
	}

	static boolean isPublic(Endpoint endpoint) {
		AntPathMatcher matcher = new AntPathMatcher();
		for (String pattern : SecurityConfiguration.PUBLIC_PATHS) {
			if (matcher.match(pattern, endpoint.path()) || matcher.match(pattern, endpoint.path().replaceAll("\\{[^}]+}", "x"))) {
				return true;
			}
		}
		return false;
	}

	/** The sign-in steps have their own authorities; everything else is checked by the matrix. */
	static boolean isSignInStep(Endpoint endpoint) {
		return endpoint.path().startsWith("/login/") || endpoint.path().equals("/logout");
	}

	static boolean allows(Role role, String authority) {
		if (authority == null) {
			return false;
		}
		if (SignedIn.AUTHORITY.equals(authority)) {
			return true;
		}
		return PermissionMatrix.allows(role, Permission.valueOf(authority));
	}

	MockHttpServletResponse call(Endpoint endpoint, String path, Actor actor, boolean withCsrf) throws Exception {
		MockHttpServletRequestBuilder request = request(endpoint.method(), path).with(TestData.as(actor));
		if (withCsrf) {
			request.with(csrf());
		}
		if (endpoint.isApi() && endpoint.method() != HttpMethod.GET) {
			request.contentType("application/json").content("{}");
		}
		return mvc.perform(request).andReturn().getResponse();
	}

	Actor actorFor(Role role) {
		return role.isPlatformWide() ? data.platformActor(role) : own.actor(role);
	}

	@Test
	void everyEndpointIsPublicOrNeedsAKnownPermission() {
		List<String> uncovered = new ArrayList<>();
		for (Endpoint endpoint : endpoints) {
			if (isPublic(endpoint) || isSignInStep(endpoint)) {
				continue;
			}
			String authority = endpoint.authority();
			boolean known = SignedIn.AUTHORITY.equals(authority)
					|| authority != null && java.util.Arrays.stream(Permission.values()).anyMatch(p -> p.name().equals(authority));
			if (!known) {
				uncovered.add(endpoint + " (" + endpoint.handler() + ") requires " + authority);
			}
		}
		assertThat(endpoints).hasSizeGreaterThan(5);
		assertThat(uncovered).as("endpoints neither public nor guarded by a permission").isEmpty();
	}

	@Test
	void everyRoleGetsExactlyWhatTheMatrixGrants() throws Exception {
		List<String> mismatches = new ArrayList<>();
		int checked = 0;
		for (Role role : Role.values()) {
			Actor actor = actorFor(role);
			RouteIds ids = new RouteIds(own, actor, jdbc);
			for (Endpoint endpoint : endpoints) {
				if (isPublic(endpoint) || isSignInStep(endpoint)) {
					continue;
				}
				boolean allowed = allows(role, endpoint.authority());
				int status = call(endpoint, ids.fill(endpoint.path()), actor, true).getStatus();
				checked++;
				if (allowed == (status == 403)) {
					mismatches.add(role + " " + endpoint + " → " + status + " but the matrix says " + (allowed ? "allowed" : "forbidden"));
				}
			}
		}
		assertThat(checked).isGreaterThanOrEqualTo(Role.values().length);
		assertThat(mismatches).isEmpty();
	}

	@Test
	void idsOfAnotherDigibankAreNotFoundAndChangeNothing() throws Exception {
		Actor coordinator = own.coordinator();
		RouteIds foreign = new RouteIds(other, other.coordinator(), jdbc);
		List<String> leaks = new ArrayList<>();
		for (Endpoint endpoint : endpoints) {
			if (!endpoint.hasVariables() || isPublic(endpoint) || !allows(coordinator.role(), endpoint.authority())) {
				continue;
			}
			Map<String, String> before = DatabaseSnapshot.take(jdbc);
			int status = call(endpoint, foreign.fill(endpoint.path()), coordinator, true).getStatus();
			Map<String, String> after = DatabaseSnapshot.take(jdbc);
			if (status != 404) {
				leaks.add(endpoint + " answered " + status + " for another digibank's IDs");
			}
			if (!before.equals(after)) {
				leaks.add(endpoint + " changed data with another digibank's IDs");
			}
		}
		assertThat(leaks).isEmpty();
	}

	@Test
	void locationsOfAnotherPartnerCannotBeManagedByPartnerStaff() throws Exception {
		Actor staffOfB = own.staffOfPartnerB();
		RouteIds ids = new RouteIds(own, staffOfB, jdbc);
		List<String> leaks = new ArrayList<>();
		for (Endpoint endpoint : endpoints) {
			if (!Permission.LOCATION_MANAGE.name().equals(endpoint.authority()) || !endpoint.path().contains("{locationId}")) {
				continue;
			}
			Map<String, String> before = DatabaseSnapshot.take(jdbc);
			int status = call(endpoint, ids.fill(endpoint.path()), staffOfB, true).getStatus();
			if (status != 404 || !before.equals(DatabaseSnapshot.take(jdbc))) {
				leaks.add(endpoint + " answered " + status + " to staff of another partner");
			}
		}
		assertThat(leaks).isEmpty();
	}

	@Test
	void everyStateChangeWithoutCsrfTokenIsRefused() throws Exception {
		Actor coordinator = own.coordinator();
		RouteIds ids = new RouteIds(own, coordinator, jdbc);
		List<String> accepted = new ArrayList<>();
		int posts = 0;
		for (Endpoint endpoint : endpoints) {
			if (endpoint.method() == HttpMethod.GET || endpoint.isApi()) {
				continue;
			}
			posts++;
			Map<String, String> before = DatabaseSnapshot.take(jdbc);
			int status = call(endpoint, ids.fill(endpoint.path()), coordinator, false).getStatus();
			if (status != 403 || !before.equals(DatabaseSnapshot.take(jdbc))) {
				accepted.add(endpoint + " answered " + status + " without a CSRF token");
			}
		}
		assertThat(posts).isPositive();
		assertThat(accepted).isEmpty();
	}

	@Test
	void crawlingEveryPageChangesNothing() throws Exception {
		List<String> changed = new ArrayList<>();
		for (Role role : new Role[]{Role.COORDINATOR, Role.STAFF, Role.PLATFORM_ADMIN}) {
			Actor actor = actorFor(role);
			RouteIds ids = new RouteIds(own, actor, jdbc);
			for (Endpoint endpoint : endpoints) {
				if (endpoint.method() != HttpMethod.GET) {
					continue;
				}
				Map<String, String> before = DatabaseSnapshot.take(jdbc);
				call(endpoint, ids.fill(endpoint.path()), actor, false);
				if (!before.equals(DatabaseSnapshot.take(jdbc))) {
					changed.add(role + " GET " + endpoint.path());
				}
			}
		}
		assertThat(changed).isEmpty();
	}

	@Test
	void everyPageCarriesTheSecurityHeaders() throws Exception {
		Actor coordinator = own.coordinator();
		RouteIds ids = new RouteIds(own, coordinator, jdbc);
		List<String> missing = new ArrayList<>();
		for (Endpoint endpoint : endpoints) {
			if (endpoint.method() != HttpMethod.GET || endpoint.isApi()) {
				continue;
			}
			MockHttpServletResponse response = call(endpoint, ids.fill(endpoint.path()), coordinator, false);
			String csp = response.getHeader("Content-Security-Policy");
			if (csp == null || !csp.contains("script-src 'self' 'nonce-") || !csp.contains("object-src 'none'") || !csp.contains("base-uri 'none'")
					|| !csp.contains("frame-ancestors 'none'")
					|| csp.contains("'unsafe-inline'") && csp.contains("script-src 'self' 'unsafe-inline'")) {
				missing.add(endpoint + " CSP " + csp);
			}
			if (!"nosniff".equals(response.getHeader("X-Content-Type-Options")) || response.getHeader("Referrer-Policy") == null
					|| !"no-store".equals(response.getHeader("Cache-Control"))) {
				missing.add(endpoint + " headers");
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void thePermissionMatrixDocumentIsCurrent() throws Exception {
		String expected = PermissionMatrixDocument.render(endpoints);
		Path document = Path.of("docs/permission-matrix.md");
		if (Boolean.getBoolean("digibank.regenerate")) {
			Files.writeString(document, expected);
		}
		assertThat(document).as("regenerate with ./mvnw test -Dtest=SecurityMatrixTest -Ddigibank.regenerate=true").hasContent(expected);
	}
}
