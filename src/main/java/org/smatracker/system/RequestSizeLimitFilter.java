package org.smatracker.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tomcat reads a JSON body whole, however large: refuse JSON bodies, and any body sent to the API
 * (a form-encoded one too), over the limit or of unknown length, before anything reads them (413,
 * as a problem detail). Form posts to the pages are capped by Tomcat's max-http-form-post-size,
 * uploads by the multipart limits.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimitFilter extends OncePerRequestFilter {

	private final long maxBytes;

	RequestSizeLimitFilter(@Value("${sma.api.max-body-bytes:1048576}") long maxBytes) {
		this.maxBytes = maxBytes;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
		boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
		if (!api && (type == null || !type.toLowerCase().contains("json"))) {
			chain.doFilter(request, response);
			return;
		}
		long length = request.getContentLengthLong();
		boolean chunked = length < 0 && request.getHeader("Transfer-Encoding") != null;
		if (api && type == null && length <= 0 && !chunked) {
			chain.doFilter(request, response); // no body (GET, DELETE)
			return;
		}
		if (length > maxBytes || chunked) {
			response.setStatus(413);
			response.setContentType("application/problem+json");
			response.getWriter()
				.write("{\"type\":\"about:blank\",\"title\":\"Payload too large\",\"status\":413,"
						+ "\"detail\":\"The request body is over " + maxBytes + " bytes (chunked bodies need a length).\"}");
			return;
		}
		chain.doFilter(request, response);
	}

}
