/**
 * Messages to persons: the outbox, the digibank's templates per language, and the channels that deliver them (SMS
 * through an HTTP gateway, e-mail over SMTP, printed letters). Other modules do not call it to send: they publish a
 * {@link be.digibank.shared.PersonNotice} in their own transaction and this module keeps one outbox row per channel.
 * Its public surface is the facade {@link be.digibank.notifications.Notifications} with the read model
 * {@link be.digibank.notifications.SentMessage} and {@link be.digibank.notifications.MessageStatus}.
 */
@NullMarked
package be.digibank.notifications;

import org.jspecify.annotations.NullMarked;
