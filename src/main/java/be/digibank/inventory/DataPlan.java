package be.digibank.inventory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/** The data plan of a device: who provides it, its number and allowance, and until when it is valid. */
record DataPlan(DeviceId deviceId, String provider, String phoneNumber, @Nullable BigDecimal dataAllowanceGb, LocalDate validUntil,
		int version) {

	/** How many days before the end a plan is flagged, unless a page asks for another window. */
	static final int WARNING_DAYS = 30;

	DataPlan {
		provider = provider.strip();
		phoneNumber = phoneNumber.strip();
		if (dataAllowanceGb != null && dataAllowanceGb.signum() < 0) {
			throw new IllegalArgumentException("allowance");
		}
	}

	long daysLeft(LocalDate today) {
		return ChronoUnit.DAYS.between(today, validUntil);
	}

	/** Ends within {@code days} from today, or has already ended: someone must renew it or take the SIM out. */
	boolean needsAttention(LocalDate today, int days) {
		return daysLeft(today) <= days;
	}
}
