package be.digibank.home;

import be.digibank.shared.security.Actor;
import be.digibank.shared.security.CurrentActor;
import be.digibank.shared.web.NextAction;
import be.digibank.shared.web.NextActions;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Shows a signed-in person what waits for them (from every module) and what they can do next. */
@Controller
class HomeController {

	private final List<NextActions> sources;

	HomeController(List<NextActions> sources) {
		this.sources = sources;
	}

	@GetMapping("/")
	@PreAuthorize("hasAuthority('SIGNED_IN')")
	String home(Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("actor", actor);
		model.addAttribute("waiting", sources.stream().flatMap(source -> source.waitingFor(actor).stream()).filter(action -> action.count() > 0)
				.sorted(Comparator.comparingInt(NextAction::priority).thenComparing(NextAction::messageKey)).toList());
		return "home/home";
	}
}
