package be.digibank.shared.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A one-line confirmation shown on the page after a redirect ("Partner saved.").
 */
public final class Flash {

	static final String ATTRIBUTE = "flashMessage";

	private Flash() {
	}

	public static void show(RedirectAttributes redirect, String translatedMessage) {
		redirect.addFlashAttribute(ATTRIBUTE, translatedMessage);
	}
}
