package org.smatracker.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * ETags and a rendered-answer cache for pages and API answers. An anonymous GET's answer depends
 * only on the release, the record's {@link DataVersion}, the address and the language, so a key made
 * of those is known before anything runs:
 * <ul>
 * <li>a request whose {@code If-None-Match} matches it is answered 304 at once (no query, no
 * template);</li>
 * <li>otherwise the answer is served from this instance's cache of rendered answers when there, and
 * rendered and kept there when not ({@code sma.cache.pages.max-bytes}, default 32 MB, least recently
 * used first out; {@code sma.cache.pages.enabled=false} turns it off). A write changes the version
 * and so every key: nothing stale is served.</li>
 * </ul>
 * Every answer carries the ETag and {@code Cache-Control: no-cache}, so browsers and proxies keep it
 * and ask again. Only 200 answers in HTML or JSON that set no cookie and opened no session are kept.
 * The filter runs after Spring Security, so cached answers carry the same security headers.
 * <p>
 * Left alone: static files and WebJars (content-hashed names, a year's cache), actuator, anything
 * but GET and HEAD, the sign-in and form pages, requests that carry a session (signed-in users get
 * their own forms and CSRF tokens) and language switches ({@code ?lang=} sets a cookie).
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1) // after Spring Security: same headers, 304 or not
class ConditionalGetFilter extends OncePerRequestFilter {

	/** The session cookies of the servlet container and of Spring Session. */
	private static final String[] SESSION_COOKIES = { "JSESSIONID", "SESSION" };

	private final DataVersion version;

	private final String release;

	private final boolean cacheAnswers;

	private final Cache<String, Answer> answers;

	/** A rendered answer. */
	record Answer(String contentType, String contentLanguage, byte[] body) {
	}

	ConditionalGetFilter(DataVersion version, ObjectProvider<BuildProperties> build,
			@Value("${sma.cache.pages.enabled:true}") boolean cacheAnswers,
			@Value("${sma.cache.pages.max-bytes:33554432}") long maxBytes) {
		this.version = version;
		this.cacheAnswers = cacheAnswers;
		this.answers = Caffeine.newBuilder()
			.maximumWeight(maxBytes)
			.<String, Answer>weigher((key, answer) -> key.length() * 2 + answer.body().length + 64)
			.build();
		BuildProperties properties = build.getIfAvailable();
		Instant built = properties == null ? null : properties.getTime();
		// Instances built from the same jar agree on ETags; without build information, the start time.
		this.release = built != null ? Long.toString(built.toEpochMilli(), 36)
				: Long.toString(System.currentTimeMillis(), 36);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			return true;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/static/") || path.startsWith("/webjars/") || path.startsWith("/actuator")
				|| path.startsWith("/login") || path.startsWith("/logout") || path.startsWith("/manage/")
				|| path.startsWith("/admin/") || path.startsWith("/error") || path.equals("/favicon.ico")) {
			return true;
		}
		if (request.getParameter("lang") != null) {
			return true;
		}
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				for (String name : SESSION_COOKIES) {
					if (name.equals(cookie.getName())) {
						return true;
					}
				}
			}
		}
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = key(request);
		long dataVersion = version.current();
		String etag = etag(key, dataVersion);
		String answerKey = dataVersion + "\u001d" + key;
		String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		response.setHeader(HttpHeaders.ETAG, etag);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
		response.setHeader(HttpHeaders.VARY, "Accept-Language, Cookie");
		if (ifNoneMatch != null && matches(ifNoneMatch, etag)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		boolean get = "GET".equals(request.getMethod());
		if (!cacheAnswers || !get) {
			chain.doFilter(request, response);
			return;
		}
		Answer kept = answers.getIfPresent(answerKey);
		if (kept != null) {
			response.setContentType(kept.contentType());
			if (kept.contentLanguage() != null) {
				response.setHeader(HttpHeaders.CONTENT_LANGUAGE, kept.contentLanguage());
			}
			response.setContentLength(kept.body().length);
			response.getOutputStream().write(kept.body());
			return;
		}
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, wrapper);
		String type = wrapper.getContentType();
		if (wrapper.getStatus() == HttpServletResponse.SC_OK && type != null
				&& (type.startsWith("text/html") || type.startsWith("application/json"))
				&& !wrapper.containsHeader(HttpHeaders.SET_COOKIE) && request.getSession(false) == null) {
			answers.put(answerKey, new Answer(type, wrapper.getHeader(HttpHeaders.CONTENT_LANGUAGE),
					wrapper.getContentAsByteArray()));
		}
		wrapper.copyBodyToResponse();
	}

	/**
	 * Everything an anonymous answer depends on besides the data: the address with its parameters, the
	 * languages and types asked for, the language cookie. The answer cache is keyed by this whole text
	 * (never by a hash of it, so two addresses can never share an entry).
	 */
	static String key(HttpServletRequest request) {
		StringBuilder key = new StringBuilder(request.getRequestURI());
		// The parameters rather than the raw query string: the same for "?a=1&b=2" however it arrives.
		request.getParameterMap().forEach((name, values) -> {
			for (String value : values) {
				key.append('\u001f').append(name).append('=').append(value);
			}
		});
		key.append('\u001e').append(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
		key.append('\u001e').append(request.getHeader(HttpHeaders.ACCEPT));
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if ("sma-lang".equals(cookie.getName())) {
					key.append('\u001e').append(cookie.getValue());
				}
			}
		}
		return key.toString();
	}

	/** The validator: release, data version and a digest of the key. */
	String etag(String key, long dataVersion) {
		byte[] digest;
		try {
			digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
		return "W/\"" + release + "-" + Long.toString(dataVersion, 36) + "-"
				+ HexFormat.of().formatHex(digest, 0, 12) + "\"";
	}

	private static boolean matches(String ifNoneMatch, String etag) {
		String bare = etag.substring(2);
		for (String candidate : ifNoneMatch.split(",")) {
			String tag = candidate.trim();
			if (tag.equals("*") || tag.equals(etag) || tag.equals(bare) || ("W/" + tag).equals(etag)) {
				return true;
			}
		}
		return false;
	}

}
