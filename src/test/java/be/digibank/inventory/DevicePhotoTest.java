package be.digibank.inventory;

import static be.digibank.TestData.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.digibank.DigibankTest;
import be.digibank.TestData;
import be.digibank.TestData.Tenant;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.Role;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Optional device photos: only real JPEG/PNG/WebP, shown with alt text, removable, never across digibanks. */
@DigibankTest
class DevicePhotoTest {

	static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
	static final byte[] WEBP = {'R', 'I', 'F', 'F', 8, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' '};

	@Autowired
	MockMvc mvc;
	@Autowired
	TestData data;
	@Autowired
	JdbcClient jdbc;

	@Test
	void aPhotoIsUploadedShownServedAndRemoved() throws Exception {
		Tenant t = data.tenant();
		UUID device = WipeEvidenceTest.device(jdbc, t, null, "DB-710001", "P-1", "RECEIVED", 1);
		upload(t.actor(Role.TECHNICIAN), device, "kras.png", "image/png", PNG, "Kras op het deksel").andExpect(status().is3xxRedirection());
		UUID photo = jdbc.sql("select id from inventory.device_photo where device_id = ?").param(device).query(UUID.class).single();
		mvc.perform(get("/devices/" + device).with(as(t.coordinator()))).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("src=\"/devices/" + device + "/photos/" + photo + "\""),
						containsString("alt=\"Kras op het deksel\""), containsString("geen personen"))));
		mvc.perform(get("/devices/" + device + "/photos/" + photo).with(as(t.actor(Role.VOLUNTEER)))).andExpect(status().isOk())
				.andExpect(content().contentType("image/png")).andExpect(content().bytes(PNG));
		mvc.perform(post("/devices/" + device + "/photos/" + photo + "/delete").with(as(t.coordinator())).with(csrf()))
				.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select action from audit.audit_entry where record_type = 'DevicePhoto' and record_id = ? order by id")
				.param(photo.toString()).query(String.class).list()).containsExactly("CREATE", "DELETE");
		mvc.perform(get("/devices/" + device + "/photos/" + photo).with(as(t.coordinator()))).andExpect(status().isNotFound());
	}

	@Test
	void aFileThatIsNoJpegPngOrWebpIsRefusedWhateverItsNameSays() throws Exception {
		Tenant t = data.tenant();
		UUID device = WipeEvidenceTest.device(jdbc, t, null, "DB-710002", "P-2", "RECEIVED", 1);
		upload(t.coordinator(), device, "foto.jpg", "image/jpeg", "<html>not a photo</html>".getBytes(), "Voorkant")
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(allOf(containsString("geen JPEG-, PNG- of WebP-foto"), containsString("id=\"photo-error\""),
						containsString("value=\"Voorkant\""))));
		upload(t.coordinator(), device, "foto.webp", "image/webp", WEBP, "").andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("Beschrijf kort wat er op de foto staat")));
		assertThat(photos(device)).isZero();
		for (int i = 0; i < 5; i++) {
			upload(t.coordinator(), device, "foto.webp", "image/webp", WEBP, "Foto " + i).andExpect(status().is3xxRedirection());
		}
		upload(t.coordinator(), device, "foto.webp", "image/webp", WEBP, "Zesde").andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("al 5 foto")));
		assertThat(photos(device)).isEqualTo(5);
	}

	@Test
	void anotherDigibankSeesNoPhotoAndCannotChangeOne() throws Exception {
		Tenant t = data.tenant();
		Tenant other = data.tenant();
		UUID device = WipeEvidenceTest.device(jdbc, t, null, "DB-710003", "P-3", "RECEIVED", 1);
		upload(t.coordinator(), device, "a.png", "image/png", PNG, "Achterkant").andExpect(status().is3xxRedirection());
		UUID photo = jdbc.sql("select id from inventory.device_photo where device_id = ?").param(device).query(UUID.class).single();
		mvc.perform(get("/devices/" + device + "/photos/" + photo).with(as(other.coordinator()))).andExpect(status().isNotFound());
		mvc.perform(post("/devices/" + device + "/photos/" + photo + "/delete").with(as(other.coordinator())).with(csrf()))
				.andExpect(status().isNotFound());
		upload(other.coordinator(), device, "b.png", "image/png", PNG, "Vreemd").andExpect(status().isNotFound());
		assertThat(photos(device)).isEqualTo(1);
		mvc.perform(get("/devices/" + device).with(as(t.actor(Role.VOLUNTEER)))).andExpect(status().isOk())
				.andExpect(content().string(not(containsString("/photos/" + photo + "/delete"))));
	}

	private ResultActions upload(Actor actor, UUID device, String name, String type, byte[] bytes, String altText) throws Exception {
		return mvc.perform(multipart("/devices/" + device + "/photos").file(new MockMultipartFile("photo", name, type, bytes))
				.param("altText", altText).with(as(actor)).with(csrf()));
	}

	private int photos(UUID device) {
		return jdbc.sql("select count(*) from inventory.device_photo where device_id = ?").param(device).query(Integer.class).single();
	}
}
