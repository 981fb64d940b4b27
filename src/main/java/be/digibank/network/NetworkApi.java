package be.digibank.network;

import be.digibank.network.NetworkForms.PartnerRequest;
import be.digibank.network.NetworkViews.LocationDetails;
import be.digibank.network.NetworkViews.LocationRow;
import be.digibank.network.NetworkViews.PartnerRow;
import be.digibank.shared.PartnerId;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Partners and help points of the caller's digibank as JSON, with the same permissions as the pages. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Network", description = "Partner organisations and help points of your digibank")
class NetworkApi {

	private final PartnerAdministration partners;
	private final LocationAdministration locations;

	NetworkApi(PartnerAdministration partners, LocationAdministration locations) {
		this.partners = partners;
		this.locations = locations;
	}

	@GetMapping("/partners")
	@PreAuthorize("hasAuthority('PARTNER_VIEW')")
	@Operation(summary = "List the partner organisations of your digibank")
	public List<PartnerRow> partners() {
		return partners.list(CurrentActor.get());
	}

	@GetMapping("/partners/{partnerId}")
	@PreAuthorize("hasAuthority('PARTNER_VIEW')")
	@Operation(summary = "One partner organisation of your digibank")
	public PartnerRow partner(@PathVariable String partnerId) {
		return partners.view(CurrentActor.get(), PartnerController.id(partnerId));
	}

	@PostMapping("/partners")
	@PreAuthorize("hasAuthority('PARTNER_MANAGE')")
	@Operation(summary = "Add a partner organisation to your digibank")
	public ResponseEntity<PartnerRow> addPartner(@Valid @RequestBody PartnerRequest request) {
		Actor actor = CurrentActor.get();
		PartnerId id = partners.register(actor, request.name(), request.type(), request.contactEmail(),
				request.contactPhone());
		return ResponseEntity.created(URI.create("/api/v1/partners/" + id)).body(partners.get(actor, id));
	}

	@GetMapping("/locations")
	@PreAuthorize("hasAuthority('LOCATION_VIEW')")
	@Operation(summary = "List the help points of your digibank, with whether each is open now")
	public List<LocationRow> locations() {
		return locations.list(CurrentActor.get());
	}

	@GetMapping("/locations/{locationId}")
	@PreAuthorize("hasAuthority('LOCATION_VIEW')")
	@Operation(summary = "One help point with its weekly slots, upcoming exceptions and next openings")
	public LocationDetails location(@PathVariable String locationId) {
		return locations.view(CurrentActor.get(), LocationController.id(locationId));
	}
}
