package be.digibank.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The eligibility rule of one service in one digibank, and how it answers for one person on one day. No Spring, no
 * database: the facts are passed in.
 */
final class EligibilityRules {

	/** What a service asks of a person. */
	enum Requirement {
		NOTHING, PROOF, PROOF_OR_REFERRAL
	}

	record Proof(String type, LocalDate seenOn, @Nullable LocalDate validUntil) {
		boolean validOn(LocalDate day) {
			return !seenOn.isAfter(day) && (validUntil == null || !validUntil.isBefore(day));
		}
	}

	record Override(boolean eligible, String reason, Instant decidedAt, @Nullable LocalDate validUntil) {
		boolean activeOn(LocalDate day) {
			return validUntil == null || !validUntil.isBefore(day);
		}
	}

	private EligibilityRules() {
	}

	/** Without a rule of its own a digibank lends only with a valid proof or a referral; the rest is open to all. */
	static Requirement defaultFor(Service service) {
		return service == Service.LENDING ? Requirement.PROOF_OR_REFERRAL : Requirement.NOTHING;
	}

	static EligibilityVerdict decide(Service service, Requirement requirement, List<Proof> proofs, List<ReferralService> acceptedReferrals,
			List<Override> overrides, LocalDate today) {
		Optional<Override> override = overrides.stream().max(Comparator.comparing(Override::decidedAt)).filter(o -> o.activeOn(today));
		if (override.isPresent()) {
			Override decided = override.get();
			return new EligibilityVerdict(service, decided.eligible(),
					"people.eligibility.reason." + (decided.eligible() ? "overrideYes" : "overrideNo"), null, decided.validUntil(), decided.reason());
		}
		if (requirement == Requirement.NOTHING) {
			return EligibilityVerdict.of(service, true, "open");
		}
		Optional<Proof> valid = proofs.stream().filter(p -> p.validOn(today))
				.max(Comparator.comparing((Proof p) -> p.validUntil() == null ? LocalDate.MAX : p.validUntil()));
		if (valid.isPresent()) {
			return new EligibilityVerdict(service, true, "people.eligibility.reason.proof", valid.get().type(), valid.get().validUntil(), null);
		}
		if (requirement == Requirement.PROOF_OR_REFERRAL && acceptedReferrals.stream().anyMatch(service::coveredBy)) {
			return EligibilityVerdict.of(service, true, "referral");
		}
		Optional<Proof> expired = proofs.stream().filter(p -> p.validUntil() != null && p.validUntil().isBefore(today))
				.max(Comparator.comparing(Proof::validUntil));
		if (expired.isPresent()) {
			return new EligibilityVerdict(service, false, "people.eligibility.reason.expired", expired.get().type(), expired.get().validUntil(),
					null);
		}
		return EligibilityVerdict.of(service, false, requirement == Requirement.PROOF ? "missingProof" : "missing");
	}
}
