package be.digibank.lending;

import java.util.List;

/**
 * How a digibank orders its waiting lists and holds devices: the priority rules in order, how many days an offer holds
 * a device, and how many days ahead organisations must book a class set (with a warning, or refused).
 */
record WaitingListSettings(List<WaitingList.Rule> rules, int offerHoldDays, int classSetNoticeDays, boolean classSetNoticeRefused, int version) {

	static final WaitingListSettings DEFAULTS = new WaitingListSettings(List.of(WaitingList.Rule.URGENT, WaitingList.Rule.JOB_SEEKER), 3, 7,
			false, -1);

	WaitingListSettings {
		rules = List.copyOf(rules);
	}
}
