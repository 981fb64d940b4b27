package be.digibank.inventory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The quality checklist of a device category in one digibank, and the judgement of a check against it: every required
 * item must pass (a battery below the item's threshold fails, whatever was ticked); an optional item that fails is
 * recorded but does not send the device to repair.
 */
final class QualityChecklist {

	/** The code of the battery item: its threshold is compared with the measured percentage. */
	static final String BATTERY = "BATTERY";
	static final int DEFAULT_BATTERY_THRESHOLD = 60;

	enum Result {
		PASS, FAIL, NOT_APPLICABLE
	}

	/** One item; a default item has a code (its text is translated), an own item only a label. */
	record Item(UUID id, @Nullable String code, String label, boolean required, @Nullable Integer thresholdPercent,
			int position) {
		boolean isBattery() {
			return BATTERY.equals(code);
		}
	}

	/** What the technician answered for one item. */
	record Answer(Result result, String note) {
		Answer {
			note = note.strip();
		}
	}

	/** One item's result as it is kept: a battery below its threshold is kept as a failure with a note why. */
	record Judged(Item item, Result result, String note, boolean belowThreshold) {
		boolean failsTheCheck() {
			return item.required() && result == Result.FAIL;
		}
	}

	/** The outcome of a check: passed when no required item failed. */
	record Verdict(List<Judged> results) {
		boolean passed() {
			return results.stream().noneMatch(Judged::failsTheCheck);
		}

		List<Judged> failed() {
			return results.stream().filter(Judged::failsTheCheck).toList();
		}
	}

	/** A default item as a digibank's checklist starts with it. */
	record DefaultItem(String code, boolean required) {
	}

	private QualityChecklist() {
	}

	/** The checklist a category starts with; phones and tablets have their own variant, accessories a short one. */
	static List<DefaultItem> defaults(DeviceCategory category) {
		return switch (category) {
			case LAPTOP -> items("BOOTS", "BATTERY", "KEYBOARD", "SCREEN", "WEBCAM", "WIFI", "PORTS", "OS_UPDATED", "SOFTWARE_BROWSER",
					"SOFTWARE_OFFICE", "SOFTWARE_EID", "ACCESSIBILITY_SETTINGS", "ELECTRICAL_SAFETY");
			case DESKTOP -> items("BOOTS", "KEYBOARD", "WIFI", "PORTS", "OS_UPDATED", "SOFTWARE_BROWSER", "SOFTWARE_OFFICE", "SOFTWARE_EID",
					"ACCESSIBILITY_SETTINGS", "ELECTRICAL_SAFETY");
			case TABLET, SMARTPHONE -> items("BOOTS", "BATTERY", "TOUCHSCREEN", "CAMERA", "WIFI", "CHARGING_PORT", "OS_UPDATED",
					"SOFTWARE_BROWSER", "SOFTWARE_EID", "ACCESSIBILITY_SETTINGS", "CHARGER_SAFETY");
			case MONITOR -> items("BOOTS", "SCREEN", "PORTS", "ELECTRICAL_SAFETY");
			case MIFI -> items("BOOTS", "BATTERY", "WIFI", "CHARGER_SAFETY");
			case DATA_SIM -> items("SIM_ACTIVE");
			case ACCESSORY, OTHER -> items("BOOTS", "ELECTRICAL_SAFETY");
		};
	}

	private static List<DefaultItem> items(String... codes) {
		List<DefaultItem> items = new ArrayList<>();
		for (String code : codes) {
			items.add(new DefaultItem(code, true));
		}
		return items;
	}

	/**
	 * What is missing or contradictory in the answers, as field name → message key; empty when the check can be judged.
	 * Every item needs an answer, a required item cannot be "not applicable", and a passed battery needs its measurement.
	 */
	static Map<String, String> problems(List<Item> items, Map<UUID, Answer> answers, @Nullable Integer batteryPercent) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (items.isEmpty()) {
			problems.put("items", "inventory.qc.noItems");
		}
		for (Item item : items) {
			Answer answer = answers.get(item.id());
			if (answer == null) {
				problems.put(field(item), "inventory.qc.answer.missing");
			} else if (item.required() && answer.result() == Result.NOT_APPLICABLE) {
				problems.put(field(item), "inventory.qc.answer.requiredNotApplicable");
			} else if (item.isBattery() && answer.result() == Result.PASS && batteryPercent == null) {
				problems.put("batteryPercent", "inventory.qc.battery.missing");
			}
		}
		if (batteryPercent != null && (batteryPercent < 0 || batteryPercent > 100)) {
			problems.put("batteryPercent", "inventory.qc.battery.range");
		}
		return problems;
	}

	/** Judges complete answers (see {@link #problems}). */
	static Verdict judge(List<Item> items, Map<UUID, Answer> answers, @Nullable Integer batteryPercent) {
		List<Judged> results = new ArrayList<>();
		for (Item item : items) {
			Answer answer = answers.get(item.id());
			if (answer == null) {
				throw new IllegalArgumentException("no answer for " + item.id());
			}
			int threshold = item.thresholdPercent() == null ? DEFAULT_BATTERY_THRESHOLD : item.thresholdPercent();
			boolean below = item.isBattery() && answer.result() != Result.NOT_APPLICABLE && batteryPercent != null
					&& batteryPercent < threshold;
			results.add(new Judged(item, below ? Result.FAIL : answer.result(), answer.note(), below));
		}
		return new Verdict(results);
	}

	static String field(Item item) {
		return "result-" + item.id();
	}
}
