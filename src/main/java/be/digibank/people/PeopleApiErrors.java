package be.digibank.people;

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
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Errors of the people API as JSON: field errors with 400, unknown records with 404, conflicts with 409. */
@RestControllerAdvice(assignableTypes = PeopleApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PeopleApiErrors {

	record ApiError(int status, String message, Map<String, String> errors) {
	}

	/** Input that failed the checks; nothing was saved. */
	static final class InvalidInput extends RuntimeException {
		private final transient BindingResult binding;
		private final String field;
		private final String code;

		InvalidInput(BindingResult binding) {
			super("invalid");
			this.binding = binding;
			this.field = "";
			this.code = "";
		}

		InvalidInput(String field, String code) {
			super("invalid");
			this.binding = null;
			this.field = field;
			this.code = code;
		}
	}

	private final MessageSource messages;

	PeopleApiErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(InvalidInput.class)
	ResponseEntity<ApiError> invalid(InvalidInput invalid, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (invalid.binding == null) {
			errors.put(invalid.field, messages.getMessage(invalid.code, null, invalid.code, locale));
		} else {
			for (FieldError error : invalid.binding.getFieldErrors()) {
				errors.putIfAbsent(error.getField(), messages.getMessage(error, locale));
			}
		}
		return ResponseEntity.badRequest().body(new ApiError(400, "invalid", errors));
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
	ResponseEntity<ApiError> conflict(ConflictException conflict) {
		return ResponseEntity.status(HttpStatus.CONFLICT).body(new ApiError(409, conflict.messageKey(), Map.of()));
	}
}
