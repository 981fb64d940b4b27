package be.digibank.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language switch in the page header: a form, so that it works without JavaScript and is no GET.
 */
@Controller
class LanguageController {

	private final LocaleResolver locales;

	LanguageController(LocaleResolver locales) {
		this.locales = locales;
	}

	@PostMapping("/language")
	String change(@RequestParam String lang, @RequestParam(defaultValue = "/") String returnTo,
			HttpServletRequest request, HttpServletResponse response) {
		if (Ui.LANGUAGES.contains(lang)) {
			locales.setLocale(request, response, Locale.forLanguageTag(lang));
		}
		return "redirect:" + LocalPath.orHome(returnTo);
	}
}
