package be.digibank.inventory;

import be.digibank.shared.DigibankId;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules (lending) may ask about kits: the devices in a kit, by the kit's code. Always within one digibank:
 * a code of another digibank is simply not there.
 */
@Component
public class DeviceKits {

	/** A device in a kit, as other modules see it. */
	public record KitDevice(DeviceId id, String assetTag, DeviceCategory category, String make, String model, DeviceState state) {
	}

	/** A kit and its devices. */
	public record KitContents(String code, String name, List<KitDevice> devices) {
	}

	private final KitRepository kits;

	DeviceKits(KitRepository kits) {
		this.kits = kits;
	}

	@Transactional(readOnly = true)
	public Optional<KitContents> contents(DigibankId digibank, String kitCode) {
		return kits.findByCode(digibank, kitCode).flatMap(id -> kits.find(digibank, id))
				.map(kit -> new KitContents(kit.code(), kit.name(), kits.items(digibank, kit.id()).stream()
						.map(item -> new KitDevice(new DeviceId(item.deviceId()), item.assetTag(), item.category(), item.make(), item.model(),
								item.state()))
						.toList()));
	}
}
