package be.digibank.people;

import static org.assertj.core.api.Assertions.assertThat;

import be.digibank.people.EligibilityRules.Override;
import be.digibank.people.EligibilityRules.Proof;
import be.digibank.people.EligibilityRules.Requirement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The eligibility rules answer yes/no with a reason, without Spring. */
class EligibilityRulesTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

	@Test
	void lendingNeedsAProofOrAReferralByDefault() {
		assertThat(EligibilityRules.defaultFor(Service.LENDING)).isEqualTo(Requirement.PROOF_OR_REFERRAL);
		assertThat(EligibilityRules.defaultFor(Service.GUIDANCE)).isEqualTo(Requirement.NOTHING);
		assertThat(EligibilityRules.defaultFor(Service.TRAINING)).isEqualTo(Requirement.NOTHING);
		EligibilityVerdict none = EligibilityRules.decide(Service.LENDING, Requirement.PROOF_OR_REFERRAL, List.of(), List.of(), List.of(), TODAY);
		assertThat(none.eligible()).isFalse();
		assertThat(none.reasonKey()).isEqualTo("people.eligibility.reason.missing");
	}

	@Test
	void aValidProofMakesEligibleAndNamesItsEnd() {
		Proof proof = new Proof("UITPAS_REDUCED_RATE", TODAY.minusMonths(1), TODAY.plusMonths(11));
		EligibilityVerdict verdict = EligibilityRules.decide(Service.LENDING, Requirement.PROOF_OR_REFERRAL, List.of(proof), List.of(), List.of(),
				TODAY);
		assertThat(verdict.eligible()).isTrue();
		assertThat(verdict.reasonKey()).isEqualTo("people.eligibility.reason.proof");
		assertThat(verdict.proofType()).isEqualTo("UITPAS_REDUCED_RATE");
		assertThat(verdict.until()).isEqualTo(TODAY.plusMonths(11));
	}

	@Test
	void anExpiredProofSaysSo() {
		Proof expired = new Proof("SOCIAL_INTEGRATION_INCOME", TODAY.minusYears(2), TODAY.minusDays(1));
		EligibilityVerdict verdict = EligibilityRules.decide(Service.LENDING, Requirement.PROOF, List.of(expired), List.of(), List.of(), TODAY);
		assertThat(verdict.eligible()).isFalse();
		assertThat(verdict.reasonKey()).isEqualTo("people.eligibility.reason.expired");
		assertThat(verdict.until()).isEqualTo(TODAY.minusDays(1));
	}

	@Test
	void aDeviceReferralCountsForLendingOnlyWhenTheRuleAllowsIt() {
		assertThat(
				EligibilityRules.decide(Service.LENDING, Requirement.PROOF_OR_REFERRAL, List.of(), List.of(ReferralService.DEVICE), List.of(), TODAY)
						.reasonKey())
				.isEqualTo("people.eligibility.reason.referral");
		assertThat(
				EligibilityRules.decide(Service.LENDING, Requirement.PROOF, List.of(), List.of(ReferralService.DEVICE), List.of(), TODAY).eligible())
				.isFalse();
		assertThat(EligibilityRules
				.decide(Service.LENDING, Requirement.PROOF_OR_REFERRAL, List.of(), List.of(ReferralService.TRAINING), List.of(), TODAY).eligible())
				.isFalse();
	}

	@Test
	void theLatestActiveOverrideWinsWithItsReason() {
		Proof proof = new Proof("JOB_SEEKER", TODAY.minusDays(3), null);
		Override older = new Override(true, "first decision", Instant.parse("2026-11-01T10:00:00Z"), null);
		Override newer = new Override(false, "device was not returned twice", Instant.parse("2026-11-20T10:00:00Z"), null);
		EligibilityVerdict verdict = EligibilityRules.decide(Service.LENDING, Requirement.PROOF, List.of(proof), List.of(), List.of(older, newer),
				TODAY);
		assertThat(verdict.eligible()).isFalse();
		assertThat(verdict.reasonKey()).isEqualTo("people.eligibility.reason.overrideNo");
		assertThat(verdict.overrideReason()).isEqualTo("device was not returned twice");
	}

	@Test
	void anExpiredOverrideNoLongerCounts() {
		Override expired = new Override(true, "one-off exception", Instant.parse("2026-01-01T10:00:00Z"), TODAY.minusDays(1));
		assertThat(EligibilityRules.decide(Service.LENDING, Requirement.PROOF, List.of(), List.of(), List.of(expired), TODAY).eligible()).isFalse();
	}

	@Test
	void walkInHelpNeedsNothing() {
		EligibilityVerdict verdict = EligibilityRules.decide(Service.GUIDANCE, Requirement.NOTHING, List.of(), List.of(), List.of(), TODAY);
		assertThat(verdict.eligible()).isTrue();
		assertThat(verdict.reasonKey()).isEqualTo("people.eligibility.reason.open");
	}
}
