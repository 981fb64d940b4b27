package be.digibank.staff;

import be.digibank.Endpoints.Endpoint;
import be.digibank.shared.security.Permission;
import be.digibank.shared.security.PermissionMatrix;
import be.digibank.shared.security.Role;
import java.util.List;

/** Renders docs/permission-matrix.md from the code, so the document cannot drift from what is enforced. */
final class PermissionMatrixDocument {

	private PermissionMatrixDocument() {
	}

	static String render(List<Endpoint> endpoints) {
		StringBuilder text = new StringBuilder();
		text.append("# Permission matrix\n\n");
		text.append("Generated from `PermissionMatrix` and the application's routes by `SecurityMatrixTest`; do not edit by hand.\n");
		text.append("Regenerate: `./mvnw test -Dtest=SecurityMatrixTest -Ddigibank.regenerate=true`.\n\n");
		text.append("Scopes: **PLATFORM** every digibank · **DIGIBANK** the actor's own digibank · **PARTNER** only records of the actor's own ");
		text.append("partner organisation · **OWN** only the actor's own records. An ID outside the scope answers 404.\n\n");
		text.append("## Role × permission\n\n| permission |");
		for (Role role : Role.values()) {
			text.append(' ').append(role.name()).append(" |");
		}
		text.append("\n|---|");
		text.append("---|".repeat(Role.values().length));
		text.append('\n');
		for (Permission permission : Permission.values()) {
			text.append("| ").append(permission.name()).append(" |");
			for (Role role : Role.values()) {
				text.append(' ').append(PermissionMatrix.scope(role, permission).map(Enum::name).orElse("–")).append(" |");
			}
			text.append('\n');
		}
		text.append("\nSecond factor required: every role except FUNDER.\n\n## Endpoints\n\n| method | path | requires |\n|---|---|---|\n");
		for (Endpoint endpoint : endpoints) {
			String requires = endpoint.authority() == null
					? (SecurityMatrixTest.isPublic(endpoint) ? "public" : "sign-in step")
					: endpoint.authority();
			text.append("| ").append(endpoint.method()).append(" | `").append(endpoint.path()).append("` | ").append(requires).append(" |\n");
		}
		return text.toString();
	}
}
