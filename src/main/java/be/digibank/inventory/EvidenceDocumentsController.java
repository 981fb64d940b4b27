package be.digibank.inventory;

import be.digibank.shared.NotFoundException;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.CurrentActor;
import be.digibank.shared.web.Flash;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** PDF documents of the device bank: sanitisation certificates and sheets of asset tag labels. */
@Controller
class EvidenceDocumentsController {

	private final Certificates certificates;
	private final DeviceLabels labels;
	private final EvidenceRepository evidence;
	private final DeviceAdministration devices;
	private final DonationAdministration donations;
	private final InventoryLabels messages;

	EvidenceDocumentsController(Certificates certificates, DeviceLabels labels, EvidenceRepository evidence,
			DeviceAdministration devices, DonationAdministration donations, InventoryLabels messages) {
		this.certificates = certificates;
		this.labels = labels;
		this.evidence = evidence;
		this.devices = devices;
		this.donations = donations;
		this.messages = messages;
	}

	@GetMapping("/devices/{deviceId}/certificate.pdf")
	@PreAuthorize("hasAuthority('DEVICE_MANAGE')")
	public ResponseEntity<byte[]> deviceCertificate(@PathVariable String deviceId, Locale locale) {
		DeviceId id = DeviceController.id(deviceId);
		return pdf(certificates.device(CurrentActor.get(), id, locale), "certificate-" + id + ".pdf");
	}

	@GetMapping("/donations/{donationId}/certificate.pdf")
	@PreAuthorize("hasAuthority('DONATION_MANAGE')")
	public ResponseEntity<byte[]> donationCertificate(@PathVariable String donationId, Locale locale) {
		DonationId id = donation(donationId);
		return pdf(certificates.donation(CurrentActor.get(), id, locale), "donation-certificate-" + id + ".pdf");
	}

	@GetMapping("/devices/{deviceId}/label.pdf")
	@PreAuthorize("hasAuthority('DEVICE_MANAGE')")
	public ResponseEntity<byte[]> deviceLabel(@PathVariable String deviceId, @RequestParam(defaultValue = "SINGLE_62X29") String format) {
		Actor actor = CurrentActor.get();
		DeviceId id = devices.existing(actor, DeviceController.id(deviceId));
		return pdf(labels.pdf(evidence.labels(actor.tenant(), List.of(id)), format(format)), "label-" + id + ".pdf");
	}

	@GetMapping("/donations/{donationId}/labels.pdf")
	@PreAuthorize("hasAuthority('DEVICE_MANAGE')")
	public ResponseEntity<byte[]> donationLabels(@PathVariable String donationId, @RequestParam(defaultValue = "A4_3X8") String format) {
		Actor actor = CurrentActor.get();
		DonationId id = donation(donationId);
		donations.details(actor, id);
		return pdf(labels.pdf(evidence.labelsOfDonation(actor.tenant(), id), format(format)), "labels-" + id + ".pdf");
	}

	/** The labels of the devices chosen on a page (several {@code deviceId} parameters). */
	@GetMapping("/devices/labels")
	@PreAuthorize("hasAuthority('DEVICE_MANAGE')")
	public Object chosenLabels(@RequestParam(name = "deviceId", required = false) @Nullable List<String> deviceIds,
			@RequestParam(defaultValue = "A4_3X8") String format, Locale locale, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		List<DeviceId> ids = (deviceIds == null ? List.<String>of() : deviceIds).stream()
				.flatMap(text -> DeviceId.parse(text.strip()).stream()).toList();
		List<DeviceLabels.Label> chosen = ids.isEmpty() ? List.of() : evidence.labels(actor.tenant(), ids);
		if (chosen.isEmpty()) {
			Flash.show(redirect, messages.t("inventory.label.noneChosen", locale));
			return "redirect:/devices";
		}
		return pdf(labels.pdf(chosen, format(format)), "labels.pdf");
	}

	private static LabelFormat format(String text) {
		LabelFormat format = DeviceController.parse(LabelFormat.class, text);
		return format == null ? LabelFormat.A4_3X8 : format;
	}

	private static DonationId donation(String text) {
		return DonationId.parse(text).orElseThrow(NotFoundException::new);
	}

	private static ResponseEntity<byte[]> pdf(byte[] body, String name) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString()).body(body);
	}
}
