package be.digibank.shared.web;

import be.digibank.shared.ConflictException;
import be.digibank.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Maps the application's own exceptions to friendly pages with the right status.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class ErrorAdvice {

	private static final Logger log = LoggerFactory.getLogger(ErrorAdvice.class);

	private final MessageSource messages;

	ErrorAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler({NotFoundException.class, NoResourceFoundException.class})
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(HttpServletRequest request, Model model) {
		return page(request, model, 404, null);
	}

	@ExceptionHandler(ConflictException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String conflict(ConflictException conflict, HttpServletRequest request, Model model) {
		return page(request, model, 409, conflict.messageKey());
	}

	@ExceptionHandler({OptimisticLockingFailureException.class, CannotAcquireLockException.class})
	@ResponseStatus(HttpStatus.CONFLICT)
	String concurrent(HttpServletRequest request, Model model) {
		return page(request, model, 409, "error.409.concurrent");
	}

	@ExceptionHandler(DataAccessResourceFailureException.class)
	String databaseAway(DataAccessResourceFailureException failure, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		log.warn("Database unavailable: {}", failure.getMessage());
		response.setStatus(503);
		return page(request, model, 503, null);
	}

	private String page(HttpServletRequest request, Model model, int status, String messageKey) {
		model.addAttribute("ui", UiAdvice.Uis.create(messages, request));
		model.addAttribute("status", status);
		model.addAttribute("kind", ErrorPages.kind(status));
		if (messageKey != null) {
			model.addAttribute("detailKey", messageKey);
		}
		return "error/page";
	}
}
