package be.digibank.inventory;

import be.digibank.inventory.EvidenceViews.FootprintLine;
import be.digibank.inventory.EvidenceViews.ImpactLine;
import be.digibank.inventory.EvidenceViews.Overview;
import be.digibank.inventory.EvidenceViews.StockLine;
import be.digibank.inventory.EvidenceViews.WaitingDevice;
import be.digibank.inventory.EvidenceViews.WaitingStep;
import be.digibank.network.LocationSummary;
import be.digibank.network.Network;
import be.digibank.shared.security.Actor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The overviews of the device bank: stock, devices waiting per step with their age, and the donor impact. */
@Service
class DeviceOverview {

	/** The steps where devices wait for a technician, and the states that mean waiting there. */
	enum Step {
		TO_WIPE(DeviceState.RECEIVED, DeviceState.RETURNED), TO_REFURBISH(DeviceState.SANITISED,
				DeviceState.REFURBISHING), IN_REPAIR(DeviceState.IN_REPAIR);

		final List<DeviceState> states;

		Step(DeviceState... states) {
			this.states = List.of(states);
		}
	}

	static final int LONGEST_SHOWN = 10;

	private final OverviewRepository overview;
	private final Network network;
	private final Clock clock;

	DeviceOverview(OverviewRepository overview, Network network, Clock clock) {
		this.overview = overview;
		this.network = network;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<StockLine> stock(Actor actor) {
		Map<UUID, String> locations = network.locations(actor.tenant()).stream()
				.collect(Collectors.toMap(location -> location.id().value(), LocationSummary::name, (a, b) -> a));
		return overview.stock(actor.tenant()).stream()
				.map(cell -> new StockLine(cell.locationId() == null ? "" : locations.getOrDefault(cell.locationId(), ""), cell.category(),
						cell.state(), cell.grade() == null ? "" : cell.grade(), cell.count()))
				.toList();
	}

	@Transactional(readOnly = true)
	public Overview overview(Actor actor, boolean withImpact) {
		Instant now = clock.instant();
		List<WaitingStep> waiting = Arrays.stream(Step.values())
				.map(step -> new WaitingStep(step.name(), overview.count(actor.tenant(), step.states),
						overview.longestWaiting(actor.tenant(), step.states, LONGEST_SHOWN).stream()
								.map(w -> new WaitingDevice(w.id(), w.assetTag(), w.makeModel(), w.state(),
										Math.max(0, Duration.between(w.since(), now).toDays())))
								.toList()))
				.toList();
		List<ImpactLine> impact = withImpact ? impact(actor) : List.of();
		ImpactLine total = new ImpactLine(null, "", null, impact.stream().mapToLong(ImpactLine::received).sum(),
				impact.stream().mapToLong(ImpactLine::reusable).sum(), impact.stream().mapToLong(ImpactLine::refurbished).sum(),
				impact.stream().mapToLong(ImpactLine::givenOut).sum(), impact.stream().mapToLong(ImpactLine::peopleReached).sum(),
				impact.stream().mapToDouble(ImpactLine::kilogramsAvoided).sum(), impact.stream().mapToDouble(ImpactLine::co2Avoided).sum());
		List<FootprintLine> footprints = Arrays.stream(DeviceCategory.values())
				.map(category -> new FootprintLine(category, DeviceFootprint.of(category).kilograms(),
						DeviceFootprint.of(category).co2Kilograms()))
				.toList();
		return new Overview(stock(actor), waiting, impact, total, footprints);
	}

	/** Per donation: the way from received to given out, and what the reuse of the given-out devices avoided. */
	List<ImpactLine> impact(Actor actor) {
		Map<UUID, Long> people = overview.peopleReached(actor.tenant());
		Map<UUID, List<OverviewRepository.ImpactCell>> byDonation = new LinkedHashMap<>();
		for (OverviewRepository.ImpactCell cell : overview.impact(actor.tenant())) {
			byDonation.computeIfAbsent(cell.donationId(), id -> new ArrayList<>()).add(cell);
		}
		List<ImpactLine> lines = new ArrayList<>();
		byDonation.forEach((donation, cells) -> {
			OverviewRepository.ImpactCell first = cells.getFirst();
			double kilograms = 0;
			double co2 = 0;
			for (OverviewRepository.ImpactCell cell : cells) {
				kilograms += cell.givenOut() * DeviceFootprint.of(cell.category()).kilograms();
				co2 += cell.givenOut() * DeviceFootprint.of(cell.category()).co2Kilograms();
			}
			lines.add(new ImpactLine(donation, first.donorName(), first.receivedOn(),
					cells.stream().mapToLong(OverviewRepository.ImpactCell::received).sum(),
					cells.stream().mapToLong(OverviewRepository.ImpactCell::reusable).sum(),
					cells.stream().mapToLong(OverviewRepository.ImpactCell::refurbished).sum(),
					cells.stream().mapToLong(OverviewRepository.ImpactCell::givenOut).sum(), people.getOrDefault(donation, 0L), kilograms,
					co2));
		});
		return lines;
	}
}
