package be.digibank.notifications;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends plain-text e-mails over SMTP. Spring Boot creates the mail sender only when {@code spring.mail.host} is set;
 * without it e-mails wait in the outbox as not configured.
 */
@Component
class EmailChannel {

	private final ObjectProvider<JavaMailSender> sender;
	private final String from;

	EmailChannel(ObjectProvider<JavaMailSender> sender, NotificationsProperties properties) {
		this.sender = sender;
		this.from = properties.mailFrom();
	}

	boolean configured() {
		return sender.getIfAvailable() != null;
	}

	String from() {
		return from;
	}

	Delivery send(String to, String subject, String text) {
		JavaMailSender mail = sender.getIfAvailable();
		if (mail == null) {
			return Delivery.failed("notifications.reason.notConfigured", "");
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(to);
		message.setSubject(subject);
		message.setText(text);
		try {
			mail.send(message);
			return Delivery.SENT;
		} catch (MailException refused) {
			return Delivery.failed("notifications.reason.mailRefused", refused.getClass().getSimpleName());
		}
	}
}
