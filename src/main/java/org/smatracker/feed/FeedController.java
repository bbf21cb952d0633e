package org.smatracker.feed;

import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** /feed.atom for the whole record and /negotiations/{n}/feed.atom for one negotiation. */
@Controller
class FeedController {

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private final FeedService feeds;

	FeedController(FeedService feeds) {
		this.feeds = feeds;
	}

	@GetMapping("/feed.atom")
	ResponseEntity<String> all() throws FeedException {
		return atom(null);
	}

	@GetMapping("/negotiations/{smaNumber:\\d{1,9}}/feed.atom")
	ResponseEntity<String> negotiation(@PathVariable int smaNumber) throws FeedException {
		return atom(smaNumber);
	}

	private ResponseEntity<String> atom(Integer smaNumber) throws FeedException {
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		String xml = new SyndFeedOutput().outputString(feeds.feed(smaNumber, base));
		return ResponseEntity.ok().contentType(ATOM).body(xml);
	}

}
