package be.digibank.network;

import be.digibank.shared.FieldProblem;

import be.digibank.shared.web.ApiErrors.ApiError;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A refusal of the network's JSON API that only the network knows: a name already taken (409, on the field). */
@RestControllerAdvice(assignableTypes = NetworkApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class NetworkApiErrors {

	private final MessageSource messages;

	NetworkApiErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(FieldProblem.class)
	ResponseEntity<ApiError> refused(FieldProblem problem, Locale locale) {
		return ResponseEntity.status(HttpStatus.CONFLICT).body(new ApiError(409, "conflict",
				Map.of(problem.field(), messages.getMessage(problem.messageKey(), null, problem.messageKey(), locale))));
	}
}
