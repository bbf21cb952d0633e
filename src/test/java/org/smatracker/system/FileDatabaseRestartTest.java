package org.smatracker.system;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import org.smatracker.SmaTrackerApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default keeps its data in a file: what is written before a restart is there after
 * it, and the migrations do not run twice.
 */
class FileDatabaseRestartTest {

	@Test
	void dataWrittenBeforeARestartIsThereAfterIt(@TempDir Path dataDir) {
		// A profile of its own, so the in-memory test database does not replace the file default.
		String[] args = { "--sma.data-dir=" + dataDir, "--server.port=0", "--spring.profiles.active=restart-test",
				"--spring.flyway.schemas=PUBLIC" };
		try (ConfigurableApplicationContext first = SpringApplication.run(SmaTrackerApplication.class, args)) {
			first.getBean(JdbcTemplate.class)
				.update("insert into sources (code, title, confirmed) values ('TEST-RESTART', 'kept across restarts', true)");
		}
		assertThat(dataDir.resolve("sma-tracker.mv.db")).exists();
		try (ConfigurableApplicationContext second = SpringApplication.run(SmaTrackerApplication.class, args)) {
			JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select title from sources where code = 'TEST-RESTART'", String.class))
				.isEqualTo("kept across restarts");
			// 134 shipped (V2, V71, V73) plus the one written here
			assertThat(jdbc.queryForObject("select count(*) from sources", Long.class)).isEqualTo(135);
		}
	}

}
