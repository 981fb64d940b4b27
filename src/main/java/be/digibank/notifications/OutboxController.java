package be.digibank.notifications;

import be.digibank.notifications.NotificationViews.MessageRow;
import be.digibank.shared.Identifiers;
import be.digibank.shared.NotFoundException;
import be.digibank.shared.NoticeChannel;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.CurrentActor;
import be.digibank.shared.web.Flash;
import be.digibank.shared.web.Option;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The outbox overview, retrying a failed message, and the letters to print. */
@Controller
class OutboxController {

	private final NotificationDesk desk;
	private final MessageSource messages;

	OutboxController(NotificationDesk desk, MessageSource messages) {
		this.desk = desk;
		this.messages = messages;
	}

	@GetMapping("/notifications")
	@PreAuthorize("hasAuthority('NOTIFICATION_VIEW')")
	String outbox(@RequestParam(required = false) @Nullable String status, @RequestParam(required = false) @Nullable String channel, Locale locale,
			Model model) {
		Actor actor = CurrentActor.get();
		MessageStatus chosenStatus = parse(MessageStatus.class, status).orElse(null);
		NoticeChannel chosenChannel = parse(NoticeChannel.class, channel).orElse(null);
		model.addAttribute("rows", desk.outbox(actor, chosenStatus, chosenChannel).stream().map(MessageRow::of).toList());
		model.addAttribute("counts", desk.counts(actor));
		model.addAttribute("status", chosenStatus == null ? "" : chosenStatus.name());
		model.addAttribute("channel", chosenChannel == null ? "" : chosenChannel.name());
		model.addAttribute("statuses", Arrays.stream(MessageStatus.values())
				.map(s -> new Option(s.name(), messages.getMessage("notifications.status." + s.name(), null, locale))).toList());
		model.addAttribute("channels", Arrays.stream(NoticeChannel.values())
				.map(c -> new Option(c.name(), messages.getMessage("notifications.channel." + c.name(), null, locale))).toList());
		return "notifications/outbox";
	}

	static <E extends Enum<E>> Optional<E> parse(Class<E> type, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(value)).findFirst();
	}

	@PostMapping("/notifications/{messageId}/retry")
	@PreAuthorize("hasAuthority('NOTIFICATION_HANDLE')")
	String retry(@PathVariable String messageId, Locale locale, RedirectAttributes redirect) {
		desk.retry(CurrentActor.get(), uuid(messageId));
		Flash.show(redirect, messages.getMessage("notifications.retry.done", null, locale));
		return "redirect:/notifications";
	}

	@GetMapping("/notifications/letters")
	@PreAuthorize("hasAuthority('NOTIFICATION_VIEW')")
	String letters(Model model) {
		model.addAttribute("letters", desk.letters(CurrentActor.get()));
		return "notifications/letters";
	}

	@GetMapping("/notifications/letters/batch.pdf")
	@PreAuthorize("hasAuthority('NOTIFICATION_HANDLE')")
	ResponseEntity<byte[]> batch() {
		byte[] pdf = desk.letterBatch(CurrentActor.get());
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("letters.pdf").build().toString()).body(pdf);
	}

	@PostMapping("/notifications/letters/printed")
	@PreAuthorize("hasAuthority('NOTIFICATION_HANDLE')")
	String printed(@RequestParam(name = "letter", required = false) @Nullable List<String> letters, Locale locale, RedirectAttributes redirect) {
		List<UUID> ids = letters == null ? List.of() : letters.stream().map(Identifiers::parse).flatMap(Optional::stream).limit(5000).toList();
		int marked = desk.markPrinted(CurrentActor.get(), ids);
		Flash.show(redirect, messages.getMessage("notifications.letters.marked", new Object[]{marked}, locale));
		return "redirect:/notifications/letters";
	}

	static UUID uuid(String text) {
		return Identifiers.parse(text).orElseThrow(NotFoundException::new);
	}
}
