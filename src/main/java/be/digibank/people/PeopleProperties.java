package be.digibank.people;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the people register ({@code digibank.people.*}).
 *
 * @param mergeUndoWindow
 *            how long a coordinator may undo a merge of two records (default 30 days)
 * @param duplicatePairsScanned
 *            at most this many candidate pairs are read for the duplicates screen (default 2,000)
 */
@ConfigurationProperties("digibank.people")
record PeopleProperties(@Nullable Duration mergeUndoWindow, @Nullable Integer duplicatePairsScanned) {

	Duration undoWindow() {
		return mergeUndoWindow == null ? Duration.ofDays(30) : mergeUndoWindow;
	}

	int pairsScanned() {
		return duplicatePairsScanned == null ? 2000 : duplicatePairsScanned;
	}
}
