package be.digibank.staff;

import be.digibank.audit.AuditAction;
import be.digibank.audit.AuditTrail;
import be.digibank.network.Network;
import be.digibank.network.PartnerSummary;
import be.digibank.shared.ConflictException;
import be.digibank.shared.DigibankId;
import be.digibank.shared.FieldProblem;
import be.digibank.shared.NotFoundException;
import be.digibank.shared.PartnerId;
import be.digibank.shared.StaffAccountId;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.Role;
import be.digibank.staff.web.StaffForms;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a coordinator does with the accounts of their digibank, and what a person does with their own account. Every
 * method takes the digibank it is scoped to; an account of another digibank is not found.
 */
@Service
class StaffAdministration {

	/** The roles a digibank's coordinator may give. */
	static final List<Role> TENANT_ROLES = Arrays.stream(Role.values()).filter(role -> !role.isPlatformWide())
			.toList();

	private static final String RECORD = "StaffAccount";

	private final StaffAccounts accounts;
	private final AccountLinks links;
	private final ApiTokens tokens;
	private final PasswordEncoder passwords;
	private final PasswordPolicy policy;
	private final AuditTrail audit;
	private final Network network;
	private final Clock clock;

	StaffAdministration(StaffAccounts accounts, AccountLinks links, ApiTokens tokens, PasswordEncoder passwords,
			PasswordPolicy policy, AuditTrail audit, Network network, Clock clock) {
		this.accounts = accounts;
		this.links = links;
		this.tokens = tokens;
		this.passwords = passwords;
		this.policy = policy;
		this.audit = audit;
		this.network = network;
		this.clock = clock;
	}

	record Invited(StaffAccountId account, String token) {
	}

	List<StaffAccount> accounts(DigibankId digibank) {
		return accounts.inDigibank(digibank);
	}

	Map<PartnerId, String> partnerNames(DigibankId digibank) {
		return network.partners(digibank).stream()
				.collect(Collectors.toMap(PartnerSummary::id, PartnerSummary::name, (a, b) -> a));
	}

	/** An account of the digibank, or 404. */
	StaffAccount account(DigibankId digibank, String accountId) {
		return StaffAccountId.parse(accountId).flatMap(id -> accounts.findInDigibank(id, digibank))
				.orElseThrow(NotFoundException::new);
	}

	/** Opens an account's details; the view is audited. */
	@Transactional
	StaffAccount view(DigibankId digibank, String accountId) {
		StaffAccount account = account(digibank, accountId);
		audit.record(AuditAction.VIEW, RECORD, account.id(), account.displayName());
		return account;
	}

	@Transactional
	Invited invite(DigibankId digibank, StaffForms.Invite form) {
		Role role = tenantRole(form.role());
		PartnerId partner = partnerOf(digibank, form.partner());
		String email = StaffAccount.normalise(nonNull(form.email()));
		if (accounts.emailTaken(email)) {
			throw new FieldProblem("email", "staff.error.emailTaken");
		}
		StaffAccount account = StaffAccount.invite(digibank, partner, email, nonNull(form.name()), role,
				clock.instant());
		try {
			accounts.insert(account);
		} catch (DuplicateKeyException taken) {
			throw new FieldProblem("email", "staff.error.emailTaken");
		}
		String token = links.create(account.id(), AccountLinks.Purpose.INVITATION);
		audit.record(AuditAction.CREATE, RECORD, account.id(), "invited as " + role.name());
		return new Invited(account.id(), token);
	}

	@Transactional
	void edit(Actor actor, DigibankId digibank, String accountId, StaffForms.Edit form) {
		StaffAccount account = account(digibank, accountId);
		if (form.version() == null || account.version() != form.version()) {
			throw new ConflictException("error.409.concurrent");
		}
		Role role = tenantRole(form.role());
		PartnerId partner = partnerOf(digibank, form.partner());
		if (account.id().equals(actor.accountId()) && account.role() == Role.COORDINATOR
				&& role != Role.COORDINATOR) {
			throw new FieldProblem("role", "staff.error.ownRole");
		}
		String before = account.role().name() + " " + account.partnerId();
		account.assign(nonNull(form.name()), role, partner);
		accounts.update(account);
		audit.record(AuditAction.CHANGE, RECORD, account.id(),
				"name, role, partner: " + before + " -> " + role.name() + " " + partner);
	}

	@Transactional
	void disable(Actor actor, DigibankId digibank, String accountId) {
		StaffAccount account = account(digibank, accountId);
		if (account.id().equals(actor.accountId())) {
			throw new ConflictException("staff.error.disableSelf");
		}
		account.disable();
		accounts.update(account);
		audit.record(AuditAction.CHANGE, RECORD, account.id(), "disabled");
	}

	@Transactional
	void enable(DigibankId digibank, String accountId) {
		StaffAccount account = account(digibank, accountId);
		account.enable();
		accounts.update(account);
		audit.record(AuditAction.CHANGE, RECORD, account.id(), "enabled");
	}

	/** A new one-time link: a reset for an account with a password, a fresh invitation otherwise. */
	@Transactional
	String passwordReset(DigibankId digibank, String accountId) {
		StaffAccount account = account(digibank, accountId);
		if (account.status() == AccountStatus.DISABLED) {
			throw new ConflictException("staff.error.disabled");
		}
		AccountLinks.Purpose purpose = account.passwordHash() == null
				? AccountLinks.Purpose.INVITATION
				: AccountLinks.Purpose.PASSWORD_RESET;
		String token = links.create(account.id(), purpose);
		audit.record(AuditAction.CHANGE, RECORD, account.id(), "new " + purpose.name().toLowerCase() + " link");
		return token;
	}

	@Transactional
	void resetSecondFactor(DigibankId digibank, String accountId) {
		StaffAccount account = account(digibank, accountId);
		account.resetSecondFactor();
		accounts.update(account);
		audit.record(AuditAction.CHANGE, RECORD, account.id(), "second factor removed");
	}

	/** The account behind a usable link, or 404. */
	StaffAccount linkAccount(String token) {
		return links.find(token).flatMap(link -> accounts.find(link.account()))
				.filter(account -> account.status() != AccountStatus.DISABLED).orElseThrow(NotFoundException::new);
	}

	/** Sets the password chosen through a link; only the first use of the link counts. */
	@Transactional
	StaffAccount choosePassword(String token, StaffForms.ChoosePassword form) {
		StaffAccount account = linkAccount(token);
		checkNewPassword(account, nonNull(form.password()), nonNull(form.repeat()));
		if (!links.use(token)) {
			throw new NotFoundException();
		}
		account.choosePassword(passwords.encode(form.password()));
		accounts.update(account);
		audit.record(account.toActor(), account.digibankId(), AuditAction.CHANGE, RECORD, account.id(),
				"password chosen through link");
		return account;
	}

	/** Changes one's own password; other sessions end. Returns the saved account. */
	@Transactional
	StaffAccount changePassword(Actor actor, StaffForms.ChangePassword form) {
		StaffAccount account = accounts.find(actor.accountId()).orElseThrow(NotFoundException::new);
		if (account.passwordHash() == null || !passwords.matches(nonNull(form.current()), account.passwordHash())) {
			throw new FieldProblem("current", "profile.error.current");
		}
		checkNewPassword(account, nonNull(form.password()), nonNull(form.repeat()));
		account.choosePassword(passwords.encode(form.password()));
		accounts.update(account);
		audit.record(AuditAction.CHANGE, RECORD, account.id(), "password changed");
		return accounts.find(account.id()).orElseThrow();
	}

	@Transactional
	void chooseLanguage(Actor actor, String language) {
		StaffAccount account = accounts.find(actor.accountId()).orElseThrow(NotFoundException::new);
		account.chooseLanguage(language);
		accounts.update(account);
		audit.record(AuditAction.CHANGE, RECORD, account.id(), "language " + language);
	}

	StaffAccount own(Actor actor) {
		return accounts.find(actor.accountId()).orElseThrow(NotFoundException::new);
	}

	List<ApiTokens.ApiToken> ownTokens(Actor actor) {
		return tokens.ofAccount(actor.accountId());
	}

	List<ApiTokens.ApiToken> digibankTokens(DigibankId digibank) {
		return tokens.ofDigibank(digibank);
	}

	@Transactional
	String createToken(Actor actor, String name) {
		ApiTokens.Issued issued = tokens.issue(actor.accountId(), actor.digibankId(), name);
		audit.record(AuditAction.CREATE, "ApiToken", issued.id(), name.strip());
		return issued.secret();
	}

	/** Revokes one of the actor's own tokens; someone else's is not found. */
	@Transactional
	void revokeOwnToken(Actor actor, String tokenId) {
		revoke(tokenId, token -> token.account().equals(actor.accountId()));
	}

	/** Revokes any token of the digibank; a token of another digibank is not found. */
	@Transactional
	void revokeDigibankToken(DigibankId digibank, String tokenId) {
		revoke(tokenId, token -> digibank.equals(tokens.digibankOf(token.id())));
	}

	private void revoke(String tokenId, Function<ApiTokens.ApiToken, Boolean> reachable) {
		ApiTokens.ApiToken token = be.digibank.shared.Identifiers.parse(tokenId).flatMap(tokens::find)
				.filter(reachable::apply).orElseThrow(NotFoundException::new);
		tokens.revoke(token.id());
		audit.record(AuditAction.CHANGE, "ApiToken", token.id(), "revoked");
	}

	private void checkNewPassword(StaffAccount account, String password, String repeat) {
		policy.refusal(password, account.email()).ifPresent(key -> {
			throw new FieldProblem("password", key);
		});
		if (!password.equals(repeat)) {
			throw new FieldProblem("repeat", "password.mismatch");
		}
	}

	private static Role tenantRole(@Nullable String value) {
		return TENANT_ROLES.stream().filter(role -> role.name().equals(value)).findFirst()
				.orElseThrow(() -> new FieldProblem("role", "staff.error.role"));
	}

	private @Nullable PartnerId partnerOf(DigibankId digibank, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return PartnerId.parse(value.strip()).flatMap(id -> network.partner(digibank, id)).map(PartnerSummary::id)
				.orElseThrow(() -> new FieldProblem("partner", "staff.error.partner"));
	}

	private static String nonNull(@Nullable String value) {
		return value == null ? "" : value;
	}

	static UUID uuid(StaffAccountId id) {
		return id.value();
	}
}
