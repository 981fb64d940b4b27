package be.digibank.home;

import be.digibank.shared.security.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Shows a signed-in person what they can do next. */
@Controller
class HomeController {

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("actor", CurrentActor.get());
		return "home/home";
	}
}
