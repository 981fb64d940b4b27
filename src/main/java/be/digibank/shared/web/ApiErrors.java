package be.digibank.shared.web;

import be.digibank.shared.ConflictException;
import be.digibank.shared.NotFoundException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The JSON API's answers to bad input, unknown records and conflicts, the same for every module: field errors with 400,
 * 404 without a hint whether the record exists elsewhere, 409 with the reason. Module advices may add their own
 * exceptions before this one.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
public class ApiErrors {

	/** The body of every API error: status, a short reason, and translated messages per field. */
	public record ApiError(int status, String message, Map<String, String> errors) {
	}

	private final MessageSource messages;

	ApiErrors(MessageSource messages) {
		this.messages = messages;
	}

	/** The translated messages per field of a failed binding, in the order the fields failed. */
	public static Map<String, String> fieldMessages(BindingResult binding, MessageSource messages, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldError error : binding.getFieldErrors()) {
			errors.putIfAbsent(error.getField(), messages.getMessage(error, locale));
		}
		return errors;
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ApiError> invalid(MethodArgumentNotValidException invalid, Locale locale) {
		return ResponseEntity.badRequest().body(new ApiError(400, "invalid", fieldMessages(invalid.getBindingResult(), messages, locale)));
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ApiError> unreadable() {
		return ResponseEntity.badRequest().body(new ApiError(400, "unreadable", Map.of()));
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ApiError> notFound() {
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new ApiError(404, "not found", Map.of()));
	}

	@ExceptionHandler(ConflictException.class)
	ResponseEntity<ApiError> conflict(ConflictException conflict, Locale locale) {
		return ResponseEntity.status(HttpStatus.CONFLICT)
				.body(new ApiError(409, messages.getMessage(conflict.messageKey(), null, conflict.messageKey(), locale), Map.of()));
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<ApiError> concurrent(Locale locale) {
		return ResponseEntity.status(HttpStatus.CONFLICT)
				.body(new ApiError(409, messages.getMessage("error.409.concurrent", null, "conflict", locale), Map.of()));
	}
}
