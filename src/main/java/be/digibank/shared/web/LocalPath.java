package be.digibank.shared.web;

import java.util.regex.Pattern;

/**
 * A path on this site to return to after a form; anything else could send people to another site.
 */
public final class LocalPath {

	private static final Pattern SAFE = Pattern.compile("^/(?![/\\\\])[A-Za-z0-9/_\\-.?=&%]*$");

	private LocalPath() {
	}

	public static String orHome(String path) {
		return SAFE.matcher(path).matches() ? path : "/";
	}
}
