package be.digibank.home;

import be.digibank.shared.security.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Shows a signed-in person what they can do next. */
@Controller
class HomeController {

	@GetMapping("/")
	@PreAuthorize("hasAuthority('SIGNED_IN')")
	String home(Model model) {
		model.addAttribute("actor", CurrentActor.get());
		return "home/home";
	}
}
