package be.digibank.people;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code digibank.people.retention.*}: when the retention job runs ({@code cron}, Spring's six fields, "-" switches it
 * off) and whether it runs at all.
 */
@ConfigurationProperties("digibank.people.retention")
record RetentionProperties(@DefaultValue("0 30 3 * * *") String cron, @DefaultValue("true") boolean enabled) {
}
