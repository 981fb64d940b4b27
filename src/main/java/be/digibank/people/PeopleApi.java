package be.digibank.people;

import be.digibank.people.PeopleForms.PersonForm;
import be.digibank.people.PeopleForms.ReferralForm;
import be.digibank.people.PeopleRepository.PersonData;
import be.digibank.people.PeopleViews.PersonRow;
import be.digibank.people.PeopleViews.PersonView;
import be.digibank.people.PeopleViews.ReferralRow;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
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

/** The register as JSON, with the same permissions, scoping and checks as the pages. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "People", description = "Persons reached by your digibank, their eligibility, and referrals")
class PeopleApi {

	/** The answer to a registration that looks like an existing person: nothing was saved. */
	record PossibleDuplicates(String message, List<PersonRow> suggestions) {
	}

	private final PeopleDesk desk;
	private final ReferralDesk referrals;
	private final Validator validator;

	PeopleApi(PeopleDesk desk, ReferralDesk referrals, Validator validator) {
		this.desk = desk;
		this.referrals = referrals;
		this.validator = validator;
	}

	@GetMapping("/people")
	@PreAuthorize("hasAuthority('PERSON_VIEW')")
	@Operation(summary = "Find people by name (typo-tolerant), mobile number or e-mail address; a birth year narrows")
	public List<PersonRow> search(@RequestParam(defaultValue = "") String q) {
		return desk.search(CurrentActor.get(), q);
	}

	@PostMapping("/people")
	@PreAuthorize("hasAuthority('PERSON_REGISTER')")
	@Operation(summary = "Register a person; answers 409 with suggestions when likely the same person exists, unless confirmNew is true")
	public ResponseEntity<?> register(@RequestBody PersonForm form) {
		Actor actor = CurrentActor.get();
		BindingResult binding = new BeanPropertyBindingResult(form, "person");
		validator.validate(form, binding);
		Optional<PersonData> data = form.check(binding, desk.servedMunicipalities(actor).keySet(), desk.targetGroupCodes(actor), desk.today());
		if (data.isEmpty()) {
			throw new PeopleApiErrors.InvalidInput(binding);
		}
		if (!form.confirmed()) {
			List<PersonRow> suggestions = desk.suggestions(actor, data.get(), null);
			if (!suggestions.isEmpty()) {
				return ResponseEntity.status(HttpStatus.CONFLICT).body(new PossibleDuplicates("possible duplicates", suggestions));
			}
		}
		PersonId id = desk.register(actor, data.get(), form.targetGroups() == null ? List.of() : form.targetGroups());
		return ResponseEntity.created(URI.create("/api/v1/people/" + id)).body(desk.view(actor, id));
	}

	@GetMapping("/people/{personId}")
	@PreAuthorize("hasAuthority('PERSON_VIEW')")
	@Operation(summary = "One person's record, limited to what your role may see (the read is audited)")
	public PersonView person(@PathVariable String personId) {
		return desk.view(CurrentActor.get(), PeopleController.id(personId));
	}

	@GetMapping("/people/{personId}/eligibility")
	@PreAuthorize("hasAuthority('PERSON_VIEW')")
	@Operation(summary = "May this person use the service? yes/no with the reason")
	public EligibilityVerdict eligibility(@PathVariable String personId, @RequestParam(defaultValue = "LENDING") String service) {
		Actor actor = CurrentActor.get();
		PersonId id = PeopleController.id(personId);
		desk.load(actor, id);
		Service asked;
		try {
			asked = Service.valueOf(service);
		} catch (IllegalArgumentException unknown) {
			throw new PeopleApiErrors.InvalidInput("service", "people.error.choice");
		}
		EligibilityVerdict verdict = desk.eligibility(actor.tenant(), id, asked);
		return actor.can(be.digibank.shared.security.Permission.PERSON_SENSITIVE_VIEW)
				? verdict
				: new EligibilityVerdict(verdict.service(), verdict.eligible(), verdict.reasonKey(), null, verdict.until(), verdict.overrideReason());
	}

	@GetMapping("/referrals")
	@PreAuthorize("hasAuthority('REFERRAL_VIEW')")
	@Operation(summary = "Referrals you may see (referrers: only their own)")
	public List<ReferralRow> referrals() {
		return referrals.list(CurrentActor.get());
	}

	@PostMapping("/referrals")
	@PreAuthorize("hasAuthority('REFERRAL_CREATE')")
	@Operation(summary = "Refer a person to the digibank")
	public ResponseEntity<ReferralRow> refer(@RequestBody ReferralForm form) {
		Actor actor = CurrentActor.get();
		BindingResult binding = new BeanPropertyBindingResult(form, "referral");
		validator.validate(form, binding);
		form.check(binding, desk.servedMunicipalities(actor).keySet());
		if (binding.hasErrors()) {
			throw new PeopleApiErrors.InvalidInput(binding);
		}
		UUID id = referrals.create(actor, form);
		return ResponseEntity.created(URI.create("/api/v1/referrals/" + id)).body(referrals.view(actor, id));
	}

}
