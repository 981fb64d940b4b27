package be.digibank.staff.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The command records the staff pages bind to: only these fields are ever read from a form, so extra posted fields (a
 * digibank, a status, an id) are ignored.
 */
public final class StaffForms {

	private StaffForms() {
	}

	/** Invite a new colleague. */
	public record Invite(@NotBlank @Size(max = 100) @Nullable String name,
			@NotBlank @Email @Size(min = 3, max = 200) @Nullable String email, @NotBlank @Nullable String role,
			@Nullable String partner) {

		public static Invite empty() {
			return new Invite("", "", "", "");
		}
	}

	/** The first coordinator of a digibank, invited by the platform administrator. */
	public record InviteCoordinator(@NotBlank @Size(max = 100) @Nullable String name,
			@NotBlank @Email @Size(min = 3, max = 200) @Nullable String email) {
	}

	/** Change name, role and partner of an account. */
	public record Edit(@NotBlank @Size(max = 100) @Nullable String name, @NotBlank @Nullable String role,
			@Nullable String partner, @NotNull @Nullable Integer version) {
	}

	/** Choose a password through an invitation or reset link. */
	public record ChoosePassword(@NotBlank @Nullable String password, @NotBlank @Nullable String repeat) {
	}

	/** Change one's own password. */
	public record ChangePassword(@NotBlank @Nullable String current, @NotBlank @Nullable String password,
			@NotBlank @Nullable String repeat) {
	}

	/** Name a new API token. */
	public record NewToken(@NotBlank @Size(max = 100) @Nullable String name) {
	}

	/** Log volunteer hours. */
	public record Hours(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
			@Min(0) @Max(24) @Nullable Integer hours, @Min(0) @Max(1440) @Nullable Integer minutes,
			@NotBlank @Size(max = 200) @Nullable String activity, @Nullable String location) {

		public int totalMinutes() {
			return (hours == null ? 0 : hours * 60) + (minutes == null ? 0 : minutes);
		}
	}
}
