package be.digibank.lending;

import be.digibank.audit.AuditAction;
import be.digibank.audit.AuditTrail;
import be.digibank.network.DigibankSummary;
import be.digibank.network.LocationSummary;
import be.digibank.network.Network;
import be.digibank.shared.NotFoundException;
import be.digibank.shared.PdfDocument;
import be.digibank.shared.security.Actor;
import be.digibank.shared.web.Ui;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The loan agreement as a PDF in the borrower's language (Dutch is authoritative: other languages carry a line saying
 * so), rendered from a JTE template with openhtmltopdf: the device and its serials, the dates, the deposit, the rules
 * in plain language, the goal plan, and the signature drawn on screen or lines to sign on paper.
 */
@Component
class AgreementDocument {

	private final LoanRepository loans;
	private final Network network;
	private final TemplateEngine templates;
	private final MessageSource messages;
	private final AuditTrail audit;

	AgreementDocument(LoanRepository loans, Network network, TemplateEngine templates, MessageSource messages, AuditTrail audit) {
		this.loans = loans;
		this.network = network;
		this.templates = templates;
		this.messages = messages;
		this.audit = audit;
	}

	@Transactional
	public byte[] pdf(Actor actor, LoanId id) {
		Loan loan = loans.findWithSignature(actor.tenant(), id).orElseThrow(NotFoundException::new);
		audit.record(actor, actor.tenant(), AuditAction.EXPORT, LoanDesk.RECORD, id, "agreement " + loan.device().assetTag());
		LocationSummary location = loan.locationId() == null ? null : network.location(actor.tenant(), loan.locationId()).orElse(null);
		String language = LoanDesk.LANGUAGES.contains(loan.handover().language()) ? loan.handover().language() : "nl";
		Loan.Handover h = loan.handover();
		LoanViews.Agreement agreement = new LoanViews.Agreement(language, network.digibank(actor.tenant()).map(DigibankSummary::name).orElse(""),
				location == null ? "" : location.name(), location == null ? "" : (location.postcode() + " " + location.municipality()).strip(),
				loan.borrower().displayName(), loan.borrower().isOrganisation(), loan.borrower().organisationContact(), loan.device().label(),
				loan.device().category().name(), loan.device().assetTag(), loan.device().serial(), loan.device().replacementValueCents(),
				h.accessories(), loan.startsOn(), loan.dueOn(), loan.deposit().cents(), loan.deposit().method().name(), h.goalPlan(),
				h.conditionText(), loan.giftAfterTrack(), h.explained().stream().sorted().toList(), h.signaturePng(), h.signedOnPaper(),
				loan.lentByName());
		Ui ui = new Ui(messages, Locale.forLanguageTag(language), null, null, "", "", null);
		Map<String, Object> model = new HashMap<>();
		model.put("ui", ui);
		model.put("agreement", agreement);
		StringOutput html = new StringOutput();
		templates.render("lending/loans/agreement.jte", model, html);
		return PdfDocument.fromXhtml(html.toString());
	}
}
