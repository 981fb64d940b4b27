package be.digibank.network;

import be.digibank.shared.ConflictException;
import be.digibank.shared.NotFoundException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Errors of the network's JSON API as JSON: field errors with 400, unknown records with 404. */
@RestControllerAdvice(assignableTypes = NetworkApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class NetworkApiErrors {

	record ApiError(int status, String message, Map<String, String> errors) {
	}

	private final MessageSource messages;

	NetworkApiErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ApiError> invalid(MethodArgumentNotValidException invalid, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldError error : invalid.getBindingResult().getFieldErrors()) {
			errors.putIfAbsent(error.getField(), messages.getMessage(error, locale));
		}
		return ResponseEntity.badRequest().body(new ApiError(400, "invalid", errors));
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ApiError> unreadable() {
		return ResponseEntity.badRequest().body(new ApiError(400, "unreadable", Map.of()));
	}

	@ExceptionHandler(FieldProblem.class)
	ResponseEntity<ApiError> refused(FieldProblem problem, Locale locale) {
		return ResponseEntity.status(HttpStatus.CONFLICT).body(new ApiError(409, "conflict",
				Map.of(problem.field(), messages.getMessage(problem.messageKey(), null, problem.messageKey(), locale))));
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ApiError> notFound() {
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new ApiError(404, "not found", Map.of()));
	}

	@ExceptionHandler(ConflictException.class)
	ResponseEntity<ApiError> conflict(ConflictException conflict) {
		return ResponseEntity.status(HttpStatus.CONFLICT).body(new ApiError(409, conflict.messageKey(), Map.of()));
	}
}
