package be.digibank.inventory;

import be.digibank.shared.ConflictException;
import be.digibank.shared.NotFoundException;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Errors of the device bank's JSON API as JSON: unknown records with 404, refusals with 409. */
@RestControllerAdvice(assignableTypes = InventoryApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class InventoryApiErrors {

	record ApiError(int status, String message, Map<String, String> errors) {
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
