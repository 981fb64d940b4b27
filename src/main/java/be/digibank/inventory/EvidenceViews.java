package be.digibank.inventory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Read models of the pages for imports, wipe evidence, certificates, labels and overviews; never persistence objects.
 */
public final class EvidenceViews {

	private EvidenceViews() {
	}

	/** One row of an import's error report, translated for the user. */
	public record ProblemRow(int row, String column, String message) {
	}

	/** A column of an import file: its names in English and Dutch, whether it is required, and what it holds. */
	public record ColumnHelp(String names, boolean required, String meaning) {
	}

	/** A device as listed for choosing it (bulk wipe evidence, labels). */
	public record ChoosableDevice(UUID id, String assetTag, String makeModel, String serial, DeviceState state,
			boolean sanitisedThisCycle) {
	}

	/** One device line of a donor's certificate; method and result are empty when the device was not wiped. */
	public record CertificateLine(String assetTag, String category, String makeModel, String serial, String method,
			String result, @Nullable LocalDate performedOn, String triage) {
	}

	/** The data sanitisation certificate of one device: the evidence of its current holder cycle. */
	public record DeviceCertificate(String digibankName, String assetTag, String category, String makeModel, String serial,
			int holderCycle, List<InventoryViews.SanitisationRow> records, String issuedBy, Instant issuedAt) {
	}

	/** The summary certificate for a donor: what was received and what became of the data on it. */
	public record DonationCertificate(String digibankName, String donorName, LocalDate receivedOn, int countAnnounced,
			int countReceived, List<CertificateLine> lines, long wiped, long eWaste, String issuedBy, Instant issuedAt) {
	}

	/** One cell of the stock overview: devices of one location, category, state and grade. */
	public record StockLine(String location, DeviceCategory category, DeviceState state, String grade, long count) {
	}

	/** A device waiting in a step, with the days since it entered its state. */
	public record WaitingDevice(UUID id, String assetTag, String makeModel, DeviceState state, long days) {
	}

	/** A step of the work (to wipe, to refurbish and check, in repair): how many wait and the longest waiting. */
	public record WaitingStep(String step, long count, List<WaitingDevice> longest) {
	}

	/** What became of a donation's devices, with the estimated e-waste and CO2 avoided by their reuse. */
	public record ImpactLine(@Nullable UUID donationId, String donorName, @Nullable LocalDate receivedOn, long received,
			long reusable, long refurbished, long givenOut, long peopleReached, double kilogramsAvoided, double co2Avoided) {
	}

	/** The weight and production emissions assumed for one kind of device. */
	public record FootprintLine(DeviceCategory category, double kilograms, double co2Kilograms) {
	}

	/** The overview page: stock, waiting per step and donor impact. */
	public record Overview(List<StockLine> stock, List<WaitingStep> waiting, List<ImpactLine> impact, ImpactLine total,
			List<FootprintLine> footprints) {
	}
}
