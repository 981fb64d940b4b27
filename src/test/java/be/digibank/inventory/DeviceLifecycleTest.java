package be.digibank.inventory;

import static be.digibank.inventory.DeviceState.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.digibank.shared.DigibankId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The device lifecycle without Spring: every legal move succeeds, every other move is refused with a message key. */
class DeviceLifecycleTest {

	/** The lifecycle as written in docs/adr/011-device-lifecycle.md, independent of the implementation's table. */
	static final Map<DeviceState, Set<DeviceState>> LEGAL = Map.ofEntries(
			Map.entry(RECEIVED, EnumSet.of(SANITISED, IN_REPAIR, RETIRED)),
			Map.entry(SANITISED, EnumSet.of(REFURBISHING, IN_REPAIR, RETIRED)),
			Map.entry(REFURBISHING, EnumSet.of(QUALITY_CHECKED, IN_REPAIR, RETIRED)),
			Map.entry(QUALITY_CHECKED, EnumSet.of(AVAILABLE, REFURBISHING, IN_REPAIR, RETIRED)),
			Map.entry(AVAILABLE, EnumSet.of(RESERVED, ON_LOAN, IN_REPAIR, RETIRED)),
			Map.entry(RESERVED, EnumSet.of(ON_LOAN, AVAILABLE)), Map.entry(ON_LOAN, EnumSet.of(RETURNED, RETIRED, GIVEN_AWAY)),
			Map.entry(RETURNED, EnumSet.of(SANITISED, IN_REPAIR, RETIRED)),
			Map.entry(RETIRED, EnumSet.of(RECYCLED, GIVEN_AWAY, SOLD_FOR_PARTS)),
			Map.entry(RECYCLED, EnumSet.noneOf(DeviceState.class)), Map.entry(GIVEN_AWAY, EnumSet.noneOf(DeviceState.class)),
			Map.entry(SOLD_FOR_PARTS, EnumSet.noneOf(DeviceState.class)));

	static final DigibankId DIGIBANK = DigibankId.random();

	static Device deviceIn(DeviceState state, Triage triage, boolean sanitised) {
		Device.Description description = new Device.Description(DeviceCategory.LAPTOP, "Lenovo", "T480", "SN1",
				Device.Specs.none(), "A", triage, null, null, null, 25000);
		List<Sanitisation> evidence = new ArrayList<>();
		if (sanitised) {
			evidence.add(passed(1, "SSD"));
		}
		return new Device(DeviceId.random(), DIGIBANK, "DB-000001", description, state,
				state == IN_REPAIR ? QUALITY_CHECKED : null, 1, 0, evidence);
	}

	static Sanitisation passed(int cycle, String medium) {
		return new Sanitisation(java.util.UUID.randomUUID(), cycle, medium, Sanitisation.Method.PURGE,
				Sanitisation.Technique.CRYPTO_ERASE, "nwipe", "0.36", "Tech", LocalDate.of(2026, 11, 27),
				Sanitisation.Result.PASSED, "verified", Instant.parse("2026-11-27T10:00:00Z"));
	}

	@ParameterizedTest
	@EnumSource(DeviceState.class)
	void everyLegalMoveSucceedsAndIsReported(DeviceState from) {
		if (from == IN_REPAIR) {
			return; // covered by leavingRepairGoesBackOrToRetirement
		}
		for (DeviceState to : LEGAL.get(from)) {
			Device device = deviceIn(from, Triage.REUSABLE, true);
			Device.Transition transition = device.moveTo(to, to == RECYCLED ? "RCP-1" : null);
			assertThat(transition).isEqualTo(new Device.Transition(from, to, to == RECYCLED ? "RCP-1" : null));
			assertThat(device.state()).isEqualTo(to);
		}
	}

	@ParameterizedTest
	@EnumSource(DeviceState.class)
	void everyOtherMoveIsRefusedAndChangesNothing(DeviceState from) {
		Set<DeviceState> legal = from == IN_REPAIR ? EnumSet.of(QUALITY_CHECKED, RETIRED) : LEGAL.get(from);
		for (DeviceState to : DeviceState.values()) {
			if (legal.contains(to)) {
				continue;
			}
			Device device = deviceIn(from, Triage.REUSABLE, true);
			assertThatThrownBy(() -> device.moveTo(to)).as(from + " → " + to).isInstanceOf(DeviceRuleBroken.class)
					.hasMessage("device.rule.illegalTransition");
			assertThat(device.state()).isEqualTo(from);
		}
	}

	@Test
	void theHappyPathFromIntakeToAvailable() {
		Device device = deviceIn(RECEIVED, Triage.REUSABLE, false);
		device.recordSanitisation("SSD 256 GB", Sanitisation.Method.PURGE, Sanitisation.Technique.SANITIZE_COMMAND, "nwipe",
				"0.36", "Tech", LocalDate.of(2026, 11, 27), Sanitisation.Result.PASSED, "", Instant.now());
		device.markSanitised();
		device.startRefurbishing();
		device.passQualityCheck();
		assertThat(device.makeAvailable()).isEqualTo(new Device.Transition(QUALITY_CHECKED, AVAILABLE));
	}

	@Test
	void availableOrSanitisedNeedsAPassedSanitisation() {
		Device device = deviceIn(QUALITY_CHECKED, Triage.REUSABLE, false);
		assertThatThrownBy(device::makeAvailable).hasMessage("device.rule.sanitisationMissing");
		assertThat(device.state()).isEqualTo(QUALITY_CHECKED);
		Device received = deviceIn(RECEIVED, Triage.REUSABLE, false);
		assertThatThrownBy(received::markSanitised).hasMessage("device.rule.sanitisationMissing");
	}

	@Test
	void aFailedSanitisationIsNoProofAndTheLatestRecordPerMediumCounts() {
		Device device = deviceIn(RECEIVED, Triage.REUSABLE, false);
		device.recordSanitisation("HDD", Sanitisation.Method.CLEAR, Sanitisation.Technique.OVERWRITE, "nwipe", "", "Tech",
				LocalDate.of(2026, 11, 27), Sanitisation.Result.FAILED, "", Instant.parse("2026-11-27T10:00:00Z"));
		assertThat(device.sanitisedThisCycle()).isFalse();
		device.recordSanitisation("hdd", Sanitisation.Method.PURGE, Sanitisation.Technique.BLOCK_ERASE, "nwipe", "", "Tech",
				LocalDate.of(2026, 11, 27), Sanitisation.Result.PASSED, "", Instant.parse("2026-11-27T11:00:00Z"));
		assertThat(device.sanitisedThisCycle()).isTrue();
		device.recordSanitisation("SD card", Sanitisation.Method.CLEAR, Sanitisation.Technique.OVERWRITE, "nwipe", "", "Tech",
				LocalDate.of(2026, 11, 27), Sanitisation.Result.FAILED, "", Instant.parse("2026-11-27T12:00:00Z"));
		assertThat(device.sanitisedThisCycle()).isFalse();
	}

	@Test
	void aReturnedDeviceStartsANewCycleAndNeedsANewSanitisation() {
		Device device = deviceIn(AVAILABLE, Triage.REUSABLE, true);
		device.reserve();
		device.lend();
		device.registerReturn();
		assertThat(device.holderCycle()).isEqualTo(2);
		assertThat(device.sanitisedThisCycle()).isFalse();
		assertThatThrownBy(device::markSanitised).hasMessage("device.rule.sanitisationMissing");
		Sanitisation fresh = device.recordSanitisation("SSD", Sanitisation.Method.PURGE,
				Sanitisation.Technique.CRYPTO_ERASE, "Blancco", "7", "Tech", LocalDate.of(2026, 11, 28),
				Sanitisation.Result.PASSED, "", Instant.now());
		assertThat(fresh.holderCycle()).isEqualTo(2);
		assertThat(device.markSanitised()).isEqualTo(new Device.Transition(RETURNED, SANITISED));
	}

	@Test
	void leavingRepairGoesBackOrToRetirement() {
		Device device = deviceIn(REFURBISHING, Triage.REUSABLE, true);
		device.sendToRepair();
		assertThat(device.stateBeforeRepair()).isEqualTo(REFURBISHING);
		assertThat(device.nextStates()).containsExactlyInAnyOrder(REFURBISHING, RETIRED);
		assertThatThrownBy(() -> device.moveTo(AVAILABLE)).hasMessage("device.rule.illegalTransition");
		assertThat(device.finishRepair()).isEqualTo(new Device.Transition(IN_REPAIR, REFURBISHING));
		assertThat(device.stateBeforeRepair()).isNull();
		Device broken = deviceIn(IN_REPAIR, Triage.REUSABLE, true);
		assertThat(broken.retire()).isEqualTo(new Device.Transition(IN_REPAIR, RETIRED));
	}

	@Test
	void aDeviceNotTriagedReusableIsNeverRefurbishedOrLent() {
		Device parts = deviceIn(SANITISED, Triage.PARTS_ONLY, true);
		assertThatThrownBy(parts::startRefurbishing).hasMessage("device.rule.notReusable");
		Device waste = deviceIn(QUALITY_CHECKED, Triage.E_WASTE, true);
		assertThatThrownBy(waste::makeAvailable).hasMessage("device.rule.notReusable");
		assertThat(deviceIn(RECEIVED, Triage.E_WASTE, false).retire().to()).isEqualTo(RETIRED);
	}

	@Test
	void noSanitisationIsRecordedWhileOnLoanOrAfterRetirement() {
		for (DeviceState state : EnumSet.of(RESERVED, ON_LOAN, RETIRED, RECYCLED, GIVEN_AWAY, SOLD_FOR_PARTS)) {
			Device device = deviceIn(state, Triage.REUSABLE, false);
			assertThatThrownBy(() -> device.recordSanitisation("SSD", Sanitisation.Method.PURGE,
					Sanitisation.Technique.CRYPTO_ERASE, "x", "", "Tech", LocalDate.of(2026, 11, 27),
					Sanitisation.Result.PASSED, "", Instant.now())).hasMessage("device.rule.noSanitisationNow");
		}
	}

	@Test
	void assetTagsAreHumanReadable() {
		assertThat(Device.assetTag(123)).isEqualTo("DB-000123");
		assertThat(Device.assetTag(1_234_567)).isEqualTo("DB-1234567");
	}

	@Test
	void recyclingNeedsTheCollectorsReferenceOfAtMostOneHundredCharacters() {
		Device device = deviceIn(RETIRED, Triage.E_WASTE, false);
		assertThatThrownBy(() -> device.moveTo(RECYCLED)).hasMessage("device.rule.recyclingReferenceMissing");
		assertThatThrownBy(() -> device.moveTo(RECYCLED, "  ")).hasMessage("device.rule.recyclingReferenceMissing");
		assertThatThrownBy(() -> device.moveTo(RECYCLED, "R".repeat(101))).hasMessage("device.rule.recyclingReferenceTooLong");
		assertThat(device.state()).isEqualTo(RETIRED);
		assertThat(device.moveTo(RECYCLED, " RCP-2026-0042 ")).isEqualTo(new Device.Transition(RETIRED, RECYCLED, "RCP-2026-0042"));
		assertThat(deviceIn(RETIRED, Triage.E_WASTE, false).moveTo(GIVEN_AWAY, "ignored").recyclingReference()).isNull();
	}
}
