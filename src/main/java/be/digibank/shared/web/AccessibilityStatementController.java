package be.digibank.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The accessibility statement that Flemish public services must publish; public, like the sign-in page. */
@Controller
class AccessibilityStatementController {

	@GetMapping("/accessibility")
	String statement() {
		return "layout/accessibility";
	}
}
