package be.digibank.staff;

import be.digibank.audit.AuditAction;
import be.digibank.audit.AuditTrail;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.Permission;
import be.digibank.shared.security.SignedIn;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * Two chains: the JSON API with personal API tokens and no session, and the web pages with a session, CSRF protection
 * and a second factor. Everything not on the public allow-list needs a fully signed-in actor; each controller method
 * then names the permission it needs.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/**
	 * Pages and files anyone may open; everything else requires sign-in. Tests check this list.
	 */
	static final String[] PUBLIC_PATHS = {"/login", "/accessibility", "/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico",
			"/error", "/language", "/invitation/**", "/actuator/health", "/actuator/health/**", "/v3/api-docs",
			"/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"};

	static final String LOGIN_EMAIL = SecurityConfiguration.class.getName() + ".email";

	@Bean
	PasswordEncoder passwordEncoder() {
		Argon2PasswordEncoder argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
		DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("argon2", Map.of("argon2", argon2));
		encoder.setDefaultPasswordEncoderForMatches(argon2);
		return encoder;
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, StaffAccounts accounts) throws Exception {
		return http.securityMatcher("/api/**")
				.authorizeHttpRequests(requests -> requests.anyRequest().hasAuthority(SignedIn.AUTHORITY))
				.addFilterBefore(new ApiTokenAuthentication(tokens, accounts), BasicAuthenticationFilter.class)
				.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				// API calls carry a bearer token, never a cookie, so cross-site requests cannot
				// ride on a session
				.csrf(csrf -> csrf.disable())
				.exceptionHandling(
						errors -> errors.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
				.headers(headers -> headers.disable()).build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain web(HttpSecurity http, StaffAccounts accounts,
			java.time.Clock clock, SecurityContextRepository contexts, AuditTrail audit) throws Exception {
		return http
				.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PATHS).permitAll()
						.requestMatchers("/login/code").hasAuthority(SignedIn.AWAITING_CODE)
						.requestMatchers("/login/enrol").hasAuthority(SignedIn.AWAITING_ENROLMENT)
						.requestMatchers("/actuator/**").hasAuthority(Permission.OPERATIONS_VIEW.authority())
						.anyRequest().hasAuthority(SignedIn.AUTHORITY))
				.formLogin(form -> form.loginPage("/login").usernameParameter("email").passwordParameter("password")
						.successHandler(afterPassword(clock)).failureHandler(loginFailed()).permitAll())
				.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut")
						.addLogoutHandler((request, response, auth) -> {
							if (auth != null && auth.getPrincipal() instanceof Actor actor) {
								audit.record(actor, actor.digibankId(), AuditAction.LOGOUT, "StaffAccount",
										actor.accountId(), "");
							}
						}).invalidateHttpSession(true).deleteCookies("SESSION", "__Host-SESSION"))
				.securityContext(context -> context.securityContextRepository(contexts))
				.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
				.exceptionHandling(errors -> errors.accessDeniedHandler(pendingStepOrForbidden()))
				.addFilterAfter(new SessionGuard(accounts, clock),
						org.springframework.security.web.context.SecurityContextHolderFilter.class)
				// our own filter writes the security headers (with the CSP nonce) on every
				// response
				.headers(headers -> headers.defaultsDisabled()
						.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true)))
				.build();
	}

	private static AuthenticationSuccessHandler afterPassword(java.time.Clock clock) {
		SavedRequestAwareAuthenticationSuccessHandler home = new SavedRequestAwareAuthenticationSuccessHandler();
		home.setRequestCache(new HttpSessionRequestCache());
		return (request, response, authentication) -> {
			SessionGuard.signedIn(request.getSession(), clock);
			String next = pendingStep(authentication);
			if (next != null) {
				response.sendRedirect(next);
			} else {
				home.onAuthenticationSuccess(request, response, authentication);
			}
		};
	}

	private static AuthenticationFailureHandler loginFailed() {
		return (request, response, exception) -> {
			HttpSession session = request.getSession();
			String email = request.getParameter("email");
			session.setAttribute(LOGIN_EMAIL, email == null ? "" : email.strip());
			response.sendRedirect(exception instanceof org.springframework.security.authentication.LockedException
					? "/login?throttled"
					: "/login?failed");
		};
	}

	/**
	 * Someone between password and code who opens another page is sent back to the step that is due.
	 */
	private static AccessDeniedHandler pendingStepOrForbidden() {
		AccessDeniedHandlerImpl forbidden = new AccessDeniedHandlerImpl();
		return (request, response, denied) -> {
			Authentication authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
					.getAuthentication();
			String next = authentication == null ? null : pendingStep(authentication);
			if (next != null && "GET".equals(request.getMethod())) {
				response.sendRedirect(next);
			} else {
				forbidden.handle(request, response, denied);
			}
		};
	}

	static String pendingStep(Authentication authentication) {
		for (var authority : authentication.getAuthorities()) {
			if (SignedIn.AWAITING_CODE.equals(authority.getAuthority())) {
				return "/login/code";
			}
			if (SignedIn.AWAITING_ENROLMENT.equals(authority.getAuthority())) {
				return "/login/enrol";
			}
		}
		return null;
	}

	static String remoteAddress(HttpServletRequest request) {
		return request.getRemoteAddr();
	}
}
