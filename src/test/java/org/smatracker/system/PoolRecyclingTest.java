package org.smatracker.system;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import org.smatracker.AppTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Writes keep working after the pool has replaced every connection, on H2 and on PostgreSQL. H2
 * 2.4.240 failed here: its CHECK constraints stayed bound to the session that compiled them, and once
 * the pool retired that connection every insert into a table with one answered "Check constraint
 * invalid". Hikari retires a connection at its max-lifetime (30 s at the shortest) by soft eviction;
 * evicting them all at once takes the same path without the wait.
 */
@AppTest
class PoolRecyclingTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void writesSucceedAfterEveryConnectionHasBeenRetired() throws Exception {
		HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
		for (int round = 0; round < 3; round++) {
			pool.getHikariPoolMXBean().softEvictConnections();
			String title = "Written after pool recycle " + round;
			// A source: its insert and its history entry both hit tables with CHECK ... IN constraints.
			mvc.perform(post("/api/v1/sources").with(user("ana").roles("ANALYST"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\"" + title + "\"}")).andExpect(status().isCreated());
			assertThat(jdbc.queryForObject("select count(*) from sources where title = ?", Long.class, title))
				.isEqualTo(1);
		}
	}

	@org.junit.jupiter.api.AfterEach
	void removeTheTestSources() {
		// The context is shared with other tests that count sources.
		jdbc.update("delete from audit_log where entity_type = 'source' and entity_id in "
				+ "(select id from sources where title like 'Written after pool recycle %')");
		jdbc.update("delete from sources where title like 'Written after pool recycle %'");
	}

}
