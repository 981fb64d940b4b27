package be.digibank.shared.web;

import be.digibank.shared.security.Actor;
import java.util.List;

/**
 * A module's answer to "what waits for this person?" for the home page, so that each role starts the day with its own
 * work rather than a menu. Implementations count only what the actor may see and must stay cheap (one indexed count per
 * item): the home page asks every module on every visit.
 */
public interface NextActions {

	List<NextAction> waitingFor(Actor actor);
}
