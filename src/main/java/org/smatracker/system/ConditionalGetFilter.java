package org.smatracker.system;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.HtmlUtils;

/**
 * ETags and the page cache: each page is rendered once per data version, for everyone. A GET's
 * answer depends on the release, the record's {@link DataVersion}, the address, the language and
 * type asked for, and the set of roles of whoever asks (what they may edit) — plus two per-person
 * parts of the layout: the signed-in user's name and the CSRF token in forms (sign-out, delete
 * buttons). So a key made of the first list is known before anything runs:
 * <ul>
 * <li>a request whose {@code If-None-Match} matches it is answered 304 at once (no query, no
 * template);</li>
 * <li>otherwise the page is served from this instance's cache when there, and rendered and kept
 * there when not ({@code sma.cache.pages.max-bytes}, default 32 MB, least recently used first out;
 * {@code sma.cache.pages.enabled=false} turns it off). A kept page carries the version it was
 * rendered at and is served only while that is the current one: nothing stale is served. One is kept
 * per address, language and roles, a newer rendering taking the older's place: pages of versions
 * that can no longer be served would otherwise fill the cache after every write, and the heap with
 * them (a 100 KB page a write, each held until evicted).</li>
 * </ul>
 * The per-person parts are rendered as markers (random per instance, so no data can contain them)
 * and spliced into the kept bytes on every answer: the user's name, HTML-escaped, and this request's
 * own CSRF token. A signed-in user's ETag also covers the user and session, so a browser never
 * revalidates another user's page.
 * <p>
 * Every answer carries the ETag and {@code Cache-Control: no-cache}, so browsers and proxies keep it
 * and ask again. Only 200 answers in HTML or JSON that set no cookie but the language's are kept.
 * The filter runs after Spring Security, so cached answers carry the same security headers and the
 * roles are known.
 * <p>
 * Left alone: static files and WebJars (content-hashed names, a year's cache), actuator, anything
 * but GET and HEAD, the sign-in page and everything under /manage and /admin (forms and their
 * tokens) and requests with a flash message waiting (the page after a form's redirect). A language
 * switch ({@code ?lang=}) is served like any address, its cookie set on each answer.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1) // after Spring Security: same headers, 304 or not
class ConditionalGetFilter extends OncePerRequestFilter {

	/**
	 * Request attribute holding what the layout writes as the user's name: the marker while a page is
	 * rendered for the cache ({@link LayoutModel} reads it).
	 */
	static final String USER_NAME_ATTRIBUTE = ConditionalGetFilter.class.getName() + ".userName";

	private static final String FLASH_MAPS = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";

	private static final String ANONYMOUS = "anonymous";

	/** How long a request waits for another's rendering of the same page before rendering it itself. */
	private static final long AWAIT_SECONDS = 5;

	/** Requests that found their page being rendered and waited for it (for tests and diagnostics). */
	private final AtomicLong waits = new AtomicLong();

	/** Renderings under way, by page key (see {@link #doFilterInternal}). */
	private final ConcurrentHashMap<String, CompletableFuture<Page>> rendering = new ConcurrentHashMap<>();

	private final LocaleResolver languages;

	private final DataVersion version;

	private final Warmup warmup;

	private final String release;

	private final boolean cacheAnswers;

	private final Cache<String, Page> pages;

	/** Alphanumeric, so HTML escaping and message formatting leave them as they are. */
	private final String csrfMarker;

	private final String userMarker;

	private final byte[] csrfMarkerBytes;

	private final byte[] userMarkerBytes;

	private final AtomicLong hits = new AtomicLong();

	/**
	 * A rendered answer: the body's bytes with the per-person slots cut out. {@code slots[i]} is
	 * where the i-th cut starts, {@code kinds[i]} what goes there ({@link #CSRF} or {@link #USER}).
	 */
	record Page(long version, String contentType, String contentLanguage, byte[] body, int[] slots, byte[] kinds) {

		int weight() {
			return body.length + slots.length * 5 + 96;
		}

	}

	private static final byte CSRF = 0;

	private static final byte USER = 1;

	ConditionalGetFilter(DataVersion version, Warmup warmup, LocaleResolver languages,
			ObjectProvider<BuildProperties> build, @Value("${sma.cache.pages.enabled:true}") boolean cacheAnswers,
			@Value("${sma.cache.pages.max-bytes:33554432}") long maxBytes) {
		this.version = version;
		this.warmup = warmup;
		this.languages = languages;
		this.cacheAnswers = cacheAnswers;
		this.pages = Caffeine.newBuilder()
			.maximumWeight(maxBytes)
			.<String, Page>weigher((key, page) -> key.length() * 2 + page.weight())
			.build();
		BuildProperties properties = build.getIfAvailable();
		Instant built = properties == null ? null : properties.getTime();
		// Instances built from the same jar agree on ETags; without build information, the start time.
		this.release = built != null ? Long.toString(built.toEpochMilli(), 36)
				: Long.toString(System.currentTimeMillis(), 36);
		byte[] random = new byte[12];
		new SecureRandom().nextBytes(random);
		String nonce = HexFormat.of().formatHex(random);
		this.csrfMarker = "smaCsrf" + nonce;
		this.userMarker = "smaUser" + nonce;
		this.csrfMarkerBytes = csrfMarker.getBytes(StandardCharsets.US_ASCII);
		this.userMarkerBytes = userMarker.getBytes(StandardCharsets.US_ASCII);
	}

	/** Requests that waited for another's rendering of their page since start (for tests and diagnostics). */
	long waits() {
		return waits.get();
	}

	/** Answers served from the cache since start (for tests and diagnostics). */
	long hits() {
		return hits.get();
	}

	/** The pages kept now (for tests and diagnostics). */
	long kept() {
		pages.cleanUp();
		return pages.estimatedSize();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			return true;
		}
		if (WebConfiguration.isStaticFile(request)) {
			return true;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/actuator")
				|| path.startsWith("/login") || path.startsWith("/logout") || path.startsWith("/manage/")
				|| path.startsWith("/admin/") || path.startsWith("/error") || path.equals("/favicon.ico")) {
			return true;
		}
		// The page a form redirected to shows its flash message once: render it, keep nothing.
		HttpSession session = request.getSession(false);
		return session != null && session.getAttribute(FLASH_MAPS) instanceof Collection<?> flash
				&& !flash.isEmpty();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication user = signedIn(SecurityContextHolder.getContext().getAuthentication());
		String key = key(request) + '\u001e' + roles(user);
		long dataVersion = version.current();
		String etag = etag(key, user, request, dataVersion);
		String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		response.setHeader(HttpHeaders.ETAG, etag);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
		response.setHeader(HttpHeaders.VARY, "Accept-Language, Cookie");
		// A "?lang=" switch sets the cookie on every answer, a 304 or one from the cache too. The page
		// is the new language's whatever the cookie said: the address (with lang) is in the key.
		WebConfiguration.switchLanguage(request, response, languages);
		// The warm-up's requests are rendered as a miss is, and neither answered from nor kept in the cache.
		boolean warming = warmup.isWarmup(request);
		if (warming) {
			warmup.mark(request);
		}
		else if (ifNoneMatch != null && matches(ifNoneMatch, etag)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		if (!cacheAnswers || !"GET".equals(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		String pageKey = dataVersion + "\u001d" + key;
		Page kept = warming ? null : pages.getIfPresent(key);
		if (kept != null && kept.version() == dataVersion) {
			serve(kept, request, user, response);
			return;
		}
		// Who asks for a page while it is being rendered waits for that rendering rather than render it
		// again: after a write, every reader of a busy page would otherwise render it at once.
		CompletableFuture<Page> mine = null;
		if (!warming) {
			CompletableFuture<Page> started = new CompletableFuture<>();
			CompletableFuture<Page> other = rendering.putIfAbsent(pageKey, started);
			if (other == null) {
				mine = started;
			}
			else {
				waits.incrementAndGet();
				Page awaited = await(other);
				if (awaited != null) {
					serve(awaited, request, user, response);
					return;
				}
				// not kept (an error, a cookie) or too slow: render it for this request as well
			}
		}
		Page keptNow = null;
		try {
			keptNow = render(request, response, chain, user, key, dataVersion, warming);
		}
		finally {
			if (mine != null) {
				rendering.remove(pageKey, mine);
				mine.complete(keptNow);
			}
		}
	}

	/** A page from the cache, with this request's own parts spliced in. */
	private void serve(Page kept, HttpServletRequest request, Authentication user, HttpServletResponse response)
			throws IOException {
		hits.incrementAndGet();
		response.setContentType(kept.contentType());
		if (kept.contentLanguage() != null) {
			response.setHeader(HttpHeaders.CONTENT_LANGUAGE, kept.contentLanguage());
		}
		write(kept, request, user, response.getOutputStream(), response);
	}

	/** The page another request is rendering, or null when it was not kept or took too long. */
	private static Page await(CompletableFuture<Page> rendering) {
		try {
			return rendering.get(AWAIT_SECONDS, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
		catch (ExecutionException | TimeoutException ex) {
			return null;
		}
	}

	/** Renders the page for this request and keeps it when it may be; returns what was kept, or null. */
	private Page render(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
			Authentication user, String key, long dataVersion, boolean warming) throws ServletException, IOException {
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(new MarkedRequest(request, csrfMarker, user == null ? null : userMarker), wrapper);
		if (response.isCommitted()) { // a redirect or an error sent from inside: nothing of ours in it
			wrapper.copyBodyToResponse();
			return null;
		}
		String type = wrapper.getContentType();
		Page page = cut(dataVersion, type, wrapper.getHeader(HttpHeaders.CONTENT_LANGUAGE),
				wrapper.getContentAsByteArray());
		Page kept = null;
		if (!warming && wrapper.getStatus() == HttpServletResponse.SC_OK && type != null
				&& (type.startsWith("text/html") || type.startsWith("application/json"))
				&& setsNoCookieButTheLanguage(wrapper)) {
			// A request that read the version just before a write may finish after one that read it after.
			pages.asMap().merge(key, page, (older, newer) -> newer.version() >= older.version() ? newer : older);
			kept = page;
		}
		if (page.slots().length == 0) {
			wrapper.copyBodyToResponse();
			return kept;
		}
		// Whatever was rendered (a 404 page too) carries markers: splice in this request's parts.
		wrapper.resetBuffer();
		write(page, request, user, wrapper.getOutputStream(), wrapper);
		wrapper.copyBodyToResponse();
		return kept;
	}

	/**
	 * A cookie set while rendering belongs to whoever asked (a new session's), so that answer is not
	 * kept; the language cookie of a switch is the same for everyone who asks for that address.
	 */
	private static boolean setsNoCookieButTheLanguage(HttpServletResponse response) {
		for (String cookie : response.getHeaders(HttpHeaders.SET_COOKIE)) {
			if (!cookie.startsWith(WebConfiguration.LANGUAGE_COOKIE + "=")) {
				return false;
			}
		}
		return true;
	}

	/** The authentication of a signed-in user, or null for an anonymous visitor. */
	static Authentication signedIn(Authentication authentication) {
		return authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken ? null : authentication;
	}

	/** What a page may show depends on the roles, never on who holds them. */
	private static String roles(Authentication user) {
		if (user == null) {
			return ANONYMOUS;
		}
		TreeSet<String> roles = new TreeSet<>();
		for (GrantedAuthority authority : user.getAuthorities()) {
			roles.add(authority.getAuthority());
		}
		return String.join(",", roles);
	}

	/** Cuts the markers out of a rendered body. */
	private Page cut(long version, String contentType, String contentLanguage, byte[] rendered) {
		List<int[]> found = new ArrayList<>(); // {position in rendered, kind}
		for (int i = 0; i < rendered.length; i++) {
			if (rendered[i] == 's') {
				if (startsWith(rendered, i, csrfMarkerBytes)) {
					found.add(new int[] { i, CSRF });
					i += csrfMarkerBytes.length - 1;
				}
				else if (startsWith(rendered, i, userMarkerBytes)) {
					found.add(new int[] { i, USER });
					i += userMarkerBytes.length - 1;
				}
			}
		}
		if (found.isEmpty()) {
			return new Page(version, contentType, contentLanguage, rendered, new int[0], new byte[0]);
		}
		// Both markers have the same length.
		byte[] body = new byte[rendered.length - found.size() * csrfMarkerBytes.length];
		int[] slots = new int[found.size()];
		byte[] kinds = new byte[found.size()];
		int from = 0;
		int to = 0;
		for (int s = 0; s < found.size(); s++) {
			int at = found.get(s)[0];
			System.arraycopy(rendered, from, body, to, at - from);
			to += at - from;
			slots[s] = to;
			kinds[s] = (byte) found.get(s)[1];
			from = at + csrfMarkerBytes.length;
		}
		System.arraycopy(rendered, from, body, to, rendered.length - from);
		return new Page(version, contentType, contentLanguage, body, slots, kinds);
	}

	private static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
		if (at + prefix.length > bytes.length) {
			return false;
		}
		for (int j = 1; j < prefix.length; j++) {
			if (bytes[at + j] != prefix[j]) {
				return false;
			}
		}
		return true;
	}

	/** Writes a kept page with this request's user name and CSRF token in its slots. */
	private static void write(Page page, HttpServletRequest request, Authentication user, OutputStream out,
			HttpServletResponse response) throws IOException {
		byte[] body = page.body();
		if (page.slots().length == 0) {
			response.setContentLength(body.length);
			out.write(body);
			return;
		}
		byte[] token = null;
		byte[] name = null;
		byte[][] parts = new byte[page.slots().length][];
		int length = body.length;
		for (int s = 0; s < parts.length; s++) {
			if (page.kinds()[s] == CSRF) {
				if (token == null) {
					CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
					token = csrf == null ? new byte[0] : csrf.getToken().getBytes(StandardCharsets.UTF_8);
				}
				parts[s] = token;
			}
			else {
				if (name == null) {
					name = user == null ? new byte[0]
							: HtmlUtils.htmlEscape(user.getName(), "UTF-8").getBytes(StandardCharsets.UTF_8);
				}
				parts[s] = name;
			}
			length += parts[s].length;
		}
		response.setContentLength(length);
		int from = 0;
		for (int s = 0; s < parts.length; s++) {
			out.write(body, from, page.slots()[s] - from);
			out.write(parts[s]);
			from = page.slots()[s];
		}
		out.write(body, from, body.length - from);
	}

	/**
	 * Everything an answer depends on besides the data and the roles: the address with its parameters,
	 * the languages and types asked for, the language cookie. The cache is keyed by this whole text
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
				if (WebConfiguration.LANGUAGE_COOKIE.equals(cookie.getName())) {
					key.append('\u001e').append(cookie.getValue());
				}
			}
		}
		return key.toString();
	}

	/**
	 * The validator: release, data version and a digest of the key — and, for a signed-in user, of
	 * the user and session too: their page holds their name and their session's CSRF token.
	 */
	String etag(String key, Authentication user, HttpServletRequest request, long dataVersion) {
		String validated = key;
		if (user != null) {
			HttpSession session = request.getSession(false);
			validated = key + '\u001e' + user.getName() + '\u001e' + (session == null ? "" : session.getId());
		}
		byte[] digest;
		try {
			digest = MessageDigest.getInstance("SHA-256").digest(validated.getBytes(StandardCharsets.UTF_8));
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

	/**
	 * The request as the page is rendered for the cache: its CSRF token and the user's name are the
	 * markers. The token keeps Spring Security's default header and parameter names (asking the real
	 * token for them would load it, and so open a session for an anonymous visitor).
	 */
	private static final class MarkedRequest extends HttpServletRequestWrapper {

		private final CsrfToken token;

		private final String userName;

		MarkedRequest(HttpServletRequest request, String csrfMarker, String userName) {
			super(request);
			this.token = new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", csrfMarker);
			this.userName = userName;
		}

		@Override
		public Object getAttribute(String name) {
			if (CsrfToken.class.getName().equals(name) || "_csrf".equals(name)) {
				return token;
			}
			if (USER_NAME_ATTRIBUTE.equals(name)) {
				return userName;
			}
			return super.getAttribute(name);
		}

	}

}
