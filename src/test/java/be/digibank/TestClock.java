package be.digibank;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** Follows the real time, shifted by what a test added, so that waiting windows can pass without sleeping. */
public class TestClock extends Clock {

	private final ZoneId zone;
	private volatile Duration offset = Duration.ZERO;
	private volatile Instant fixed;

	public TestClock(ZoneId zone) {
		this.zone = zone;
	}

	public void advance(Duration duration) {
		offset = offset.plus(duration);
	}

	/** Stops the clock at an instant, e.g. to test opening hours around a change to summer time. */
	public void stopAt(Instant instant) {
		fixed = instant;
	}

	public void reset() {
		offset = Duration.ZERO;
		fixed = null;
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId other) {
		TestClock clock = new TestClock(other);
		clock.offset = offset;
		clock.fixed = fixed;
		return clock;
	}

	@Override
	public Instant instant() {
		Instant stopped = fixed;
		return stopped != null ? stopped : Instant.now().plus(offset);
	}
}
