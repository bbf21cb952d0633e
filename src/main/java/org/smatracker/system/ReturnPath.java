package org.smatracker.system;

import java.net.URI;
import java.util.Optional;

/**
 * Where to go back to after signing in: only a path on this site ("/negotiations/11?asOf=…"), never
 * another site ("//evil.example", "https://…", "/\evil"), never the sign-in or sign-out pages.
 * Plain Java.
 */
public final class ReturnPath {

	private ReturnPath() {
	}

	public static Optional<String> safe(String path) {
		if (path == null || path.isEmpty() || path.length() > 1000 || !path.startsWith("/") || path.startsWith("//")
				|| path.contains("\\") || path.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
			return Optional.empty();
		}
		URI uri;
		try {
			uri = new URI(path);
		}
		catch (Exception ex) {
			return Optional.empty();
		}
		if (uri.getScheme() != null || uri.getRawAuthority() != null || uri.getRawPath() == null) {
			return Optional.empty();
		}
		String p = uri.getRawPath();
		if (p.equals("/login") || p.startsWith("/login/") || p.startsWith("/logout") || p.startsWith("/error")) {
			return Optional.empty();
		}
		return Optional.of(path);
	}

	/** The page a same-site link came from (the Referer header), as a path on this site. */
	public static Optional<String> fromReferer(String referer, String scheme, String host, int port) {
		if (referer == null) {
			return Optional.empty();
		}
		try {
			URI uri = new URI(referer);
			int refererPort = uri.getPort() != -1 ? uri.getPort() : ("https".equals(uri.getScheme()) ? 443 : 80);
			if (!scheme.equalsIgnoreCase(uri.getScheme()) || !host.equalsIgnoreCase(uri.getHost()) || port != refererPort) {
				return Optional.empty();
			}
			return safe(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
		}
		catch (Exception ex) {
			return Optional.empty();
		}
	}

}
