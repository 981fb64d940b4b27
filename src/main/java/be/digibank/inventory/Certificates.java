package be.digibank.inventory;

import be.digibank.audit.AuditAction;
import be.digibank.audit.AuditTrail;
import be.digibank.inventory.EvidenceViews.CertificateLine;
import be.digibank.inventory.EvidenceViews.DeviceCertificate;
import be.digibank.inventory.EvidenceViews.DonationCertificate;
import be.digibank.inventory.InventoryViews.SanitisationRow;
import be.digibank.network.DigibankSummary;
import be.digibank.network.Network;
import be.digibank.shared.NotFoundException;
import be.digibank.shared.PdfDocument;
import be.digibank.shared.security.Actor;
import be.digibank.shared.web.Ui;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Data sanitisation certificates as PDF: one per device (the evidence of its current holder cycle) and a summary per
 * donation for the donor. Rendered from JTE templates with openhtmltopdf, labels from the message bundle in the
 * requested language; issuing one is written to the audit trail.
 */
@Service
class Certificates {

	private final DeviceRepository devices;
	private final DonationRepository donations;
	private final EvidenceRepository evidence;
	private final Network network;
	private final AuditTrail audit;
	private final TemplateEngine templates;
	private final MessageSource messages;
	private final Clock clock;

	Certificates(DeviceRepository devices, DonationRepository donations, EvidenceRepository evidence, Network network,
			AuditTrail audit, TemplateEngine templates, MessageSource messages, Clock clock) {
		this.devices = devices;
		this.donations = donations;
		this.evidence = evidence;
		this.network = network;
		this.audit = audit;
		this.templates = templates;
		this.messages = messages;
		this.clock = clock;
	}

	/** The certificate of a device; only when its data is proven gone for the current holder cycle. */
	@Transactional
	public byte[] device(Actor actor, DeviceId id, Locale locale) {
		Device device = devices.find(actor.tenant(), id).orElseThrow(NotFoundException::new);
		if (!device.sanitisedThisCycle()) {
			throw new DeviceRuleBroken(DeviceRuleBroken.SANITISATION_MISSING);
		}
		List<SanitisationRow> records = device.sanitisations().stream().filter(s -> s.holderCycle() == device.holderCycle())
				.map(s -> new SanitisationRow(s.holderCycle(), s.medium(), s.method().name(), s.technique().name(), s.tool(),
						s.toolVersion(), s.operatorName(), s.performedOn(), s.result().name(), s.verification()))
				.toList();
		Device.Description d = device.description();
		DeviceCertificate certificate = new DeviceCertificate(digibankName(actor), device.assetTag(), d.category().name(),
				(d.make() + " " + d.model()).strip(), d.serial() == null ? "" : d.serial(), device.holderCycle(), records,
				actor.displayName(), clock.instant());
		audit.record(AuditAction.EXPORT, DeviceAdministration.RECORD, device.id(), device.assetTag() + ": certificate");
		return pdf("inventory/certificate/device.jte", "certificate", certificate, locale);
	}

	/** The summary for the donor of a donation: every device with the sanitisation of the donor's data, e-waste counted. */
	@Transactional
	public byte[] donation(Actor actor, DonationId id, Locale locale) {
		InventoryViews.DonationRow donation = donations.donation(actor.tenant(), id).orElseThrow(NotFoundException::new);
		List<CertificateLine> lines = evidence.certificateLines(actor.tenant(), id);
		long wiped = lines.stream().filter(line -> "PASSED".equals(line.result())).count();
		long eWaste = lines.stream().filter(line -> Triage.E_WASTE.name().equals(line.triage())).count();
		DonationCertificate certificate = new DonationCertificate(digibankName(actor), donation.donorName(), donation.receivedOn(),
				donation.countAnnounced(), donation.countReceived(), lines, wiped, eWaste, actor.displayName(), clock.instant());
		audit.record(AuditAction.EXPORT, "Donation", id, "certificate: " + lines.size() + " devices");
		return pdf("inventory/certificate/donation.jte", "certificate", certificate, locale);
	}

	private String digibankName(Actor actor) {
		return network.digibank(actor.tenant()).map(DigibankSummary::name).orElse("");
	}

	private byte[] pdf(String template, String name, Object certificate, Locale locale) {
		Ui ui = new Ui(messages, locale, null, null, "", "", null);
		StringOutput html = new StringOutput();
		templates.render(template, Map.of("ui", ui, name, certificate), html);
		return PdfDocument.fromXhtml(html.toString());
	}
}
