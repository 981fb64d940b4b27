package be.digibank.staff;

import be.digibank.audit.AuditAction;
import be.digibank.audit.AuditTrail;
import be.digibank.shared.security.Actor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.OptionalLong;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in pages: e-mail and password, then the one-time code, or setting up the authenticator app.
 */
@Controller
class SignInController {

	private static final String PENDING_SECRET = SignInController.class.getName() + ".secret";
	private static final String FRESH_RECOVERY_CODES = SignInController.class.getName() + ".recoveryCodes";

	private final StaffAccounts accounts;
	private final SecondFactor secondFactor;
	private final RecoveryCodes recoveryCodes;
	private final SecurityContextRepository contexts;
	private final AuditTrail audit;
	private final java.time.Clock clock;

	SignInController(StaffAccounts accounts, SecondFactor secondFactor, RecoveryCodes recoveryCodes,
			SecurityContextRepository contexts, AuditTrail audit, java.time.Clock clock) {
		this.accounts = accounts;
		this.secondFactor = secondFactor;
		this.recoveryCodes = recoveryCodes;
		this.contexts = contexts;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping("/login")
	String login(HttpServletRequest request, Model model) {
		HttpSession session = request.getSession(false);
		Object email = session == null ? null : session.getAttribute(SecurityConfiguration.LOGIN_EMAIL);
		if (session != null) {
			session.removeAttribute(SecurityConfiguration.LOGIN_EMAIL);
		}
		model.addAttribute("email", email == null ? "" : email.toString());
		model.addAttribute("problem",
				request.getParameter("failed") != null
						? "login.failed"
						: request.getParameter("throttled") != null
								? "login.throttled"
								: request.getParameter("ended") != null ? "login.ended" : null);
		model.addAttribute("signedOut", request.getParameter("signedOut") != null);
		return "staff/login";
	}

	@GetMapping("/login/code")
	String code(Model model) {
		model.addAttribute("failed", false);
		return "staff/code";
	}

	@PostMapping("/login/code")
	@Transactional
	String verifyCode(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Actor pending = pendingActor();
		StaffAccount account = accounts.find(pending.accountId()).filter(StaffAccount::isActive).orElseThrow();
		boolean accepted;
		String trimmed = code.strip();
		if (trimmed.contains("-")) {
			accepted = recoveryCodes.use(account.id(), trimmed);
		} else {
			OptionalLong step = secondFactor.matchingStep(account.totpSecret(), trimmed);
			accepted = step.isPresent() && account.useCodeStep(step.getAsLong());
		}
		if (!accepted) {
			audit.record(pending, pending.digibankId(), AuditAction.LOGIN_FAILED, "StaffAccount", account.id(),
					"wrong one-time code");
			model.addAttribute("failed", true);
			response.setStatus(422);
			return "staff/code";
		}
		completeSignIn(account, request, response);
		return "redirect:/";
	}

	@GetMapping("/login/enrol")
	String enrol(HttpSession session, Model model) {
		Actor pending = pendingActor();
		StaffAccount account = accounts.find(pending.accountId()).orElseThrow();
		String secret = (String) session.getAttribute(PENDING_SECRET);
		if (secret == null) {
			secret = secondFactor.newSecret();
			session.setAttribute(PENDING_SECRET, secret);
		}
		return enrolPage(account, secret, false, model);
	}

	@PostMapping("/login/enrol")
	@Transactional
	String confirmEnrolment(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Actor pending = pendingActor();
		StaffAccount account = accounts.find(pending.accountId()).filter(StaffAccount::isActive).orElseThrow();
		HttpSession session = request.getSession();
		String secret = (String) session.getAttribute(PENDING_SECRET);
		OptionalLong step = secret == null ? OptionalLong.empty() : secondFactor.matchingStep(secret, code);
		if (step.isEmpty()) {
			response.setStatus(422);
			return enrolPage(account, secret == null ? secondFactor.newSecret() : secret, true, model);
		}
		account.enrolSecondFactor(secret);
		account.useCodeStep(step.getAsLong());
		List<String> codes = secondFactor.newRecoveryCodes();
		recoveryCodes.replace(account.id(), codes);
		session.removeAttribute(PENDING_SECRET);
		audit.record(pending, pending.digibankId(), AuditAction.CHANGE, "StaffAccount", account.id(),
				"second factor set up");
		completeSignIn(account, request, response);
		request.getSession().setAttribute(FRESH_RECOVERY_CODES, List.copyOf(codes));
		return "redirect:/login/recovery-codes";
	}

	/**
	 * Shows the new recovery codes once, right after the second factor was set up.
	 */
	@GetMapping("/login/recovery-codes")
	String recoveryCodes(HttpSession session, Model model) {
		Object codes = session.getAttribute(FRESH_RECOVERY_CODES);
		session.removeAttribute(FRESH_RECOVERY_CODES);
		if (codes == null) {
			return "redirect:/";
		}
		model.addAttribute("codes", codes);
		return "staff/recoveryCodes";
	}

	private String enrolPage(StaffAccount account, String secret, boolean failed, Model model) {
		model.addAttribute("secret", secret.replaceAll("(.{4})", "$1 ").strip());
		model.addAttribute("qrCode", QrCode.svgDataUri(secondFactor.otpauthUri(secret, account.email())));
		model.addAttribute("failed", failed);
		return "staff/enrol";
	}

	/**
	 * Replaces the half-way authentication by the full one, in a new session id.
	 */
	private void completeSignIn(StaffAccount account, HttpServletRequest request, HttpServletResponse response) {
		account.signedIn(clock.instant());
		accounts.update(account);
		StaffAccount saved = accounts.find(account.id()).orElseThrow();
		Actor actor = saved.toActor();
		Authentication full = UsernamePasswordAuthenticationToken.authenticated(actor, null,
				StaffAccount.signedInAuthorities(saved.role()).stream().map(SimpleGrantedAuthority::new).toList());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(full);
		SecurityContextHolder.setContext(context);
		request.changeSessionId();
		contexts.saveContext(context, request, response);
		audit.record(actor, actor.digibankId(), AuditAction.LOGIN, "StaffAccount", actor.accountId(), "");
	}

	private static Actor pendingActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (Actor) authentication.getPrincipal();
	}

}
