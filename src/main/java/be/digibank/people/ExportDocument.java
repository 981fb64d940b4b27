package be.digibank.people;

import be.digibank.shared.PdfDocument;
import be.digibank.shared.web.Ui;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The subject-access export as files: a readable PDF in the person's language (rendered from a JTE template with
 * openhtmltopdf with an embedded font that covers Latin, Cyrillic and Arabic scripts) and a JSON file with the same
 * content.
 */
@Component
class ExportDocument {

	private final TemplateEngine templates;
	private final MessageSource messages;
	private final JsonMapper json;

	ExportDocument(TemplateEngine templates, MessageSource messages, JsonMapper json) {
		this.templates = templates;
		this.messages = messages;
		this.json = json;
	}

	byte[] pdf(PersonExport export) {
		Ui ui = new Ui(messages, Locale.forLanguageTag(export.language()), null, null, "", "", null);
		StringOutput html = new StringOutput();
		templates.render("people/privacy/export.jte", Map.of("ui", ui, "export", export), html);
		return PdfDocument.fromXhtml(html.toString());
	}

	byte[] json(PersonExport export) {
		return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(export);
	}
}
