package be.digibank.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/** Friendly pages for every error the container sees; never a stack trace. */
@Controller
class ErrorPages implements ErrorController {

	private final MessageSource messages;

	ErrorPages(MessageSource messages) {
		this.messages = messages;
	}

	@RequestMapping("/error")
	String error(HttpServletRequest request, HttpServletResponse response, Model model) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int status = code instanceof Integer number ? number : 500;
		response.setStatus(status);
		model.addAttribute("ui", UiAdvice.Uis.create(messages, request));
		model.addAttribute("status", status);
		model.addAttribute("kind", kind(status));
		return "error/page";
	}

	static String kind(int status) {
		return switch (status) {
			case 400, 403, 404, 405, 409, 413, 429, 503 -> String.valueOf(status);
			default -> status >= 500 ? "500" : "400";
		};
	}

	static String reason(int status) {
		return HttpStatus.valueOf(status).getReasonPhrase();
	}
}
