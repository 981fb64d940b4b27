package be.digibank.inventory;

import be.digibank.shared.security.Actor;
import be.digibank.shared.security.CurrentActor;
import be.digibank.shared.security.Permission;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The overview of the device bank: stock per location, category, state and grade; waiting per step; donor impact. */
@Controller
class OverviewController {

	private final DeviceOverview overview;

	OverviewController(DeviceOverview overview) {
		this.overview = overview;
	}

	@GetMapping("/devices/overview")
	@PreAuthorize("hasAuthority('DEVICE_VIEW')")
	public String overview(Model model) {
		Actor actor = CurrentActor.get();
		// donors are the coordinators' business: the impact per donor only for those who manage donations
		model.addAttribute("overview", overview.overview(actor, actor.can(Permission.DONATION_MANAGE)));
		return "inventory/overview";
	}
}
