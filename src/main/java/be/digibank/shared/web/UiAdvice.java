package be.digibank.shared.web;

import be.digibank.shared.security.CurrentActor;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Puts {@link Ui} into the model of every page. */
@ControllerAdvice
class UiAdvice {

	private final MessageSource messages;

	UiAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ModelAttribute("ui")
	Ui ui(HttpServletRequest request) {
		return Uis.create(messages, request);
	}

	static final class Uis {
		private Uis() {
		}

		static Ui create(MessageSource messages, HttpServletRequest request) {
			Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
			Object message = flash == null ? null : flash.get(Flash.ATTRIBUTE);
			return new Ui(messages, LocaleContextHolder.getLocale(), CurrentActor.find().orElse(null),
					(CsrfToken) request.getAttribute(CsrfToken.class.getName()), SecurityHeaders.nonce(request),
					request.getRequestURI(), message == null ? null : message.toString());
		}
	}
}
