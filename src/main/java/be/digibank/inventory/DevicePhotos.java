package be.digibank.inventory;

import be.digibank.audit.AuditAction;
import be.digibank.audit.AuditTrail;
import be.digibank.shared.FieldProblem;
import be.digibank.shared.NotFoundException;
import be.digibank.shared.security.Actor;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The optional photos of the devices of the actor's digibank: added, shown and removed within one digibank. */
@Service
class DevicePhotos {

	/** The bytes of one photo and what they are. */
	record Image(String contentType, byte[] bytes) {
	}

	private static final String RECORD = "DevicePhoto";

	private final JdbcClient jdbc;
	private final DeviceRepository devices;
	private final AuditTrail audit;
	private final Clock clock;

	DevicePhotos(JdbcClient jdbc, DeviceRepository devices, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.devices = devices;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<InventoryViews.PhotoRow> list(Actor actor, DeviceId device) {
		return jdbc.sql("select id, alt_text, uploaded_by_name, uploaded_at from inventory.device_photo "
				+ "where digibank_id = ? and device_id = ? order by uploaded_at, id").param(actor.tenant().value())
				.param(device.value())
				.query((rs, row) -> new InventoryViews.PhotoRow(rs.getObject("id", UUID.class), rs.getString("alt_text"),
						rs.getString("uploaded_by_name"), rs.getTimestamp("uploaded_at").toInstant()))
				.list();
	}

	/**
	 * Adds a photo; the device row is locked first, so two uploads at once cannot both pass the limit of photos per device.
	 * A refusal is a {@link FieldProblem} on the field "photo" or "altText" and nothing is saved.
	 */
	@Transactional
	public UUID add(Actor actor, DeviceId deviceId, byte[] bytes, String altText) {
		Device device = devices.lock(actor.tenant(), deviceId).orElseThrow(NotFoundException::new);
		String alt = altText.strip();
		if (alt.isEmpty()) {
			throw new FieldProblem("altText", "devicePhoto.altText.missing");
		}
		if (alt.length() > DevicePhoto.ALT_TEXT_MAX) {
			throw new FieldProblem("altText", "devicePhoto.altText.tooLong");
		}
		int existing = jdbc.sql("select count(*) from inventory.device_photo where digibank_id = ? and device_id = ?")
				.param(actor.tenant().value()).param(deviceId.value()).query(Integer.class).single();
		Optional<String> refusal = DevicePhoto.refusal(bytes, existing);
		if (refusal.isPresent()) {
			throw new FieldProblem("photo", refusal.get());
		}
		UUID id = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into inventory.device_photo (id, digibank_id, device_id, content_type, bytes, alt_text, uploaded_by, uploaded_by_name, uploaded_at)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?)
						""")
				.param(id).param(actor.tenant().value()).param(deviceId.value())
				.param(DevicePhoto.contentTypeOf(bytes).orElseThrow()).param(bytes).param(alt).param(actor.accountId().value())
				.param(actor.displayName()).param(Timestamp.from(clock.instant())).update();
		audit.record(AuditAction.CREATE, RECORD, id, device.assetTag() + ": " + alt);
		return id;
	}

	@Transactional(readOnly = true)
	public Image image(Actor actor, DeviceId device, UUID photo) {
		return jdbc.sql("select content_type, bytes from inventory.device_photo where digibank_id = ? and device_id = ? and id = ?")
				.param(actor.tenant().value()).param(device.value()).param(photo)
				.query((rs, row) -> new Image(rs.getString("content_type"), rs.getBytes("bytes"))).optional()
				.orElseThrow(NotFoundException::new);
	}

	@Transactional
	public void remove(Actor actor, DeviceId deviceId, UUID photo) {
		Device device = devices.find(actor.tenant(), deviceId).orElseThrow(NotFoundException::new);
		int removed = jdbc.sql("delete from inventory.device_photo where digibank_id = ? and device_id = ? and id = ?")
				.param(actor.tenant().value()).param(deviceId.value()).param(photo).update();
		if (removed == 0) {
			throw new NotFoundException();
		}
		audit.record(AuditAction.DELETE, RECORD, photo, device.assetTag());
	}
}
