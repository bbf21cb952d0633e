package org.smatracker.feed;

import java.io.StringReader;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import org.smatracker.AppTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The feeds are Atom that Rome reads back, newest first, with titles naming negotiation, round, party, amount. */
@AppTest
class FeedTest {

	@Autowired
	MockMvc mvc;

	private SyndFeed read(String url) throws Exception {
		String xml = mvc.perform(get(url))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/atom+xml"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));
		assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
		return feed;
	}

	private static void newestFirst(List<SyndEntry> entries) {
		Date previous = null;
		for (SyndEntry e : entries) {
			assertThat(e.getUpdatedDate()).isNotNull();
			if (previous != null) {
				assertThat(e.getUpdatedDate()).isBeforeOrEqualTo(previous);
			}
			previous = e.getUpdatedDate();
		}
	}

	@Test
	void theWholeRecordsFeed() throws Exception {
		SyndFeed feed = read("/feed.atom");
		assertThat(feed.getEntries()).hasSizeBetween(10, FeedService.MAX_ENTRIES);
		newestFirst(feed.getEntries());
		assertThat(feed.getEntries()).allSatisfy(e -> assertThat(e.getUri()).startsWith("urn:sma-tracker:"));
		assertThat(feed.getEntries()).extracting(SyndEntry::getLink).allSatisfy(l -> assertThat(l).startsWith("http"));
	}

	@Test
	void oneNegotiationsFeedNamesNegotiationRoundPartyAndAmount() throws Exception {
		SyndFeed feed = read("/negotiations/11/feed.atom");
		newestFirst(feed.getEntries());
		assertThat(feed.getTitle()).contains("11th SMA");
		assertThat(feed.getEntries()).extracting(SyndEntry::getTitle)
			.allSatisfy(t -> assertThat(t).startsWith("11th SMA"))
			.anySatisfy(t -> assertThat(t).containsPattern("US Demand, US\\$[\\d.]+ billion"))
			.anySatisfy(t -> assertThat(t).containsPattern("Round \\d+"));
		mvc.perform(get("/negotiations/99/feed.atom")).andExpect(status().isNotFound());
	}

	@Test
	void everyPageLinksTheFeed() throws Exception {
		mvc.perform(get("/negotiations"))
			.andExpect(content().string(containsString("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/feed.atom\"")));
	}

}
