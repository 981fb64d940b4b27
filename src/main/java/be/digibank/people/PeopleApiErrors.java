package be.digibank.people;

import be.digibank.shared.web.ApiErrors.ApiError;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The people API's own refusal: input that failed a check of the register (400, per field); the rest is shared. */
@RestControllerAdvice(assignableTypes = PeopleApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PeopleApiErrors {

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

}
