package be.digibank.lending;

import be.digibank.inventory.DeviceCategory;
import be.digibank.lending.RequestViews.RequestDetails;
import be.digibank.lending.RequestViews.WaitingPage;
import be.digibank.lending.RequestViews.WaitingRow;
import be.digibank.network.LocationId;
import be.digibank.people.PersonId;
import be.digibank.shared.FieldProblem;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.CurrentActor;
import be.digibank.shared.web.ApiErrors;
import be.digibank.shared.web.ApiErrors.ApiError;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Validator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Requests for a device and the waiting list as JSON, with the same permissions and checks as the pages. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Lending requests", description = "Requests for a device and the waiting list of your digibank")
class RequestApi {

	private final RequestDesk requests;
	private final Validator validator;
	private final MessageSource messages;

	RequestApi(RequestDesk requests, Validator validator, MessageSource messages) {
		this.requests = requests;
		this.validator = validator;
		this.messages = messages;
	}

	@GetMapping("/requests")
	@PreAuthorize("hasAuthority('LENDING_REQUEST_VIEW')")
	@Operation(summary = "The waiting list of one kind of device in priority order, with the rules that decided each place; "
			+ "pages of 50 (size up to 200), the total in X-Total-Count, the next and previous pages in Link")
	public ResponseEntity<List<WaitingRow>> waitingList(@RequestParam(defaultValue = "LAPTOP") String category,
			@RequestParam(defaultValue = "1") String page, @RequestParam(defaultValue = "50") String size) {
		DeviceCategory chosen = RequestLabels.category(category);
		DeviceCategory shown = chosen == null ? DeviceCategory.LAPTOP : chosen;
		int perPage = Math.clamp(RequestController.pageNumber(size), 1, MAX_PAGE);
		WaitingPage list = requests.waitingList(CurrentActor.get(), shown, (RequestController.pageNumber(page) - 1) * perPage, perPage);
		List<String> links = new ArrayList<>();
		String address = "/api/v1/requests?category=" + shown.name() + "&size=" + perPage + "&page=";
		if (list.hasNext()) {
			links.add("<" + address + (list.page() + 1) + ">; rel=\"next\"");
		}
		if (list.hasPrevious()) {
			links.add("<" + address + (list.page() - 1) + ">; rel=\"prev\"");
		}
		ResponseEntity.BodyBuilder answer = ResponseEntity.ok().header("X-Total-Count", Integer.toString(list.total()));
		if (!links.isEmpty()) {
			answer = answer.header(HttpHeaders.LINK, String.join(", ", links));
		}
		return answer.body(list.rows());
	}

	/** The largest page of the waiting list the API answers with. */
	static final int MAX_PAGE = 200;

	@GetMapping("/requests/{requestId}")
	@PreAuthorize("hasAuthority('LENDING_REQUEST_VIEW')")
	@Operation(summary = "One request with its place on the waiting list and its offers")
	public RequestDetails request(@PathVariable String requestId) {
		return requests.details(CurrentActor.get(), RequestController.id(requestId));
	}

	@PostMapping("/requests")
	@PreAuthorize("hasAuthority('LENDING_REQUEST_CREATE')")
	@Operation(summary = "Put a person on the waiting list for a kind of device (400 with messages per field when the input is wrong)")
	public ResponseEntity<?> ask(@RequestBody RequestForms.RequestForm form, Locale locale) {
		Actor actor = CurrentActor.get();
		BindingResult result = new BeanPropertyBindingResult(form, "form");
		validator.validate(form, result);
		PersonId person = PersonId.parse(form.personId()).orElse(null);
		if (person == null && !result.hasFieldErrors("personId")) {
			result.rejectValue("personId", "lending.queue.person.unknown");
		}
		LocationId location = form.locationId().isBlank() ? null : LocationId.parse(form.locationId()).orElse(null);
		if (!form.locationId().isBlank() && location == null) {
			result.rejectValue("locationId", "lending.queue.location.unknown");
		}
		if (!result.hasErrors() && person != null) {
			try {
				RequestId id = requests.ask(actor, person, DeviceCategory.valueOf(form.category()), location, Request.Urgency.valueOf(form.urgency()),
						form.note());
				return ResponseEntity.created(URI.create("/api/v1/requests/" + id)).body(requests.details(actor, id));
			} catch (FieldProblem problem) {
				return ResponseEntity.badRequest().body(new ApiError(400, "invalid",
						Map.of(problem.field(), messages.getMessage(problem.messageKey(), null, problem.messageKey(), locale))));
			}
		}
		return ResponseEntity.badRequest().body(new ApiError(400, "invalid", ApiErrors.fieldMessages(result, messages, locale)));
	}
}
